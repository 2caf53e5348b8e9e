import type { resumeV1 } from '@hr/contracts';
import type { CandidateSearchIndex, ResumeDeps } from '../app/ports';
import type { SavedFilterRepository } from '../app/saved-filters';
import type { TimelineRepository } from '../app/timeline';

export type ResumeHandlerDeps = ResumeDeps & {
  index: CandidateSearchIndex;
  timeline: TimelineRepository;
  savedFilters: SavedFilterRepository;
};

/** The decoded request message of a generated request type, by its name. */
export type Req<K extends keyof typeof resumeV1> = (typeof resumeV1)[K] extends { decode(...args: never[]): infer T } ? T : never;
