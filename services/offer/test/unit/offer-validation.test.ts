import { validateTerms } from '../../src/domain/offer-validation';
import { clock, errorOf, terms } from './offer-fixtures';

const fieldsOf = (fn: () => unknown) => errorOf(fn).violations.map((v) => `${v.field}:${v.rule}`);

describe('offer terms validation', () => {
  it('accepts valid terms, trimmed and with money normalised', () => {
    const valid = validateTerms(terms({ positionTitle: '  Java 开发工程师 ', notes: ' 欢迎 ' }), clock);
    expect(valid.positionTitle).toBe('Java 开发工程师');
    expect(valid.notes).toBe('欢迎');
    expect(valid.salary.monthlyBase).toBe('30000.00');
    expect(valid.salary.allowances).toEqual([{ name: '餐补', amount: '600.00' }, { name: '交通补贴', amount: '400.50' }]);
    expect(valid.probation.monthlySalary).toBe('24000.00');
  });

  it('reports every broken rule at once, by field name', () => {
    const error = errorOf(() =>
      validateTerms(terms({ applicationId: '', candidate: { name: ' ', email: 'nope', locale: 'fr' as never }, workLocation: '' }), clock),
    );
    expect(error).toMatchObject({ kind: 'invalid_argument', reason: 'VALIDATION_FAILED' });
    expect(error.violations.map((v) => v.field)).toEqual([
      'applicationId',
      'candidate.name',
      'candidate.email',
      'candidate.locale',
      'workLocation',
    ]);
  });

  it('checks the salary fields', () => {
    const salary = {
      currency: 'USD' as never,
      monthlyBase: '0',
      monthsPerYear: 11,
      allowances: [{ name: '餐补', amount: '1.234' }, { name: '餐补', amount: '100' }],
      bonus: '-5',
    };
    expect(fieldsOf(() => validateTerms(terms({ salary, probation: { months: 0, monthlySalary: '' } }), clock))).toEqual([
      'salary.currency:enum',
      'salary.monthlyBase:positive',
      'salary.monthsPerYear:range',
      'salary.allowances[0].amount:decimal',
      'salary.allowances[1].name:unique',
      'salary.bonus:decimal',
    ]);
  });

  it('treats an empty bonus as none', () => {
    expect(validateTerms(terms({ salary: { ...terms().salary, bonus: '' } }), clock).salary.bonus).toBe('0.00');
  });

  it('limits probation by the contract (劳动合同法 第十九条) and its pay to 80–100 % of base', () => {
    const twoYears = { type: 'fixed_term' as const, years: 2 };
    expect(fieldsOf(() => validateTerms(terms({ contract: twoYears }), clock))).toEqual(['probation.months:range']);
    expect(validateTerms(terms({ contract: twoYears, probation: { months: 2, monthlySalary: '24000' } }), clock).probation.months).toBe(2);
    expect(fieldsOf(() => validateTerms(terms({ probation: { months: 7, monthlySalary: '24000' } }), clock))).toEqual(['probation.months:range']);
    expect(fieldsOf(() => validateTerms(terms({ probation: { months: 3, monthlySalary: '23999.99' } }), clock))).toEqual([
      'probation.monthlySalary:min_percent',
    ]);
    expect(fieldsOf(() => validateTerms(terms({ probation: { months: 3, monthlySalary: '30000.01' } }), clock))).toEqual([
      'probation.monthlySalary:lte_base',
    ]);
    expect(fieldsOf(() => validateTerms(terms({ probation: { months: 0, monthlySalary: '100' } }), clock))).toEqual([
      'probation.monthlySalary:without_probation',
    ]);
    const internship = { type: 'internship' as const, years: 0 };
    expect(fieldsOf(() => validateTerms(terms({ contract: internship }), clock))).toEqual(['probation.months:range']);
  });

  it('checks the contract length against its type', () => {
    expect(fieldsOf(() => validateTerms(terms({ contract: { type: 'fixed_term', years: 11 } }), clock))).toContain('contract.years:range');
    expect(fieldsOf(() => validateTerms(terms({ contract: { type: 'open_ended', years: 3 } }), clock))).toEqual(['contract.years:zero']);
    expect(fieldsOf(() => validateTerms(terms({ contract: { type: 'permanent' as never, years: 0 } }), clock))).toContain('contract.type:enum');
    expect(validateTerms(terms({ contract: { type: 'open_ended', years: 0 } }), clock).contract.type).toBe('open_ended');
  });

  it('wants a real start date, not in the past in the company time zone', () => {
    expect(fieldsOf(() => validateTerms(terms({ startDate: '2026-02-30' }), clock))).toEqual(['startDate:date']);
    expect(fieldsOf(() => validateTerms(terms({ startDate: '2026-11-27' }), clock))).toEqual(['startDate:not_past']);
    // 2026-11-28T20:00Z is already 29 November in Shanghai: the 28th is past there.
    const evening = { ...clock, now: new Date('2026-11-28T20:00:00Z') };
    expect(fieldsOf(() => validateTerms(terms({ startDate: '2026-11-28', expiresAt: new Date('2026-11-28T21:00:00Z') }), evening))).toEqual([
      'startDate:not_past',
    ]);
  });

  it('wants an expiry in the future and no later than the start date', () => {
    expect(fieldsOf(() => validateTerms(terms({ expiresAt: clock.now }), clock))).toEqual(['expiresAt:future']);
    expect(fieldsOf(() => validateTerms(terms({ expiresAt: new Date('invalid') }), clock))).toEqual(['expiresAt:required']);
    expect(fieldsOf(() => validateTerms(terms({ expiresAt: new Date('2026-12-15T16:00:00Z') }), clock))).toEqual([
      'expiresAt:before_start',
    ]);
    expect(validateTerms(terms({ expiresAt: new Date('2026-12-15T15:59:59Z') }), clock).startDate).toBe('2026-12-15');
  });

  it('holds every name to the shared text rule: no control or text-direction characters', () => {
    const named = terms({ candidate: { ...terms().candidate, name: 'Alice\u202Efdp.exe' }, workLocation: '苏州\u0000园区' });
    expect(fieldsOf(() => validateTerms(named, clock))).toEqual(['candidate.name:pattern', 'workLocation:pattern']);
    expect(validateTerms(terms({ workLocation: "Saint-Étienne · 圣艾蒂安 (d'Ain)" }), clock).workLocation).toBe("Saint-Étienne · 圣艾蒂安 (d'Ain)");
  });

  it('bounds free text', () => {
    expect(fieldsOf(() => validateTerms(terms({ notes: 'x'.repeat(2001), grade: 'g'.repeat(21) }), clock))).toEqual([
      'grade:max_length',
      'notes:max_length',
    ]);
  });
});
