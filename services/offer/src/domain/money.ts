import type { Salary } from './offer';

/** Decimal CNY amounts travel as strings ("25000.00") and are added up as integer fen. */
const MONEY = /^\d{1,9}(\.\d{1,2})?$/;

export function isMoney(text: string): boolean {
  return MONEY.test(text);
}

export function toCents(text: string): number {
  if (!isMoney(text)) throw new Error(`not a decimal amount: ${text}`);
  const [yuan, fraction = ''] = text.split('.');
  return Number(yuan) * 100 + Number(fraction.padEnd(2, '0'));
}

export function fromCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** "25000" → "25000.00", so equal amounts compare equal. */
export function normalizeMoney(text: string): string {
  return fromCents(toCents(text));
}

export function monthlyAllowancesCents(salary: Salary): number {
  return salary.allowances.reduce((sum, allowance) => sum + toCents(allowance.amount), 0);
}

export function annualBaseCents(salary: Salary): number {
  return toCents(salary.monthlyBase) * salary.monthsPerYear;
}

/** Base × months per year + monthly allowances × 12 + bonus: what approval thresholds compare. */
export function annualCashCents(salary: Salary): number {
  return annualBaseCents(salary) + monthlyAllowancesCents(salary) * 12 + toCents(salary.bonus);
}
