import { OutboxRelay, oneOfIfAny, pageWindow, withoutUndefined } from '@hr/platform';
import type { ApplicationFilter, ApplicationRepository } from '../app/ports';
import type { Application } from '../domain/application';
import { fromDocument } from './documents';
import type { ResumeModels } from './resume.models';

/** Ids of consumed events already applied to the application: storage only, guarded and appended in the same write. */
const APPLIED_EVENTS = 'appliedEventIds';

const toApplication = (doc: Record<string, any>) => fromDocument<Application>(doc, [APPLIED_EVENTS]);

function toQuery(filter: ApplicationFilter): Record<string, unknown> {
  return withoutUndefined({
    candidateId: filter.candidateId,
    requisitionId: filter.requisitionId,
    stage: oneOfIfAny(filter.stages),
    interviewerIds: filter.interviewerId,
    departmentId: filter.departmentId,
  });
}

export function mongoApplicationRepository(models: ResumeModels, relay: OutboxRelay): ApplicationRepository {
  const collection = models.applications.collection;
  return {
    async get(id) {
      const doc = await collection.findOne({ _id: id } as never);
      return doc ? toApplication(doc) : undefined;
    },
    async save(application, events, options = {}) {
      const { id, version: _version, ...state } = application;
      const eventId = options.appliedEventId;
      const version = await relay.commit(models.applications, {
        id,
        expectedVersion: application.version,
        state: withoutUndefined(state),
        events,
        guard: eventId ? { [APPLIED_EVENTS]: { $ne: eventId } } : undefined,
        push: eventId ? { [APPLIED_EVENTS]: [eventId] } : undefined,
      });
      return { ...application, version };
    },
    async hasApplied(id, eventId) {
      return (await collection.countDocuments({ _id: id, [APPLIED_EVENTS]: eventId } as never)) > 0;
    },
    async list(filter, page) {
      const query = toQuery(filter);
      const { skip, limit } = pageWindow(page);
      const [docs, total] = await Promise.all([
        collection.find(query as never).sort({ createdAt: -1, _id: 1 }).skip(skip).limit(limit).toArray(),
        collection.countDocuments(query as never),
      ]);
      return { items: docs.map(toApplication), total };
    },
    async ofCandidate(candidateId) {
      return (await collection.find({ candidateId } as never).sort({ createdAt: 1 }).toArray()).map(toApplication);
    },
    async reassign(fromId, toId) {
      await collection.updateMany({ candidateId: fromId } as never, { $set: { candidateId: toId } } as never);
    },
  };
}
