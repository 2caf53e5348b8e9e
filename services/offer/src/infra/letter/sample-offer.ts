import type { Locale, OfferTerms } from '../../domain/offer';

const SAMPLE_NAMES: Record<Locale, { candidate: string; position: string; department: string; manager: string; location: string }> = {
  'zh-CN': { candidate: '张三', position: '高级软件工程师', department: '技术部', manager: '李四', location: '上海' },
  en: { candidate: 'Alex Chen', position: 'Senior Software Engineer', department: 'Engineering', manager: 'Li Si', location: 'Shanghai' },
};

/**
 * Terms for previews without an offer and for checking a template before it is saved. `full` fills
 * every optional part (allowances, bonus, probation, notes) so that every branch of a template runs.
 */
export function sampleTerms(locale: Locale, now: Date, full = true): OfferTerms {
  const names = SAMPLE_NAMES[locale];
  const start = new Date(now.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  return {
    applicationId: 'sample',
    candidateId: 'sample',
    requisitionId: 'sample',
    candidate: { name: names.candidate, email: 'candidate@example.com', locale },
    positionId: 'sample',
    positionTitle: names.position,
    departmentId: 'sample',
    departmentName: names.department,
    grade: full ? 'P6' : '',
    salary: {
      currency: 'CNY',
      monthlyBase: '30000.00',
      monthsPerYear: 13,
      allowances: full ? [{ name: locale === 'zh-CN' ? '餐补' : 'Meals', amount: '600.00' }] : [],
      bonus: full ? '50000.00' : '0.00',
    },
    probation: full ? { months: 3, monthlySalary: '24000.00' } : { months: 0, monthlySalary: '' },
    startDate: start,
    workLocation: names.location,
    contract: full ? { type: 'fixed_term', years: 3 } : { type: 'open_ended', years: 0 },
    reportingManager: { name: names.manager },
    expiresAt: new Date(now.getTime() + 7 * 86_400_000),
    notes: full ? (locale === 'zh-CN' ? '入职当天请携带身份证原件。' : 'Please bring your ID on your first day.') : '',
  };
}
