import { Backfill, audienceKeys, utcDay, withoutOutboxFields } from '@hr/platform';
import type { InterviewRecord } from '../app/ports';
import { fromStoredState, toStoredState } from './stored-values';

/**
 * Fields stored only to be queried, recomputed in every write: `audience` (the requisition's department
 * and the interviewers, for what a manager or an interviewer may list; the department sits in a nested
 * snapshot, and dotted keys are never pushed down) and `startDay` (the UTC day of `startsAt`, so that a
 * time window becomes an indexed `$in` of days).
 */
function queryFields(record: Pick<InterviewRecord, 'snapshot' | 'interviewerIds' | 'startsAt'>) {
  return { audience: audienceKeys(record.snapshot?.departmentId, record.interviewerIds ?? []), startDay: utcDay(record.startsAt) };
}

/** The notice markers are only ever pushed (in the job's write), never set with the state. */
export function toDocument(record: InterviewRecord): Record<string, unknown> {
  const { id: _id, version: _version, noticesSent: _notices, ...state } = record;
  return toStoredState({ ...state, evaluatedBy: record.evaluations.map((e) => e.interviewerId), ...queryFields(record) });
}

export function toRecord(doc: Record<string, any>): InterviewRecord {
  const {
    _id,
    evaluatedBy: _evaluatedBy,
    audience: _audience,
    startDay: _startDay,
    ...rest
  } = withoutOutboxFields(fromStoredState(doc) as Record<string, any>);
  return { ...(rest as Omit<InterviewRecord, 'id'>), id: String(_id), noticesSent: rest.noticesSent ?? [] };
}

/** Interviews stored before the query fields existed get them once. */
export const interviewQueryFieldsBackfill = (collection: Backfill['collection']): Backfill => ({
  name: 'interviews.audience-startDay',
  collection,
  field: 'startDay',
  derive: (doc) => queryFields(toRecord(doc)),
});
