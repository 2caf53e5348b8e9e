import type { ParsedResume } from './resume';

export const CANDIDATE_STATUSES = ['active', 'archived', 'blacklisted', 'hired', 'former_employee', 'merged'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

export const SOURCE_CHANNELS = ['job_board', 'referral', 'headhunter', 'campus', 'website', 'walk_in', 'other'] as const;
export type SourceChannel = (typeof SOURCE_CHANNELS)[number];

export interface Sourcing {
  channel: SourceChannel;
  detail?: string;
  referrerEmployeeId?: string;
  invitingHrId?: string;
  responsibleHrId?: string;
}

export interface SalaryExpectation {
  min: string;
  max: string;
  currency: string;
}

/** Everything HR can read and correct about a person. */
export interface CandidateProfile extends ParsedResume {
  expectedSalary?: SalaryExpectation;
}

export interface ResumeFileRef {
  id: string;
  filename: string;
  mimeType: string;
  size: number;
  kind: 'pdf' | 'docx' | 'text' | 'image';
  parseStatus: 'parsed' | 'failed' | 'stored';
  uploadedBy: string;
  uploadedAt: Date;
}

export interface Correction {
  field: string;
  from: string;
  to: string;
  by: string;
  at: Date;
}

export interface ExternalRef {
  source: string;
  externalId: string;
}

export interface StatusMark {
  status: CandidateStatus;
  reason?: string;
  by: string;
  at: Date;
}

export interface Candidate {
  id: string;
  profile: CandidateProfile;
  /** Normalised (E.164 / lower-case) contact points, every one ever seen: what duplicates are found by. */
  phones: string[];
  emails: string[];
  tags: string[];
  categories: string[];
  source: Sourcing;
  status: CandidateStatus;
  statusHistory: StatusMark[];
  needsManualEntry: boolean;
  resumes: ResumeFileRef[];
  corrections: Correction[];
  externalRefs: ExternalRef[];
  mergedInto?: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export function statusReason(candidate: Candidate): string | undefined {
  return candidate.statusHistory.at(-1)?.reason;
}
