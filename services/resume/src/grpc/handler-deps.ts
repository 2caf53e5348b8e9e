import type { CandidateSearchIndex, ResumeDeps } from '../app/ports';
import type { SavedFilterRepository } from '../app/saved-filters';
import type { TimelineRepository } from '../app/timeline';

export type ResumeHandlerDeps = ResumeDeps & {
  index: CandidateSearchIndex;
  timeline: TimelineRepository;
  savedFilters: SavedFilterRepository;
};
