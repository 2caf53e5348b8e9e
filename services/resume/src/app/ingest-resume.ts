import { DomainError, Principal } from '@hr/workflow';
import type { CandidateProfile, Sourcing } from '../domain/candidate';
import { assertMayIngest } from '../domain/candidate-access';
import { assertProfileNames } from '../domain/profile-names';
import { Intake, IntakeInput, intakePerson } from './intake-person';
import type { ResumeDeps } from './ports';
import { ResumeUpload, emptyProfile, readResume } from './upload-resume';

export interface IngestInput {
  source: string;
  externalId: string;
  profile?: CandidateProfile;
  file?: ResumeUpload;
  requisitionId?: string;
  sourcing: Sourcing;
}

/**
 * A job board posts a resume with its own id. Posting the same id again returns what the first post
 * made and changes nothing; the candidate carries the reference, so the answer survives restarts.
 */
export async function ingestResume(deps: ResumeDeps, input: IngestInput, principal: Principal): Promise<{ intake: Intake; replayed: boolean }> {
  assertMayIngest(principal);
  if (!input.externalId.trim()) throw DomainError.invalid('externalId', 'required');
  if (input.profile) assertProfileNames(input.profile);
  const known = await deps.candidates.findByExternalRef(input.source, input.externalId);
  if (known) return { intake: await replay(deps, known.id, input.requisitionId), replayed: true };
  const read = input.file ? await readResume(deps, input.file, principal) : undefined;
  return { intake: await intakePerson(deps, ingestIntake(input, read), principal), replayed: false };
}

/** What a board's post brings to the pool: its structured fields over what the file's parse found. */
export function ingestIntake(input: IngestInput, read?: Awaited<ReturnType<typeof readResume>>): IntakeInput {
  const profile = { ...emptyProfile(), ...read?.parsed, ...definedFields(input.profile ?? emptyProfile()) };
  return {
    profile,
    source: input.sourcing,
    via: 'open_api',
    requisitionId: input.requisitionId,
    resume: read?.resume,
    resumeText: read?.text,
    externalRef: { source: input.source, externalId: input.externalId },
    needsManualEntry: !profile.name,
  };
}

async function replay(deps: ResumeDeps, candidateId: string, requisitionId?: string): Promise<Intake> {
  const candidate = (await deps.candidates.get(candidateId))!;
  const applications = await deps.applications.ofCandidate(candidateId);
  const application = applications.find((a) => a.requisitionId === requisitionId);
  return { outcome: 'attached', candidate, application, parseFailed: false };
}

/** Structured fields the board sent win over what the file parse found, but empty ones do not erase it. */
function definedFields(profile: CandidateProfile): Partial<CandidateProfile> {
  return Object.fromEntries(
    Object.entries(profile).filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)),
  );
}
