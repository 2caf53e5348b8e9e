import { DomainError } from '@hr/platform';
import { assertNameText } from '@hr/workflow';
import type { DepartmentRepository } from '../infra/department.repository';
import type { PageRequest, PageResult } from '../infra/repository-helpers';
import type { NewUser, UserFilter, UserPatch, UserRecord, UserRepository } from '../infra/user.repository';
import type { AuthService } from './auth.service';
import { hashPassword } from './password-hasher';

export type CreateUserInput = Omit<NewUser, 'passwordHash'> & { password: string };

export class UserAdminService {
  constructor(
    private readonly users: UserRepository,
    private readonly departments: DepartmentRepository,
    private readonly auth: AuthService,
  ) {}

  async create(input: CreateUserInput): Promise<UserRecord> {
    const { password, ...rest } = input;
    assertNameText('name', input.name);
    await this.assertDepartment(input.departmentId);
    return this.users.create({ ...rest, passwordHash: await hashPassword(password) });
  }

  async get(id: string): Promise<UserRecord> {
    const user = await this.users.findById(id);
    if (!user) throw DomainError.notFound('USER_NOT_FOUND', id);
    return user;
  }

  list(filter: UserFilter, page: PageRequest): Promise<PageResult<UserRecord>> {
    return this.users.list(filter, page);
  }

  async update(id: string, patch: UserPatch): Promise<UserRecord> {
    const current = await this.get(id);
    assertNameText('name', patch.name);
    await this.assertDepartment(patch.departmentId);
    const losesAdmin =
      current.roles.includes('admin') &&
      current.active &&
      (patch.active === false || (patch.roles !== undefined && !patch.roles.includes('admin')));
    if (losesAdmin && (await this.users.countActiveAdmins(id)) === 0) {
      throw DomainError.conflict('LAST_ADMIN', 'the last active administrator cannot lose the admin role or be deactivated');
    }
    const updated = await this.users.update(id, patch);
    if (!updated) throw DomainError.notFound('USER_NOT_FOUND', id);
    if (patch.active === false) await this.auth.endAllSessions(id, 'user_deactivated');
    this.auth.forgetUser(id);
    return updated;
  }

  async resetPassword(id: string, password: string): Promise<void> {
    await this.get(id);
    await this.users.setPasswordHash(id, await hashPassword(password));
    await this.auth.endAllSessions(id, 'password_reset');
  }

  private async assertDepartment(departmentId: string | null | undefined): Promise<void> {
    if (!departmentId) return;
    if (!(await this.departments.findById(departmentId))) {
      throw DomainError.invalid('departmentId', 'exists', { id: departmentId });
    }
  }
}
