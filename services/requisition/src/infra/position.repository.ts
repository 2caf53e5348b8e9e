import type { Connection } from 'mongoose';
import type { Page, PositionRepository } from '../app/ports';
import type { Position, PositionDetails } from '../domain/position';
import { positionModel } from './position.model';
import { escapeRegex } from './escape-regex';

function toPosition(doc: Record<string, any>): Position {
  const { _id, ...rest } = doc;
  return { ...(rest as Omit<Position, 'id'>), id: String(_id) };
}

export function mongoPositionRepository(connection: Connection): PositionRepository {
  const model = positionModel(connection);
  return {
    async create(position) {
      const { id, ...rest } = position;
      await model.create({ _id: id, ...rest });
      return position;
    },
    async update(id: string, details: PositionDetails, now: Date) {
      const doc = await model.findOneAndUpdate({ _id: id }, { $set: { ...details, updatedAt: now } }, { returnDocument: 'after' }).lean();
      return doc ? toPosition(doc) : undefined;
    },
    async get(id) {
      const doc = await model.findById(id).lean();
      return doc ? toPosition(doc) : undefined;
    },
    async list(filter, page: Page) {
      const query: Record<string, unknown> = {};
      if (filter.departmentId) query.departmentId = filter.departmentId;
      if (filter.active !== undefined) query.active = filter.active;
      if (filter.query) query.title = { $regex: escapeRegex(filter.query), $options: 'i' };
      const [docs, total] = await Promise.all([
        model.find(query).sort({ title: 1, _id: 1 }).skip((page.page - 1) * page.pageSize).limit(page.pageSize).lean(),
        model.countDocuments(query),
      ]);
      return { items: docs.map(toPosition), total };
    },
  };
}
