import { isMoney, normalizeMoney, toCents } from './money';
import { CONTRACT_TYPES, Contract, Probation, Salary } from './offer';
import type { ViolationCollector } from './validation-collector';

export const MONTHS_PER_YEAR = { min: 12, max: 18 } as const;
export const MAX_ALLOWANCES = 20;
export const MAX_CONTRACT_YEARS = 10;
/** 劳动合同法 第二十条: probation pay is at least 80 % of the agreed wage. */
export const MIN_PROBATION_PAY_PERCENT = 80;

function money(v: ViolationCollector, value: string, field: string, options: { positive?: boolean } = {}): boolean {
  if (!v.check(isMoney(value), field, 'decimal')) return false;
  return !options.positive || v.check(toCents(value) > 0, field, 'positive');
}

export function checkSalary(v: ViolationCollector, salary: Salary): Salary {
  v.check(salary.currency === 'CNY', 'salary.currency', 'enum', { values: ['CNY'] });
  const baseOk = money(v, salary.monthlyBase, 'salary.monthlyBase', { positive: true });
  const { min, max } = MONTHS_PER_YEAR;
  v.check(
    Number.isInteger(salary.monthsPerYear) && salary.monthsPerYear >= min && salary.monthsPerYear <= max,
    'salary.monthsPerYear',
    'range',
    { min, max },
  );
  v.check(salary.allowances.length <= MAX_ALLOWANCES, 'salary.allowances', 'max_items', { max: MAX_ALLOWANCES });
  const names = new Set<string>();
  salary.allowances.forEach((allowance, i) => {
    const field = `salary.allowances[${i}]`;
    v.text(allowance.name, `${field}.name`, { required: true, max: 50, name: true });
    v.check(!names.has(allowance.name.trim()), `${field}.name`, 'unique');
    names.add(allowance.name.trim());
    money(v, allowance.amount, `${field}.amount`, { positive: true });
  });
  const bonusOk = money(v, salary.bonus || '0', 'salary.bonus');
  return {
    currency: 'CNY',
    monthlyBase: baseOk ? normalizeMoney(salary.monthlyBase) : salary.monthlyBase,
    monthsPerYear: salary.monthsPerYear,
    allowances: salary.allowances.map((a) => ({ name: a.name.trim(), amount: isMoney(a.amount) ? normalizeMoney(a.amount) : a.amount })),
    bonus: bonusOk ? normalizeMoney(salary.bonus || '0') : salary.bonus,
  };
}

export function checkContract(v: ViolationCollector, contract: Contract): void {
  if (!v.check(CONTRACT_TYPES.includes(contract.type), 'contract.type', 'enum', { values: CONTRACT_TYPES })) {
    return;
  }
  if (contract.type === 'fixed_term') {
    v.check(
      Number.isInteger(contract.years) && contract.years >= 1 && contract.years <= MAX_CONTRACT_YEARS,
      'contract.years',
      'range',
      { min: 1, max: MAX_CONTRACT_YEARS },
    );
  } else {
    v.check(contract.years === 0, 'contract.years', 'zero');
  }
}

/** 劳动合同法 第十九条: 1–3 years allow 2 months of probation, 3+ years or open-ended 6; internships none. */
export function maxProbationMonths(contract: Contract): number {
  if (contract.type === 'internship') return 0;
  if (contract.type === 'fixed_term' && contract.years < 3) return 2;
  return 6;
}

export function checkProbation(v: ViolationCollector, probation: Probation, salary: Salary, contract: Contract): Probation {
  const max = maxProbationMonths(contract);
  const monthsOk = v.check(
    Number.isInteger(probation.months) && probation.months >= 0 && probation.months <= max,
    'probation.months',
    'range',
    { min: 0, max },
  );
  if (!monthsOk || probation.months === 0) {
    v.check(!probation.monthlySalary || probation.months > 0, 'probation.monthlySalary', 'without_probation');
    return { months: probation.months, monthlySalary: '' };
  }
  if (!money(v, probation.monthlySalary, 'probation.monthlySalary', { positive: true })) return probation;
  if (isMoney(salary.monthlyBase)) {
    const pay = toCents(probation.monthlySalary);
    const base = toCents(salary.monthlyBase);
    v.check(pay * 100 >= base * MIN_PROBATION_PAY_PERCENT, 'probation.monthlySalary', 'min_percent', { percent: MIN_PROBATION_PAY_PERCENT });
    v.check(pay <= base, 'probation.monthlySalary', 'lte_base');
  }
  return { months: probation.months, monthlySalary: normalizeMoney(probation.monthlySalary) };
}
