import type { Principal } from '@hr/workflow';
import type { RequisitionDetails } from '../../src/domain/requisition';

export const NOW = new Date('2026-11-28T02:00:00Z');

export const salesManager: Principal = { userId: 'u-sales-mgr', roles: ['dept_manager'], departmentId: 'sales', name: '王经理' };
export const techManager: Principal = { userId: 'u-tech-mgr', roles: ['dept_manager'], departmentId: 'tech' };
export const hrManager: Principal = { userId: 'u-hrm', roles: ['hr_manager'], name: '李娜' };
export const recruiter: Principal = { userId: 'u-hr', roles: ['hr'] };
export const interviewer: Principal = { userId: 'u-int', roles: ['interviewer'], departmentId: 'sales' };

export function details(overrides: Partial<RequisitionDetails> = {}): RequisitionDetails {
  return {
    positionId: 'p-1',
    positionTitle: '销售代表',
    departmentId: 'sales',
    headcount: 2,
    reason: 'expansion',
    reasonNote: '华东区扩张',
    requirements: ['大专以上学历', ' 两年销售经验 ', ''],
    salary: { min: '8000', max: '12000.50', currency: 'CNY' },
    workLocation: '上海市浦东新区',
    desiredStartDate: new Date('2027-01-04T00:00:00Z'),
    urgency: 'high',
    ...overrides,
  };
}
