import type { Connection } from 'mongoose';
import { OUTBOX_FIELD, OutboxRelay, pageWindow, saveWithOutbox } from '@hr/platform';
import { MAX_DURATION_MINUTES } from '../domain/interview-validation';
import type { BookedInterview } from '../domain/schedule-conflicts';
import type { InterviewFilter, InterviewRecord, InterviewRepository } from '../app/ports';
import { interviewModel } from './interview.model';
import { fromStoredState, toStoredState } from './stored-values';

/** The notice markers are only ever pushed (in the job's write), never set with the state. */
function toDocument(record: InterviewRecord): Record<string, unknown> {
  const { id: _id, version: _version, noticesSent: _notices, ...state } = record;
  return toStoredState({ ...state, evaluatedBy: record.evaluations.map((e) => e.interviewerId) });
}

function toRecord(doc: Record<string, any>): InterviewRecord {
  const { _id, [OUTBOX_FIELD]: _outbox, evaluatedBy: _evaluatedBy, ...rest } = fromStoredState(doc) as Record<string, any>;
  return { ...(rest as Omit<InterviewRecord, 'id'>), id: String(_id), noticesSent: rest.noticesSent ?? [] };
}

function buildQuery(filter: InterviewFilter): Record<string, unknown> {
  const and: Record<string, unknown>[] = [];
  if (filter.applicationId) and.push({ applicationId: filter.applicationId });
  if (filter.candidateId) and.push({ candidateId: filter.candidateId });
  if (filter.requisitionId) and.push({ requisitionId: filter.requisitionId });
  if (filter.interviewerId) and.push({ interviewerIds: filter.interviewerId });
  if (filter.statuses?.length) and.push({ status: { $in: filter.statuses } });
  if (filter.from) and.push({ startsAt: { $gte: filter.from } });
  if (filter.to) and.push({ startsAt: { $lt: filter.to } });
  if (filter.visibleTo) {
    const { userId, departmentId } = filter.visibleTo;
    const mine: Record<string, unknown>[] = [{ interviewerIds: userId }];
    if (departmentId) mine.push({ 'snapshot.departmentId': departmentId });
    and.push({ $or: mine });
  }
  if (filter.awaitingEvaluationBy) {
    const { userId, now } = filter.awaitingEvaluationBy;
    and.push({ status: 'scheduled', interviewerIds: userId, evaluatedBy: { $ne: userId }, startsAt: { $lte: now } });
  }
  return and.length ? { $and: and } : {};
}

export function mongoInterviewRepository(connection: Connection, relay: OutboxRelay): InterviewRepository {
  const model = interviewModel(connection);
  const collection = model.collection;
  const withoutOutbox = { projection: { [OUTBOX_FIELD]: 0 } };
  const records = async (query: Record<string, unknown>) => (await collection.find(query as never, withoutOutbox).toArray()).map(toRecord);

  return {
    async get(id) {
      const doc = await collection.findOne({ _id: id } as never, withoutOutbox);
      return doc ? toRecord(doc) : undefined;
    },

    async save(record, events, options = {}) {
      const { notice } = options;
      const version = await saveWithOutbox(model, {
        id: record.id,
        expectedVersion: record.version,
        state: toDocument(record),
        events,
        guard: notice ? { noticesSent: { $ne: notice } } : undefined,
        push: notice ? { noticesSent: [notice] } : undefined,
      });
      void relay.kick(model, record.id);
      return { ...record, version, noticesSent: notice ? [...record.noticesSent, notice] : record.noticesSent };
    },

    async list(filter, page, order) {
      const query = buildQuery(filter);
      const { skip, limit } = pageWindow(page);
      const direction = order === 'earliest' ? 1 : -1;
      const [docs, total] = await Promise.all([
        collection.find(query as never, withoutOutbox).sort({ startsAt: direction, _id: 1 }).skip(skip).limit(limit).toArray(),
        collection.countDocuments(query as never),
      ]);
      return { items: docs.map(toRecord), total };
    },

    async booked(interviewerIds, from, to) {
      // No interview lasts longer than the maximum duration, so nothing starting earlier can still run at `from`.
      const earliest = new Date(from.getTime() - MAX_DURATION_MINUTES * 60_000);
      const query = { interviewerIds: { $in: interviewerIds }, status: { $ne: 'cancelled' }, startsAt: { $lt: to, $gt: earliest } };
      const projection = { _id: 1, startsAt: 1, durationMinutes: 1, interviewerIds: 1, status: 1 };
      const docs = await collection.find(query as never, { projection }).toArray();
      return docs.map((doc): BookedInterview => {
        const { _id, startsAt, durationMinutes, interviewerIds: ids, status } = doc as Record<string, any>;
        return { id: String(_id), startsAt, durationMinutes, interviewerIds: ids, status };
      });
    },

    scheduledFor(applicationIds, round) {
      return records({ applicationId: { $in: applicationIds }, round, status: 'scheduled' });
    },

    scheduledSince(since) {
      return records({ status: 'scheduled', startsAt: { $gt: since } });
    },
  };
}
