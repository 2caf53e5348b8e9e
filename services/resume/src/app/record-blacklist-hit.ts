import { BlacklistHit, EventData } from '@hr/contracts';
import type { Principal } from '@hr/workflow';
import type { Candidate } from '../domain/candidate';
import { blacklistedError } from '../domain/candidate-rules';
import type { ResumeDeps } from './ports';
import { resumeEvent } from './resume-events';

type Via = EventData<typeof BlacklistHit>['via'];

/** Records that a blacklisted person tried to come back (an event others can alert on), then refuses. */
export async function refuseBlacklisted(deps: ResumeDeps, candidate: Candidate, via: Via, principal: Principal, source?: string): Promise<never> {
  const now = deps.now();
  const event = resumeEvent(BlacklistHit, { candidateId: candidate.id, via, source }, principal, now);
  await deps.candidates.save({ ...candidate, updatedAt: now }, [event]).catch(() => undefined);
  throw blacklistedError();
}
