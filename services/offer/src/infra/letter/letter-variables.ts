import { annualBaseCents, annualCashCents, monthlyAllowancesCents, toCents } from '../../domain/money';
import type { Locale, OfferTerms } from '../../domain/offer';
import {
  contractTypeLabel,
  describeContract,
  formatCalendarDate,
  formatCents,
  formatDateOf,
  formatInstant,
  formatMoney,
} from './letter-formatting';

export interface LetterContext {
  locale: Locale;
  companyName: string;
  timeZone: string;
  /** The offer's number, e.g. OFF-2026-00012 ("" in previews of a draft). */
  offerNumber: string;
  issuedAt: Date;
  links: { accept: string; decline: string };
}

/**
 * Everything a template may use, already formatted for the language. Templates run in strict mode:
 * a name not listed here fails the save (and the preview), never a letter going out.
 */
export function letterVariables(terms: OfferTerms, context: LetterContext) {
  const { locale } = context;
  const money = (text: string) => formatMoney(text, locale);
  const { salary, probation } = terms;
  return {
    company: { name: context.companyName },
    offer: { number: context.offerNumber },
    candidate: { name: terms.candidate.name },
    position: { title: terms.positionTitle },
    department: { name: terms.departmentName },
    grade: terms.grade,
    salary: {
      currency: salary.currency,
      monthlyBase: money(salary.monthlyBase),
      monthsPerYear: salary.monthsPerYear,
      annualBase: formatCents(annualBaseCents(salary), locale),
      allowances: salary.allowances.map((a) => ({ name: a.name, amount: money(a.amount) })),
      allowancesTotal: formatCents(monthlyAllowancesCents(salary), locale),
      hasAllowances: salary.allowances.length > 0,
      bonus: money(salary.bonus),
      hasBonus: toCents(salary.bonus) > 0,
      annualCash: formatCents(annualCashCents(salary), locale),
    },
    probation: {
      months: probation.months,
      monthlySalary: probation.monthlySalary ? money(probation.monthlySalary) : '',
      hasProbation: probation.months > 0,
    },
    startDate: formatCalendarDate(terms.startDate, locale),
    expiresAt: formatInstant(terms.expiresAt, locale, context.timeZone),
    issuedOn: formatDateOf(context.issuedAt, locale, context.timeZone),
    workLocation: terms.workLocation,
    contract: {
      type: contractTypeLabel(terms.contract, locale),
      years: terms.contract.years,
      description: describeContract(terms.contract, locale),
    },
    reportingManager: { name: terms.reportingManager.name },
    notes: terms.notes,
    links: context.links,
  };
}

export type LetterVariables = ReturnType<typeof letterVariables>;
