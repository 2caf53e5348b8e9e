import type { ApprovalLevel, ApprovalSubject } from '@hr/workflow';
import { annualCashCents, toCents } from './money';
import type { OfferTerms } from './offer';

/** Facts a conditional level can test (`when: { fact, above }`), in yuan. */
export const APPROVAL_FACTS = ['annualCash', 'monthlyBase'] as const;

/**
 * HR manager → head of the offer's department → general manager. With a threshold, the general
 * manager only sees offers whose annual cash (base × months + allowances × 12 + bonus) is above it.
 */
export function defaultApprovalLevels(generalManagerAbove?: number): ApprovalLevel[] {
  const generalManager: ApprovalLevel = { key: 'general_manager', role: 'general_manager' };
  if (generalManagerAbove !== undefined) generalManager.when = { fact: 'annualCash', above: generalManagerAbove };
  return [
    { key: 'hr_manager', role: 'hr_manager' },
    { key: 'department_head', role: 'dept_manager', sameDepartment: true },
    generalManager,
  ];
}

export function approvalSubject(terms: Pick<OfferTerms, 'departmentId' | 'salary'>): ApprovalSubject {
  return {
    departmentId: terms.departmentId,
    facts: { annualCash: annualCashCents(terms.salary) / 100, monthlyBase: toCents(terms.salary.monthlyBase) / 100 },
  };
}
