import type { ApprovalLevel } from '@hr/workflow';

/** The default chain: the head of the requesting department, then an HR manager. */
export const DEFAULT_APPROVAL_LEVELS: ApprovalLevel[] = [
  { key: 'department_head', role: 'dept_manager', sameDepartment: true },
  { key: 'hr_manager', role: 'hr_manager' },
];
