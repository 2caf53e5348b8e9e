import { DomainError, TextParams, ViolationRule, assertNameText } from '@hr/workflow';
import { HIRING_REASONS, RequisitionDetails, URGENCIES } from './requisition';

const MONEY = /^\d{1,9}(\.\d{1,2})?$/;
export const MAX_HEADCOUNT = 1000;

/** The rules a requisition's details must meet whoever sends them (gateway, another service, a script). */
export function validateDetails(details: RequisitionDetails): RequisitionDetails {
  const fail = (field: string, rule: ViolationRule, params?: TextParams) => {
    throw DomainError.invalid(field, rule, params);
  };
  if (!details.positionId) fail('positionId', 'required');
  if (!details.departmentId) fail('departmentId', 'required');
  if (!Number.isInteger(details.headcount) || details.headcount < 1 || details.headcount > MAX_HEADCOUNT) {
    fail('headcount', 'range', { min: 1, max: MAX_HEADCOUNT });
  }
  if (!HIRING_REASONS.includes(details.reason)) fail('reason', 'enum', { values: HIRING_REASONS });
  if (!URGENCIES.includes(details.urgency)) fail('urgency', 'enum', { values: URGENCIES });
  const { min, max, currency } = details.salary;
  if (!MONEY.test(min)) fail('salary.min', 'decimal');
  if (!MONEY.test(max)) fail('salary.max', 'decimal');
  if (Number(min) > Number(max)) fail('salary.max', 'gte_min', { min: 'salary.min' });
  if (!/^[A-Z]{3}$/.test(currency)) fail('salary.currency', 'iso4217');
  if (!details.workLocation.trim()) fail('workLocation', 'required');
  assertNameText('workLocation', details.workLocation);
  return { ...details, requirements: details.requirements.map((r) => r.trim()).filter(Boolean) };
}
