import type { Connection } from 'mongoose';
import { OUTBOX_FIELD, OutboxRelay, oneOf, pageWindow, utcDaysBetween } from '@hr/platform';
import { MAX_DURATION_MINUTES } from '../domain/interview-validation';
import type { Round } from '../domain/interview';
import type { BookedInterview } from '../domain/schedule-conflicts';
import type { InterviewRepository } from '../app/ports';
import { toDocument, toRecord } from './interview.document';
import { interviewModel } from './interview.model';
import { interviewQuery } from './interview.query';

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
      const version = await relay.commit(model, {
        id: record.id,
        expectedVersion: record.version,
        state: toDocument(record),
        events,
        guard: notice ? { noticesSent: { $ne: notice } } : undefined,
        push: notice ? { noticesSent: [notice] } : undefined,
      });
      return { ...record, version, noticesSent: notice ? [...record.noticesSent, notice] : record.noticesSent };
    },

    async list(filter, page, order) {
      const query = interviewQuery(filter);
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
      const query: Record<string, unknown> = { interviewerIds: oneOf(interviewerIds), status: { $ne: 'cancelled' }, startsAt: { $lt: to, $gt: earliest } };
      // The days of the window select those interviewers' interviews from an index, not their whole history.
      const days = utcDaysBetween(earliest, to);
      if (days) query.startDay = oneOf(days);
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

    async passedRounds(applicationIds) {
      // The applicationId index selects them; the outcome is nested, so it is read rather than queried.
      const query = { applicationId: { $in: applicationIds }, status: 'completed' };
      const docs = await collection.find(query as never, { projection: { applicationId: 1, round: 1, result: 1 } }).toArray();
      const passed = new Map<string, Round[]>();
      for (const { applicationId, round, result } of docs as Record<string, any>[]) {
        if (result?.outcome === 'pass') passed.set(applicationId, [...(passed.get(applicationId) ?? []), round]);
      }
      return passed;
    },

    scheduledSince(since) {
      return records({ status: 'scheduled', startsAt: { $gt: since } });
    },
  };
}
