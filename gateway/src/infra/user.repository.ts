import { DomainError } from '@hr/platform';
import type { Role } from '@hr/workflow';
import type { Locale } from '../i18n/messages';
import { PageRequest, PageResult, escapeRegex, isDuplicateKey, skipFor, toObjectId } from './repository-helpers';
import { UserDocument, UserModel } from './user.model';

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  phone?: string;
  roles: Role[];
  departmentId?: string;
  active: boolean;
  locale: Locale;
  lastLoginAt?: Date;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewUser {
  email: string;
  name: string;
  phone?: string;
  roles: Role[];
  departmentId?: string;
  locale?: Locale;
  passwordHash: string;
}

export interface UserPatch {
  name?: string;
  phone?: string | null;
  roles?: Role[];
  departmentId?: string | null;
  active?: boolean;
  locale?: Locale;
}

export interface UserFilter {
  role?: Role;
  departmentId?: string;
  q?: string;
  active?: boolean;
}

function toRecord(doc: UserDocument): UserRecord {
  return {
    id: doc._id.toHexString(),
    email: doc.email,
    name: doc.name,
    phone: doc.phone ?? undefined,
    roles: doc.roles,
    departmentId: doc.departmentId?.toHexString(),
    active: doc.active,
    locale: doc.locale,
    lastLoginAt: doc.lastLoginAt ?? undefined,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}

const emailTaken = () =>
  new DomainError('already_exists', 'EMAIL_TAKEN', 'a user with this email already exists', [
    { field: 'email', rule: 'unique', text: 'in_use' },
  ]);

export class UserRepository {
  constructor(private readonly model: UserModel) {}

  /** Whether any user exists: a find with limit 1, where a count would read every user. */
  async any(): Promise<boolean> {
    return (await this.model.exists({})) !== null;
  }

  async findById(id: string): Promise<UserRecord | undefined> {
    const _id = toObjectId(id);
    const doc = _id && (await this.model.findById(_id).lean<UserDocument>());
    return doc ? toRecord(doc) : undefined;
  }

  async findByIds(ids: string[]): Promise<UserRecord[]> {
    const objectIds = ids.map(toObjectId).filter((id) => id !== undefined);
    const docs = await this.model.find({ _id: { $in: objectIds } }).lean<UserDocument[]>();
    return docs.map(toRecord);
  }

  async findCredentials(email: string): Promise<{ user: UserRecord; passwordHash: string } | undefined> {
    const doc = await this.model.findOne({ email: email.trim().toLowerCase() }).lean<UserDocument>();
    return doc ? { user: toRecord(doc), passwordHash: doc.passwordHash } : undefined;
  }

  async findPasswordHash(id: string): Promise<string | undefined> {
    const _id = toObjectId(id);
    const doc = _id && (await this.model.findById(_id, { passwordHash: 1 }).lean<Pick<UserDocument, 'passwordHash'>>());
    return doc ? doc.passwordHash : undefined;
  }

  async create(input: NewUser): Promise<UserRecord> {
    try {
      const doc = await this.model.create({ ...input, departmentId: toObjectId(input.departmentId) ?? null });
      return toRecord(doc.toObject());
    } catch (error) {
      if (isDuplicateKey(error)) throw emailTaken();
      throw error;
    }
  }

  async update(id: string, patch: UserPatch): Promise<UserRecord | undefined> {
    const _id = toObjectId(id);
    if (!_id) return undefined;
    const $set: Record<string, unknown> = { ...patch };
    if (patch.departmentId !== undefined) $set.departmentId = toObjectId(patch.departmentId) ?? null;
    const doc = await this.model.findByIdAndUpdate(_id, { $set }, { returnDocument: 'after' }).lean<UserDocument>();
    return doc ? toRecord(doc) : undefined;
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<boolean> {
    const result = await this.model.updateOne({ _id: toObjectId(id) }, { $set: { passwordHash } });
    return result.matchedCount === 1;
  }

  async recordLogin(id: string, at: Date): Promise<void> {
    await this.model.updateOne({ _id: toObjectId(id) }, { $set: { lastLoginAt: at } });
  }

  async countActiveAdmins(excludeId?: string): Promise<number> {
    const filter: Record<string, unknown> = { roles: 'admin', active: true };
    if (excludeId) filter._id = { $ne: toObjectId(excludeId) };
    return this.model.countDocuments(filter);
  }

  async list(filter: UserFilter, page: PageRequest): Promise<PageResult<UserRecord>> {
    const query: Record<string, unknown> = {};
    if (filter.role) query.roles = filter.role;
    if (filter.departmentId) query.departmentId = toObjectId(filter.departmentId) ?? null;
    if (filter.active !== undefined) query.active = filter.active;
    if (filter.q) {
      const pattern = { $regex: escapeRegex(filter.q), $options: 'i' };
      query.$or = [{ name: pattern }, { email: pattern }];
    }
    const [docs, total] = await Promise.all([
      this.model.find(query).sort({ createdAt: -1, _id: -1 }).skip(skipFor(page)).limit(page.pageSize).lean<UserDocument[]>(),
      this.model.countDocuments(query),
    ]);
    return { items: docs.map(toRecord), total };
  }
}
