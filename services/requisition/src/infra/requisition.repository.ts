import type { Connection } from 'mongoose';
import { OUTBOX_FIELD, OutboxRelay, pageWindow } from '@hr/platform';
import { mayDecide } from '@hr/workflow';
import type { Page, RequisitionRepository } from '../app/ports';
import { toDocument, toRequisition } from './requisition.document';
import { counterModel, requisitionModel } from './requisition.model';
import { requisitionQuery } from './requisition.query';

export function mongoRequisitionRepository(connection: Connection, relay: OutboxRelay): RequisitionRepository {
  const model = requisitionModel(connection);
  const counters = counterModel(connection);

  return {
    async nextNumber(now) {
      const year = now.getUTCFullYear();
      const counter = await counters
        .findOneAndUpdate({ _id: `requisition-${year}` }, { $inc: { seq: 1 } }, { upsert: true, returnDocument: "after" })
        .lean<{ seq: number }>();
      return `REQ-${year}-${String(counter!.seq).padStart(5, '0')}`;
    },

    async get(id) {
      const doc = await model.collection.findOne({ _id: id } as never);
      return doc ? toRequisition(doc) : undefined;
    },

    async save(req, events, options = {}) {
      const applied = options.appliedEventId;
      const version = await relay.commit(model, {
        id: req.id,
        expectedVersion: req.version,
        state: toDocument(req),
        events,
        guard: applied ? { appliedEventIds: { $ne: applied } } : undefined,
        push: applied ? { appliedEventIds: [applied] } : undefined,
      });
      return { ...req, version, appliedEventIds: applied ? [...(req.appliedEventIds ?? []), applied] : req.appliedEventIds };
    },

    async list(filter, page: Page) {
      const query = requisitionQuery(filter);
      const cursor = model.collection.find(query as never, { projection: { [OUTBOX_FIELD]: 0 } }).sort({ createdAt: -1, _id: 1 });
      const approver = filter.awaitingApprover;
      if (approver) {
        // The stored hint narrows the set; the approval rule itself decides (named approvers, one decision per round).
        const all = (await cursor.toArray()).map(toRequisition).filter((r) => {
          const decided = r.approval!.history.some((h) => h.round === r.approval!.round && h.by === approver.userId);
          return !decided && mayDecide(r.approval!, approver, { departmentId: r.departmentId });
        });
        const { skip, limit } = pageWindow(page);
        return { items: all.slice(skip, skip + limit), total: all.length };
      }
      const { skip, limit } = pageWindow(page);
      const [docs, total] = await Promise.all([
        cursor.skip(skip).limit(limit).toArray(),
        model.collection.countDocuments(query as never),
      ]);
      return { items: docs.map(toRequisition), total };
    },
  };
}
