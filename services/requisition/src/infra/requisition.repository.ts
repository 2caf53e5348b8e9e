import type { Connection } from 'mongoose';
import { OUTBOX_FIELD, OutboxRelay, pageWindow, saveWithOutbox, withoutUndefined } from '@hr/platform';
import { currentLevel, mayDecide } from '@hr/workflow';
import type { Page, RequisitionFilter, RequisitionRepository } from '../app/ports';
import type { Requisition } from '../domain/requisition';
import { counterModel, requisitionModel } from './requisition.model';

function toDocument(req: Requisition): Record<string, unknown> {
  const { id: _id, version: _version, appliedEventIds: _applied, ...state } = req;
  const level = req.approval && req.status === 'pending_approval' ? currentLevel(req.approval) : undefined;
  // Denormalised so "awaiting my approval" is a plain indexed query.
  const awaiting = level ? { role: level.role, departmentId: level.sameDepartment ? req.departmentId : '' } : null;
  return withoutUndefined({ ...state, awaiting });
}

function toRequisition(doc: Record<string, any>): Requisition {
  const { _id, awaiting: _awaiting, [OUTBOX_FIELD]: _outbox, ...rest } = doc;
  return { ...(rest as Omit<Requisition, 'id'>), id: String(_id), helperRecruiterIds: rest.helperRecruiterIds ?? [] };
}

export function mongoRequisitionRepository(connection: Connection, relay: OutboxRelay): RequisitionRepository {
  const model = requisitionModel(connection);
  const counters = counterModel(connection);

  function buildQuery(filter: RequisitionFilter): Record<string, unknown> {
    const and: Record<string, unknown>[] = [];
    if (filter.statuses?.length) and.push({ status: { $in: filter.statuses } });
    if (filter.departmentId) and.push({ departmentId: filter.departmentId });
    if (filter.positionId) and.push({ positionId: filter.positionId });
    if (filter.urgency) and.push({ urgency: filter.urgency });
    if (filter.recruiterId) {
      and.push({ $or: [{ responsibleRecruiterId: filter.recruiterId }, { helperRecruiterIds: filter.recruiterId }] });
    }
    if (filter.visibleTo) {
      const { userId, departmentId } = filter.visibleTo;
      const mine: Record<string, unknown>[] = [{ responsibleRecruiterId: userId }, { helperRecruiterIds: userId }];
      if (departmentId) mine.push({ departmentId });
      and.push({ $or: mine });
    }
    if (filter.awaitingApprover) {
      const { roles, departmentId } = filter.awaitingApprover;
      and.push({ status: 'pending_approval', 'awaiting.role': { $in: roles } });
      and.push({ 'awaiting.departmentId': { $in: ['', departmentId ?? ''] } });
    }
    return and.length ? { $and: and } : {};
  }

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
      const version = await saveWithOutbox(model, {
        id: req.id,
        expectedVersion: req.version,
        state: toDocument(req),
        events,
        guard: applied ? { appliedEventIds: { $ne: applied } } : undefined,
        push: applied ? { appliedEventIds: [applied] } : undefined,
      });
      void relay.kick(model, req.id);
      return { ...req, version, appliedEventIds: applied ? [...(req.appliedEventIds ?? []), applied] : req.appliedEventIds };
    },

    async list(filter, page: Page) {
      const query = buildQuery(filter);
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
