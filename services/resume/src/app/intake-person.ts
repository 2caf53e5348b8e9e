import { CandidateCreated, CandidateUpdated, EventEnvelope, MergeSuggested, ResumeAttached } from '@hr/contracts';
import type { Principal } from '@hr/workflow';
import type { Application } from '../domain/application';
import type { Candidate, CandidateProfile, ExternalRef, ResumeFileRef, Sourcing } from '../domain/candidate';
import { attachResume, newCandidate } from '../domain/candidate-rules';
import { detectPerson } from './detect-person';
import { applyToRequisition } from './manage-applications';
import type { ResumeDeps } from './ports';
import { refuseBlacklisted } from './record-blacklist-hit';
import { resumeEvent } from './resume-events';

export type IntakeVia = 'hr_upload' | 'hr_entry' | 'open_api';

export interface IntakeInput {
  profile: CandidateProfile;
  source: Sourcing;
  via: IntakeVia;
  tags?: string[];
  categories?: string[];
  requisitionId?: string;
  resume?: ResumeFileRef;
  resumeText?: string;
  externalRef?: ExternalRef;
  needsManualEntry: boolean;
}

export interface Intake {
  outcome: 'created' | 'attached' | 'suggested_merge';
  candidate: Candidate;
  application?: Application;
  mergeSuggestionId?: string;
  parseFailed: boolean;
}

/**
 * Every way a person enters the pool ends here: a blacklisted person is refused, a known person
 * gets the new resume, an uncertain match raises a merge suggestion, and anyone else is created.
 * The search document is refreshed once, after every write of the intake.
 */
export async function intakePerson(deps: ResumeDeps, input: IntakeInput, principal: Principal): Promise<Intake> {
  const match = await detectPerson(deps, input.profile);
  if (match.verdict === 'same' && match.candidate.status === 'blacklisted') {
    await refuseBlacklisted(deps, match.candidate, input.via, principal, input.externalRef?.source);
  }
  const now = deps.now();
  let intake: Intake;
  if (match.verdict === 'same') {
    intake = { outcome: 'attached', candidate: await attach(deps, match.candidate, input, principal, now), parseFailed: false };
  } else {
    const candidate = await create(deps, input, principal, now);
    intake = { outcome: 'created', candidate, parseFailed: false };
    if (match.verdict === 'possible') {
      const suggestion = await suggestMerge(deps, candidate, match, principal);
      intake = { ...intake, outcome: 'suggested_merge', candidate: suggestion.candidate, mergeSuggestionId: suggestion.id };
    }
  }
  if (input.resume && input.resumeText) await deps.texts.put(input.resume.id, intake.candidate.id, input.resumeText);
  if (input.requisitionId) {
    const application = await applyToRequisition(deps, { candidate: intake.candidate, requisitionId: input.requisitionId, source: input.source, via: input.via }, principal);
    intake = { ...intake, application };
  }
  await refreshSearch(deps, intake, input).catch(() => undefined);
  return { ...intake, parseFailed: input.resume?.parseStatus === 'failed' };
}

/** A person just created is known whole (no other application, no other resume): nothing to read back. */
function refreshSearch(deps: ResumeDeps, intake: Intake, input: IntakeInput): Promise<void> {
  if (intake.outcome === 'attached') return deps.search.refresh(intake.candidate.id);
  const applications = intake.application ? [intake.application] : [];
  return deps.search.refreshWith(intake.candidate, applications, input.resume && input.resumeText ? [input.resumeText] : []);
}

async function attach(deps: ResumeDeps, known: Candidate, input: IntakeInput, principal: Principal, now: Date): Promise<Candidate> {
  if (!input.resume) return input.externalRef ? rememberExternalRef(deps, known, input.externalRef, principal, now) : known;
  const candidate = attachResume(known, { resume: input.resume, parsed: input.profile, externalRef: input.externalRef, now });
  const { id: fileId, kind, parseStatus } = input.resume;
  return deps.candidates.save(candidate, [resumeEvent(ResumeAttached, { candidateId: candidate.id, fileId, kind, parseStatus }, principal, now)]);
}

/** A board's post without a file still records its id on the person, so posting it again is a replay. */
async function rememberExternalRef(deps: ResumeDeps, known: Candidate, ref: ExternalRef, principal: Principal, now: Date): Promise<Candidate> {
  const candidate = { ...known, externalRefs: [...known.externalRefs, ref], updatedAt: now };
  return deps.candidates.save(candidate, [resumeEvent(CandidateUpdated, { candidateId: known.id, fields: ['externalRefs'] }, principal, now)]);
}

async function create(deps: ResumeDeps, input: IntakeInput, principal: Principal, now: Date): Promise<Candidate> {
  const { candidate, events } = newcomer(deps, input, principal, now);
  return deps.candidates.save(candidate, events);
}

/** A person new to the pool, not yet stored, with the events of their arrival. */
export function newcomer(deps: ResumeDeps, input: IntakeInput, principal: Principal, now: Date): { candidate: Candidate; events: EventEnvelope[] } {
  const candidate = newCandidate({ ...input, id: deps.newId(), principal, now });
  const events: EventEnvelope[] = [
    resumeEvent(
      CandidateCreated,
      { candidateId: candidate.id, source: input.source, externalSource: input.externalRef?.source, needsManualEntry: candidate.needsManualEntry },
      principal,
      now,
    ),
  ];
  if (input.resume) {
    const { id: fileId, kind, parseStatus } = input.resume;
    events.push(resumeEvent(ResumeAttached, { candidateId: candidate.id, fileId, kind, parseStatus }, principal, now));
  }
  return { candidate, events };
}

async function suggestMerge(
  deps: ResumeDeps,
  candidate: Candidate,
  match: { candidate: Candidate; score: number; reasons: string[] },
  principal: Principal,
): Promise<{ id: string; candidate: Candidate }> {
  const now = deps.now();
  const id = deps.newId();
  await deps.suggestions.create({
    id,
    candidateId: candidate.id,
    duplicateOfId: match.candidate.id,
    score: match.score,
    reasons: match.reasons,
    status: 'open',
    createdAt: now,
  });
  const event = resumeEvent(MergeSuggested, { candidateId: candidate.id, duplicateOfId: match.candidate.id, suggestionId: id, score: match.score }, principal, now);
  return { id, candidate: await deps.candidates.save({ ...candidate, updatedAt: now }, [event]) };
}
