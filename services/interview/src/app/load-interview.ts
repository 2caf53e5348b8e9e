import { DomainError, Principal } from '@hr/workflow';
import { mayViewInterview } from '../domain/interview-access';
import type { Interview } from '../domain/interview';
import type { InterviewDeps, InterviewRecord } from './ports';

export async function loadInterview(deps: InterviewDeps, id: string): Promise<InterviewRecord> {
  const record = id ? await deps.interviews.get(id) : undefined;
  if (!record) throw DomainError.notFound('INTERVIEW_NOT_FOUND', id);
  return record;
}

/** For reads: an interview the caller may not see answers like a missing one (no probing). */
export async function loadVisibleInterview(deps: InterviewDeps, id: string, principal: Principal): Promise<InterviewRecord> {
  const record = await loadInterview(deps, id);
  if (!mayViewInterview(record, principal, record.snapshot.departmentId)) throw DomainError.notFound('INTERVIEW_NOT_FOUND', id);
  return record;
}

/** A domain rule's result on the stored record: the rules return a plain interview, the record keeps its snapshot. */
export function applied(record: InterviewRecord, next: Interview): InterviewRecord {
  return { ...record, ...next };
}

const ATTEMPTS = 3;

/**
 * Runs load → decide → save again when a concurrent write won (two interviewers submitting at once);
 * the rules are re-checked on the fresh state each time.
 */
export async function retryOnConflict<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      const conflict = error instanceof DomainError && error.reason === 'CONCURRENT_MODIFICATION';
      if (!conflict || attempt >= ATTEMPTS) throw error;
    }
  }
}
