import type { Connection } from 'mongoose';
import { OUTBOX_FIELD, OutboxRelay, pageWindow, withoutOutboxFields, withoutUndefined } from '@hr/platform';
import { currentLevel, mayDecide } from '@hr/workflow';
import type { OfferRepository, Page } from '../app/ports';
import { approvalSubject } from '../domain/approval-config';
import type { Offer } from '../domain/offer';
import { OPEN_STATUSES } from '../domain/offer-status';
import { counterModel, offerModel } from './offer.model';
import { offerQuery } from './offer.query';

function toDocument(offer: Offer): Record<string, unknown> {
  const { id: _id, version: _version, ...state } = offer;
  const level = offer.approval && offer.status === 'pending_approval' ? currentLevel(offer.approval) : undefined;
  // Denormalised so "awaiting my approval" is a plain indexed query.
  const awaiting = level ? { role: level.role, departmentId: level.sameDepartment ? offer.departmentId : '' } : null;
  return withoutUndefined({ ...state, awaiting });
}

function toOffer(doc: Record<string, any>): Offer {
  const { _id, awaiting: _awaiting, ...rest } = withoutOutboxFields(doc);
  return { ...(rest as Omit<Offer, 'id'>), id: String(_id), sends: rest.sends ?? [], negotiations: rest.negotiations ?? [] };
}

export function mongoOfferRepository(connection: Connection, relay: OutboxRelay): OfferRepository {
  const model = offerModel(connection);
  const counters = counterModel(connection);
  const projection = { [OUTBOX_FIELD]: 0 };

  return {
    async nextNumber(now) {
      const year = now.getUTCFullYear();
      const counter = await counters
        .findOneAndUpdate({ _id: `offer-${year}` }, { $inc: { seq: 1 } }, { upsert: true, returnDocument: 'after' })
        .lean<{ seq: number }>();
      return `OFF-${year}-${String(counter!.seq).padStart(5, '0')}`;
    },

    async get(id) {
      const doc = await model.collection.findOne({ _id: id } as never, { projection });
      return doc ? toOffer(doc) : undefined;
    },

    async findOpenForApplication(applicationId) {
      const doc = await model.collection.findOne({ applicationId, status: { $in: [...OPEN_STATUSES] } } as never, { projection });
      return doc ? toOffer(doc) : undefined;
    },

    async save(offer, events) {
      const version = await relay.commit(model, { id: offer.id, expectedVersion: offer.version, state: toDocument(offer), events });
      return { ...offer, version };
    },

    async list(filter, page: Page) {
      const query = offerQuery(filter);
      const cursor = model.collection.find(query as never, { projection }).sort({ createdAt: -1, _id: 1 });
      const { skip, limit } = pageWindow(page);
      const approver = filter.awaitingApprover;
      if (approver) {
        // The stored hint narrows the set; the approval rule itself decides (named approvers, one decision per round).
        const all = (await cursor.toArray()).map(toOffer).filter((o) => {
          const decided = o.approval!.history.some((h) => h.round === o.approval!.round && h.by === approver.userId);
          return !decided && mayDecide(o.approval!, approver, approvalSubject(o));
        });
        return { items: all.slice(skip, skip + limit), total: all.length };
      }
      const [docs, total] = await Promise.all([cursor.skip(skip).limit(limit).toArray(), model.collection.countDocuments(query as never)]);
      return { items: docs.map(toOffer), total };
    },
  };
}
