import { DomainError } from '@hr/platform';
import { assertNameText } from '@hr/workflow';
import type { DepartmentFilter, DepartmentPatch, DepartmentRecord, DepartmentRepository, NewDepartment } from '../infra/department.repository';
import type { PageRequest, PageResult } from '../infra/repository-helpers';
import type { UserRepository } from '../infra/user.repository';

const MAX_DEPTH = 64;

export class DepartmentAdminService {
  constructor(
    private readonly departments: DepartmentRepository,
    private readonly users: UserRepository,
  ) {}

  async create(input: NewDepartment): Promise<DepartmentRecord> {
    assertNameText('name', input.name);
    await this.assertParent(undefined, input.parentId);
    await this.assertManager(input.managerUserId);
    return this.departments.create(input);
  }

  async get(id: string): Promise<DepartmentRecord> {
    const department = await this.departments.findById(id);
    if (!department) throw DomainError.notFound('DEPARTMENT_NOT_FOUND', id);
    return department;
  }

  list(filter: DepartmentFilter, page: PageRequest): Promise<PageResult<DepartmentRecord>> {
    return this.departments.list(filter, page);
  }

  async update(id: string, patch: DepartmentPatch): Promise<DepartmentRecord> {
    await this.get(id);
    assertNameText('name', patch.name);
    await this.assertParent(id, patch.parentId);
    await this.assertManager(patch.managerUserId);
    const updated = await this.departments.update(id, patch);
    if (!updated) throw DomainError.notFound('DEPARTMENT_NOT_FOUND', id);
    return updated;
  }

  /** The parent must exist and must not be the department itself or one of its descendants. */
  private async assertParent(id: string | undefined, parentId: string | null | undefined): Promise<void> {
    if (!parentId) return;
    let cursor: string | undefined = parentId;
    for (let depth = 0; cursor && depth < MAX_DEPTH; depth += 1) {
      if (cursor === id) throw DomainError.invalid('parentId', 'no_cycle');
      const node = await this.departments.findById(cursor);
      if (!node) {
        if (cursor === parentId) throw DomainError.invalid('parentId', 'exists', { id: parentId });
        return;
      }
      cursor = node.parentId;
    }
  }

  private async assertManager(userId: string | null | undefined): Promise<void> {
    if (!userId) return;
    const user = await this.users.findById(userId);
    if (!user?.active) throw DomainError.invalid('managerUserId', 'exists', { id: userId });
  }
}
