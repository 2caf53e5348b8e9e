import { DomainError } from '@hr/workflow';
import { HIRING_REASONS, RequisitionDetails, URGENCIES } from './requisition';

const MONEY = /^\d{1,9}(\.\d{1,2})?$/;
export const MAX_HEADCOUNT = 1000;

/** The rules a requisition's details must meet whoever sends them (gateway, another service, a script). */
export function validateDetails(details: RequisitionDetails): RequisitionDetails {
  const fail = (field: string, rule: string, message: string) => {
    throw DomainError.invalid(field, rule, message);
  };
  if (!details.positionId) fail('positionId', 'required', 'a position is required');
  if (!details.departmentId) fail('departmentId', 'required', 'a department is required');
  if (!Number.isInteger(details.headcount) || details.headcount < 1 || details.headcount > MAX_HEADCOUNT) {
    fail('headcount', 'range', `headcount must be an integer from 1 to ${MAX_HEADCOUNT}`);
  }
  if (!HIRING_REASONS.includes(details.reason)) fail('reason', 'enum', `reason must be one of ${HIRING_REASONS.join(', ')}`);
  if (!URGENCIES.includes(details.urgency)) fail('urgency', 'enum', `urgency must be one of ${URGENCIES.join(', ')}`);
  const { min, max, currency } = details.salary;
  if (!MONEY.test(min)) fail('salary.min', 'decimal', 'salary.min must be a decimal amount');
  if (!MONEY.test(max)) fail('salary.max', 'decimal', 'salary.max must be a decimal amount');
  if (Number(min) > Number(max)) fail('salary.max', 'gte_min', 'salary.max must not be below salary.min');
  if (!/^[A-Z]{3}$/.test(currency)) fail('salary.currency', 'iso4217', 'currency must be a 3-letter ISO code');
  if (!details.workLocation.trim()) fail('workLocation', 'required', 'a work location is required');
  return { ...details, requirements: details.requirements.map((r) => r.trim()).filter(Boolean) };
}
