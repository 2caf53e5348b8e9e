import { EventEnvelope, InterviewersAssigned } from '@hr/contracts';
import type { Principal } from '@hr/workflow';
import type { Application } from '../domain/application';
import { joinInterviewers } from '../domain/application-rules';
import type { ApplicationChange } from './move-application';
import { resumeEvent } from './resume-events';

/** Announces who may now see the application: the whole set, whether HR named it or an interview did. */
export function interviewersAssignedEvent(application: Application, principal: Principal, now: Date): EventEnvelope {
  const { candidateId, requisitionId, interviewerIds } = application;
  return resumeEvent(InterviewersAssigned, { applicationId: application.id, candidateId, requisitionId, interviewerIds }, principal, now);
}

/** Adds an interview's panel to a change about to be saved; the event is emitted only when someone new got access. */
export function withInterviewers(change: ApplicationChange, interviewerIds: string[], principal: Principal, now: Date): ApplicationChange {
  const { application, added } = joinInterviewers(change.application, interviewerIds, now);
  if (added.length === 0) return change;
  return { application, events: [...change.events, interviewersAssignedEvent(application, principal, now)] };
}
