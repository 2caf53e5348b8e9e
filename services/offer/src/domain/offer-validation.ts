import { calendarDateOf, isCalendarDate } from './calendar-date';
import { LOCALES, OfferTerms } from './offer';
import { checkContract, checkProbation, checkSalary } from './salary-validation';
import { ViolationCollector } from './validation-collector';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface ValidationClock {
  now: Date;
  /** The company's time zone: "today" and the start date are calendar dates there. */
  timeZone: string;
}

function checkReferences(v: ViolationCollector, terms: OfferTerms): void {
  for (const field of ['applicationId', 'candidateId', 'requisitionId', 'positionId', 'departmentId'] as const) {
    v.check(terms[field].trim().length > 0, field, 'required');
  }
  v.text(terms.candidate.name, 'candidate.name', { required: true, max: 100, name: true });
  v.check(EMAIL.test(terms.candidate.email.trim()), 'candidate.email', 'email');
  v.check(LOCALES.includes(terms.candidate.locale), 'candidate.locale', 'enum', { values: LOCALES });
  v.text(terms.positionTitle, 'positionTitle', { required: true, max: 120, name: true });
  v.text(terms.departmentName, 'departmentName', { required: true, max: 120, name: true });
  v.text(terms.grade, 'grade', { max: 20, name: true });
  v.text(terms.workLocation, 'workLocation', { required: true, max: 100, name: true });
  v.text(terms.reportingManager.name, 'reportingManager.name', { required: true, max: 100, name: true });
  v.text(terms.notes, 'notes', { max: 2000 });
}

function checkDates(v: ViolationCollector, terms: OfferTerms, clock: ValidationClock): void {
  const today = calendarDateOf(clock.now, clock.timeZone);
  const startOk =
    v.check(isCalendarDate(terms.startDate), 'startDate', 'date') &&
    v.check(terms.startDate >= today, 'startDate', 'not_past');
  const expiresAt = terms.expiresAt;
  const expiryOk =
    v.check(expiresAt instanceof Date && !Number.isNaN(expiresAt.getTime()), 'expiresAt', 'required') &&
    v.check(expiresAt.getTime() > clock.now.getTime(), 'expiresAt', 'future');
  if (startOk && expiryOk) {
    // The candidate answers before the first working day, never after it.
    v.check(calendarDateOf(expiresAt, clock.timeZone) <= terms.startDate, 'expiresAt', 'before_start');
  }
}

/** Every rule an offer's terms must meet, whoever sends them; returns them trimmed and normalised. */
export function validateTerms(terms: OfferTerms, clock: ValidationClock): OfferTerms {
  const v = new ViolationCollector();
  checkReferences(v, terms);
  const salary = checkSalary(v, terms.salary);
  checkContract(v, terms.contract);
  const probation = checkProbation(v, terms.probation, terms.salary, terms.contract);
  checkDates(v, terms, clock);
  v.throwIfAny();
  return {
    ...terms,
    candidate: { ...terms.candidate, name: terms.candidate.name.trim(), email: terms.candidate.email.trim() },
    positionTitle: terms.positionTitle.trim(),
    departmentName: terms.departmentName.trim(),
    grade: terms.grade.trim(),
    workLocation: terms.workLocation.trim(),
    reportingManager: { ...terms.reportingManager, name: terms.reportingManager.name.trim() },
    notes: terms.notes.trim(),
    salary,
    probation,
  };
}
