import type { EventEnvelope } from '@hr/contracts';
import type { Principal } from '@hr/workflow';
import type { Application } from '../domain/application';
import type { ApplicationStage } from '../domain/application-stage';
import type { RequisitionFacts } from '../domain/application-rules';
import type { Candidate } from '../domain/candidate';

export interface Page {
  page: number;
  pageSize: number;
}

export interface CandidateRepository {
  get(id: string): Promise<Candidate | undefined>;
  getMany(ids: string[]): Promise<Candidate[]>;
  /** Every non-merged candidate sharing one of these normalised phones or e-mails. */
  findByContacts(phones: string[], emails: string[]): Promise<Candidate[]>;
  findByNameKey(nameKey: string): Promise<Candidate[]>;
  /** Every non-merged candidate whose name key is one of these. */
  findByNameKeys(nameKeys: string[]): Promise<Candidate[]>;
  findByExternalRef(source: string, externalId: string): Promise<Candidate | undefined>;
  /** The candidates carrying any of these references of one source. */
  findByExternalRefs(source: string, externalIds: string[]): Promise<Candidate[]>;
  save(candidate: Candidate, events: EventEnvelope[]): Promise<Candidate>;
  /** Stores new candidates (version 0), each with its events, in one write. */
  createAll(created: { candidate: Candidate; events: EventEnvelope[] }[]): Promise<Candidate[]>;
}

export interface ApplicationFilter {
  candidateId?: string;
  requisitionId?: string;
  stages?: ApplicationStage[];
  interviewerId?: string;
  departmentId?: string;
}

export interface ApplicationRepository {
  get(id: string): Promise<Application | undefined>;
  /** With `appliedEventId`: the write also records that consumed event, and fails if it was recorded before. */
  save(application: Application, events: EventEnvelope[], options?: { appliedEventId?: string }): Promise<Application>;
  /** Whether a consumed event has already changed this application (see `save`). */
  hasApplied(id: string, eventId: string): Promise<boolean>;
  list(filter: ApplicationFilter, page: Page): Promise<{ items: Application[]; total: number }>;
  ofCandidate(candidateId: string): Promise<Application[]>;
  /** After a merge: the applications of `fromId` now belong to `toId`. */
  reassign(fromId: string, toId: string): Promise<void>;
}

export interface StoredFile {
  id: string;
  filename: string;
  mimeType: string;
  data: Buffer;
}

export interface ResumeFileStore {
  put(file: StoredFile): Promise<void>;
  get(id: string): Promise<StoredFile | undefined>;
}

export interface ResumeTextStore {
  put(fileId: string, candidateId: string, text: string): Promise<void>;
  textsOf(candidateId: string): Promise<string[]>;
  reassign(fromId: string, toId: string): Promise<void>;
}

export interface DocumentReader {
  extractText(data: Buffer, mimeType: string, filename: string): Promise<{ kind: 'pdf' | 'docx' | 'text' | 'image'; text: string }>;
}

export interface RequisitionDirectory {
  find(requisitionId: string): Promise<RequisitionFacts | undefined>;
}

export interface MergeSuggestion {
  id: string;
  candidateId: string;
  duplicateOfId: string;
  score: number;
  reasons: string[];
  status: 'open' | 'accepted' | 'dismissed';
  createdAt: Date;
  resolvedBy?: string;
  resolvedAt?: Date;
}

export interface MergeSuggestionRepository {
  create(suggestion: MergeSuggestion): Promise<void>;
  get(id: string): Promise<MergeSuggestion | undefined>;
  list(status: string | undefined, page: Page): Promise<{ items: MergeSuggestion[]; total: number }>;
  /** Moves an open suggestion to its outcome; false when someone else resolved it first. */
  resolve(id: string, status: 'accepted' | 'dismissed', by: string, at: Date): Promise<boolean>;
}

export interface SearchRefresher {
  /** Rebuilds the person's search document from the stored candidate, applications and resume texts. */
  refresh(candidateId: string): Promise<void>;
  /** The same from records the caller has just written and holds whole (a person just created), without reading them back. */
  refreshWith(candidate: Candidate, applications: Application[], texts: string[]): Promise<void>;
  /** Whether a refresh of the person that began after `since` (a performance.now() mark) has completed. */
  reflects(candidateId: string, since: number): Promise<boolean>;
}

export interface ResumeDeps {
  candidates: CandidateRepository;
  applications: ApplicationRepository;
  files: ResumeFileStore;
  texts: ResumeTextStore;
  reader: DocumentReader;
  requisitions: RequisitionDirectory;
  suggestions: MergeSuggestionRepository;
  search: SearchRefresher;
  now: () => Date;
  newId: () => string;
}

export type Caller = Principal;

export interface CandidateSearchDocument {
  candidateId: string;
  name: string;
  /** Free text fields that keyword search covers. */
  text: { name: string; skills: string[]; employers: string[]; schools: string[]; resumeText: string; tags: string[] };
  status: string;
  tags: string[];
  categories: string[];
  sourceChannels: string[];
  city?: string;
  yearsOfExperience?: number;
  /** 0 none, 1 high_school, 2 associate, 3 bachelor, 4 master, 5 doctorate */
  educationRank?: number;
  stages: string[];
  requisitionIds: string[];
  hrIds: string[];
  createdAt: Date;
  updatedAt: Date;
}

export interface CandidateSearchQuery {
  keywords?: string;
  stages?: string[];
  requisitionId?: string;
  tags?: string[];
  categories?: string[];
  sourceChannel?: string;
  city?: string;
  minYears?: number;
  maxYears?: number;
  minEducationRank?: number;
  createdFrom?: Date;
  createdTo?: Date;
  hrId?: string;
  statuses?: string[];
  sort: { field: 'createdAt' | 'updatedAt' | 'yearsOfExperience' | 'name' | 'relevance'; direction: 1 | -1 };
  page: number;
  pageSize: number;
}

export interface CandidateSearchIndex {
  upsert(doc: CandidateSearchDocument): Promise<void>;
  remove(candidateId: string): Promise<void>;
  search(query: CandidateSearchQuery): Promise<{ ids: string[]; total: number }>;
}
