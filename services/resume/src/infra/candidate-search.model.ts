import { Connection, Schema } from 'mongoose';

/**
 * The query engine's collection (MongoDB): one document per person, keywords in a multikey `terms`
 * array that `$all` walks through its index, filters and sort keys beside it.
 */
const candidateSearchSchema = new Schema(
  {
    _id: { type: String, required: true },
    nameKey: { type: String, default: '' },
    terms: { type: [String], default: [] },
    // The best classes of `terms`, read back only to rank by relevance.
    nameTerms: { type: [String], default: [] },
    skillTerms: { type: [String], default: [] },
    orgTerms: { type: [String], default: [] },
    status: { type: String, required: true },
    tags: { type: [String], default: [] },
    categories: { type: [String], default: [] },
    sourceChannels: { type: [String], default: [] },
    city: String,
    yearsOfExperience: Number,
    educationRank: { type: Number, default: 0 },
    stages: { type: [String], default: [] },
    requisitionIds: { type: [String], default: [] },
    hrIds: { type: [String], default: [] },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'candidate_search', versionKey: false, _id: false },
);
candidateSearchSchema.index({ terms: 1 });
candidateSearchSchema.index({ requisitionIds: 1 });
candidateSearchSchema.index({ hrIds: 1 });
candidateSearchSchema.index({ tags: 1 });
candidateSearchSchema.index({ categories: 1 });
candidateSearchSchema.index({ city: 1, createdAt: -1 });
candidateSearchSchema.index({ status: 1, createdAt: -1 });
candidateSearchSchema.index({ createdAt: -1 });
candidateSearchSchema.index({ updatedAt: -1 });
candidateSearchSchema.index({ yearsOfExperience: 1 });
candidateSearchSchema.index({ nameKey: 1 });

export function candidateSearchModel(connection: Connection) {
  return connection.models.CandidateSearch ?? connection.model('CandidateSearch', candidateSearchSchema);
}

/**
 * The memory engine's store (FerretDB): the same facts per person as one JSON string, spread over
 * SHARD_COUNT collections. FerretDB v1 on SQLite answers `{_id}` by scanning the collection, so a
 * replace costs in proportion to the collection's size; sharding divides that cost.
 */
export const SHARD_COUNT = 32;
export const META_COLLECTION = 'candidate_search_meta';
export const WRITES_ID = 'writes';

export function shardCollection(index: number): string {
  return `candidate_search_s${String(index).padStart(2, '0')}`;
}

export function shardOf(candidateId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < candidateId.length; i += 1) hash = Math.imul(hash ^ candidateId.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SHARD_COUNT;
}

/** What the memory engine keeps per person; stored as `{ _id, v: JSON.stringify(record), h }`. */
export interface SearchRecord {
  status: string;
  tags: string[];
  categories: string[];
  sourceChannels: string[];
  city?: string;
  years?: number;
  edu: number;
  stages: string[];
  requisitionIds: string[];
  hrIds: string[];
  createdAt: number;
  updatedAt: number;
  nameKey: string;
  /** Terms by class (see TERM_WEIGHTS), space-separated. */
  terms: [string, string, string, string];
}

export interface StoredRecord {
  _id: string;
  v: string;
  /** Digest of `v`, stored so that loading need not hash 100,000 records. */
  h: string;
}
