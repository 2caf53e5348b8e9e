import type { offerV1 } from '@hr/contracts';
import type { CreateOfferBody, PatchOfferBody, ProbationInput, SalaryInput } from './schemas/offer.schemas';

export interface ResolvedFacts {
  departmentName: string;
  reportingManager: { userId: string; name: string };
}

export function toProtoSalary(salary: SalaryInput): offerV1.Salary {
  return {
    currency: 'CNY',
    monthlyBase: salary.monthlyBase,
    monthsPerYear: salary.monthsPerYear,
    allowances: salary.allowances.map(({ name, amount }) => ({ name, amount })),
    bonus: salary.bonus,
  };
}

export function toProtoProbation(probation: ProbationInput): offerV1.Probation {
  return { months: probation.months, monthlySalary: probation.salary ?? '' };
}

/**
 * The CreateOffer terms: the service fills the candidate, requisition, position and department from
 * the application, so those go empty; the letter's language rides in `candidate.locale` ("" = default).
 */
export function toOfferTerms(body: CreateOfferBody, facts: ResolvedFacts): offerV1.OfferTerms {
  return {
    applicationId: body.applicationId,
    candidateId: '',
    requisitionId: '',
    candidate: { name: '', email: '', locale: body.candidateLocale ?? '' },
    positionId: '',
    positionTitle: '',
    departmentId: '',
    departmentName: facts.departmentName,
    grade: body.grade,
    salary: toProtoSalary(body.salary),
    probation: toProtoProbation(body.probation),
    startDate: body.startDate,
    workLocation: body.workLocation,
    contract: { type: body.contract.type, years: body.contract.years },
    reportingManager: facts.reportingManager,
    expiresAt: new Date(body.expiresAt),
    notes: body.notes ?? '',
  };
}

/** The stored terms with the patch laid over them; an object given (salary, contract …) replaces the stored one whole. */
export function mergeOfferTerms(current: offerV1.OfferTerms, patch: PatchOfferBody, facts: ResolvedFacts): offerV1.OfferTerms {
  const candidate = current.candidate ?? { name: '', email: '', locale: '' };
  return {
    ...current,
    candidate: { ...candidate, locale: patch.candidateLocale ?? candidate.locale },
    departmentName: facts.departmentName,
    grade: patch.grade ?? current.grade,
    salary: patch.salary ? toProtoSalary(patch.salary) : current.salary,
    probation: patch.probation ? toProtoProbation(patch.probation) : current.probation,
    startDate: patch.startDate ?? current.startDate,
    workLocation: patch.workLocation ?? current.workLocation,
    contract: patch.contract ?? current.contract,
    reportingManager: facts.reportingManager,
    expiresAt: patch.expiresAt ? new Date(patch.expiresAt) : current.expiresAt,
    notes: patch.notes ?? current.notes,
  };
}
