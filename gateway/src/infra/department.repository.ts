import { DomainError } from '@hr/platform';
import { DepartmentDocument, DepartmentModel } from './department.model';
import { PageRequest, PageResult, escapeRegex, isDuplicateKey, skipFor, toObjectId } from './repository-helpers';

export interface DepartmentRecord {
  id: string;
  name: string;
  code: string;
  parentId?: string;
  managerUserId?: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewDepartment {
  name: string;
  code: string;
  parentId?: string;
  managerUserId?: string;
}

export interface DepartmentPatch {
  name?: string;
  code?: string;
  parentId?: string | null;
  managerUserId?: string | null;
}

export interface DepartmentFilter {
  parentId?: string;
  q?: string;
}

function toRecord(doc: DepartmentDocument): DepartmentRecord {
  return {
    id: doc._id.toHexString(),
    name: doc.name,
    code: doc.code,
    parentId: doc.parentId?.toHexString(),
    managerUserId: doc.managerUserId?.toHexString(),
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}

const codeTaken = () =>
  new DomainError('already_exists', 'DEPARTMENT_CODE_TAKEN', 'a department with this code already exists', [
    { field: 'code', rule: 'unique', text: 'in_use' },
  ]);

export class DepartmentRepository {
  constructor(private readonly model: DepartmentModel) {}

  async findById(id: string): Promise<DepartmentRecord | undefined> {
    const _id = toObjectId(id);
    const doc = _id && (await this.model.findById(_id).lean<DepartmentDocument>());
    return doc ? toRecord(doc) : undefined;
  }

  async create(input: NewDepartment): Promise<DepartmentRecord> {
    try {
      const doc = await this.model.create({
        name: input.name,
        code: input.code,
        parentId: toObjectId(input.parentId) ?? null,
        managerUserId: toObjectId(input.managerUserId) ?? null,
      });
      return toRecord(doc.toObject());
    } catch (error) {
      if (isDuplicateKey(error)) throw codeTaken();
      throw error;
    }
  }

  async update(id: string, patch: DepartmentPatch): Promise<DepartmentRecord | undefined> {
    const _id = toObjectId(id);
    if (!_id) return undefined;
    const $set: Record<string, unknown> = {};
    if (patch.name !== undefined) $set.name = patch.name;
    if (patch.code !== undefined) $set.code = patch.code;
    if (patch.parentId !== undefined) $set.parentId = toObjectId(patch.parentId) ?? null;
    if (patch.managerUserId !== undefined) $set.managerUserId = toObjectId(patch.managerUserId) ?? null;
    try {
      const doc = await this.model.findByIdAndUpdate(_id, { $set }, { returnDocument: 'after' }).lean<DepartmentDocument>();
      return doc ? toRecord(doc) : undefined;
    } catch (error) {
      if (isDuplicateKey(error)) throw codeTaken();
      throw error;
    }
  }

  async list(filter: DepartmentFilter, page: PageRequest): Promise<PageResult<DepartmentRecord>> {
    const query: Record<string, unknown> = {};
    if (filter.parentId) query.parentId = toObjectId(filter.parentId) ?? null;
    if (filter.q) {
      const pattern = { $regex: escapeRegex(filter.q), $options: 'i' };
      query.$or = [{ name: pattern }, { code: pattern }];
    }
    const [docs, total] = await Promise.all([
      this.model.find(query).sort({ code: 1, _id: 1 }).skip(skipFor(page)).limit(page.pageSize).lean<DepartmentDocument[]>(),
      this.model.countDocuments(query),
    ]);
    return { items: docs.map(toRecord), total };
  }
}
