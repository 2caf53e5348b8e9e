import { z } from 'zod';
import { defineEvent } from './envelope';

export const APPLICATION_STAGES = ['new', 'screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn'] as const;
export const SOURCE_CHANNELS = ['job_board', 'referral', 'headhunter', 'campus', 'website', 'walk_in', 'other'] as const;

const candidateRef = { candidateId: z.string() };

/** Who brought the person in; copied into events so downstream read models can attribute hires. */
export const sourcingSchema = z.object({
  channel: z.enum(SOURCE_CHANNELS),
  detail: z.string().optional(),
  referrerEmployeeId: z.string().optional(),
  invitingHrId: z.string().optional(),
  responsibleHrId: z.string().optional(),
});

export const CandidateCreated = defineEvent(
  'resume.candidate.created.v1',
  z.object({ ...candidateRef, source: sourcingSchema, externalSource: z.string().optional(), needsManualEntry: z.boolean() }),
);
export const CandidateUpdated = defineEvent(
  'resume.candidate.updated.v1',
  z.object({ ...candidateRef, fields: z.array(z.string()) }),
);
export const ResumeAttached = defineEvent(
  'resume.candidate.resume-attached.v1',
  z.object({ ...candidateRef, fileId: z.string(), kind: z.string(), parseStatus: z.string() }),
);
export const CandidateClassified = defineEvent(
  'resume.candidate.classified.v1',
  z.object({ ...candidateRef, tags: z.array(z.string()), categories: z.array(z.string()) }),
);
export const CandidateArchived = defineEvent('resume.candidate.archived.v1', z.object({ ...candidateRef, reason: z.string() }));
export const CandidateRestored = defineEvent('resume.candidate.restored.v1', z.object({ ...candidateRef }));
export const CandidateMerged = defineEvent(
  'resume.candidate.merged.v1',
  z.object({ ...candidateRef, mergedCandidateId: z.string() }),
);
export const MergeSuggested = defineEvent(
  'resume.candidate.merge-suggested.v1',
  z.object({ ...candidateRef, duplicateOfId: z.string(), suggestionId: z.string(), score: z.number() }),
);
export const CandidateBlacklisted = defineEvent(
  'resume.candidate.blacklisted.v1',
  z.object({ ...candidateRef, reason: z.string() }),
);
export const CandidateUnblacklisted = defineEvent(
  'resume.candidate.unblacklisted.v1',
  z.object({ ...candidateRef, reason: z.string() }),
);
/** A blacklisted person tried to come back in (upload, application or third-party post) and was refused. */
export const BlacklistHit = defineEvent(
  'resume.candidate.blacklist-hit.v1',
  z.object({ ...candidateRef, via: z.enum(['hr_upload', 'hr_entry', 'application', 'open_api']), source: z.string().optional() }),
);

export const ApplicationCreated = defineEvent(
  'resume.application.created.v1',
  z.object({ applicationId: z.string(), ...candidateRef, requisitionId: z.string(), source: sourcingSchema }),
);
export const ApplicationStageChanged = defineEvent(
  'resume.application.stage-changed.v1',
  z.object({
    applicationId: z.string(),
    candidateId: z.string(),
    requisitionId: z.string(),
    fromStage: z.enum(APPLICATION_STAGES),
    toStage: z.enum(APPLICATION_STAGES),
    reasonCode: z.string().optional(),
  }),
);
export const InterviewersAssigned = defineEvent(
  'resume.application.interviewers-assigned.v1',
  z.object({ applicationId: z.string(), ...candidateRef, requisitionId: z.string(), interviewerIds: z.array(z.string()) }),
);
