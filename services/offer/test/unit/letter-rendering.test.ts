import { DomainError } from '@hr/workflow';
import { DEFAULT_TEMPLATES } from '../../src/infra/letter/default-templates';
import type { LetterRequest } from '../../src/app/ports';
import { LetterComposer } from '../../src/infra/letter/letter-composer';
import { renderLetter } from '../../src/infra/letter/letter-renderer';
import { letterVariables } from '../../src/infra/letter/letter-variables';
import type { PdfFont } from '../../src/infra/letter/pdf-font';
import { NOW, errorOf, terms } from './offer-fixtures';

const links = { accept: 'https://hr.example.com/public/v1/offer-responses/abc_DEF-1.sig_2', decline: 'https://hr.example.com/public/v1/offer-responses/xyz' };
const context = { locale: 'zh-CN' as const, companyName: '示例科技', timeZone: 'Asia/Shanghai', offerNumber: 'OFF-2026-00007', issuedAt: NOW, links };
const withNotes = terms({ notes: '请携带身份证原件' });

/** Every leaf of the variables tree as a handlebars path, arrays as an #each block. */
function everyVariable(value: unknown, path: string[] = []): string[] {
  if (Array.isArray(value)) {
    const inner = value.length ? everyVariable(value[0]).map((p) => `{{${p}}}`).join(' ') : '';
    return [`#each ${path.join('.')}:${inner}`];
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => everyVariable(v, [...path, k]));
  return [path.join('.')];
}

function templateOf(paths: string[]): string {
  return paths
    .map((p) => {
      if (!p.startsWith('#each ')) return `${p}=[{{${p}}}]`;
      const [head, inner] = p.slice(6).split(':');
      return `${head}=[{{#each ${head}}}${inner};{{/each}}]`;
    })
    .join('\n\n');
}

describe('offer letter rendering', () => {
  const variables = letterVariables(withNotes, context);

  it('renders every variable, formatted for zh-CN (¥, zh-CN grouping, 年月日, company time zone)', () => {
    const paths = everyVariable(variables);
    expect(paths.length).toBeGreaterThanOrEqual(30);
    const { text } = renderLetter({ subject: '{{candidate.name}}', body: templateOf(paths) }, variables, 'zh-CN');
    const expected: Record<string, string> = {
      'company.name': '示例科技',
      'offer.number': 'OFF-2026-00007',
      'candidate.name': '张三',
      'position.title': 'Java 开发工程师',
      'department.name': '技术部',
      grade: 'P6',
      'salary.currency': 'CNY',
      'salary.monthlyBase': '¥30,000.00',
      'salary.monthsPerYear': '13',
      'salary.annualBase': '¥390,000.00',
      'salary.allowances': '餐补 ¥600.00;交通补贴 ¥400.50;',
      'salary.allowancesTotal': '¥1,000.50',
      'salary.hasAllowances': 'true',
      'salary.bonus': '¥49,994.00',
      'salary.hasBonus': 'true',
      'salary.annualCash': '¥452,000.00',
      'probation.months': '3',
      'probation.monthlySalary': '¥24,000.00',
      'probation.hasProbation': 'true',
      startDate: '2026年12月15日',
      expiresAt: '2026年12月5日 18:00',
      issuedOn: '2026年11月28日',
      workLocation: '上海',
      'contract.type': '固定期限',
      'contract.years': '3',
      'contract.description': '3年固定期限劳动合同',
      'reportingManager.name': '李四',
      notes: '请携带身份证原件',
      'links.accept': links.accept,
      'links.decline': links.decline,
    };
    expect(paths.map((p) => (p.startsWith('#each ') ? p.slice(6).split(':')[0] : p)).sort()).toEqual(Object.keys(expected).sort());
    for (const [path, value] of Object.entries(expected)) expect(text).toContain(`${path}=[${value}]`);
  });

  it('formats amounts and dates for English letters', () => {
    const en = letterVariables(terms({ contract: { type: 'open_ended', years: 0 } }), { ...context, locale: 'en' });
    expect(en.salary.monthlyBase).toBe('CNY 30,000.00');
    expect(en.startDate).toBe('15 December 2026');
    expect(en.expiresAt).toBe('5 December 2026, 18:00');
    expect(en.contract.description).toBe('open-ended employment contract');
  });

  it('refuses unknown variables and broken syntax, naming the field', () => {
    const unknown = errorOf(() => renderLetter({ subject: 'x', body: 'Dear {{candidate.fullName}}' }, variables, 'zh-CN'));
    expect(unknown).toMatchObject({ kind: 'invalid_argument', violations: [expect.objectContaining({ field: 'body', rule: 'unknown_variable' })] });
    const syntax = errorOf(() => renderLetter({ subject: 'x', body: '{{#if notes}' }, variables, 'zh-CN'));
    expect(syntax.violations[0]).toMatchObject({ field: 'body', rule: 'syntax' });
    const subject = errorOf(() => renderLetter({ subject: '{{salary.total}}', body: 'x' }, variables, 'zh-CN'));
    expect(subject.violations[0]).toMatchObject({ field: 'subject', rule: 'unknown_variable' });
    const helper = errorOf(() => renderLetter({ subject: 'x', body: '{{lookupUser 1}}' }, variables, 'zh-CN'));
    expect(helper.violations[0].rule).toBe('unknown_variable');
  });

  it('keeps a candidate’s text from becoming markup, and the links intact', () => {
    const hostile = letterVariables(terms({ candidate: { name: "<b>O'Brien</b> *x* [a](b)", email: 'o@example.com', locale: 'en' } }), context);
    const letter = renderLetter({ subject: 'Offer for {{candidate.name}}', body: 'Dear {{candidate.name}}\n\n[accept]({{links.accept}})' }, hostile, 'en');
    expect(letter.html).not.toContain('<b>');
    expect(letter.html).toContain('&lt;b&gt;O&#39;Brien&lt;/b&gt; *x* [a](b)');
    expect(letter.html).toContain(`href="${links.accept}"`);
    expect(letter.text).toContain("Dear <b>O'Brien</b> *x* [a](b)");
    expect(letter.text).toContain(`accept (${links.accept})`);
    expect(letter.subject).toBe("Offer for <b>O'Brien</b> *x* [a](b)");
  });
});

describe('default templates', () => {
  const composer = new LetterComposer({ companyName: '示例科技', timeZone: 'Asia/Shanghai', font: {} as PdfFont });

  it.each(['zh-CN', 'en'] as const)('%s passes the strict check and renders a terms table with the links', (locale) => {
    expect(() => composer.check(DEFAULT_TEMPLATES[locale], locale, NOW)).not.toThrow();
    const request: LetterRequest = { content: DEFAULT_TEMPLATES[locale], terms: withNotes, locale, offerNumber: 'OFF-1', issuedAt: NOW, links };
    const letter = composer.render(request);
    expect(letter.html).toMatch(/<table>[\s\S]*<\/table>/);
    expect(letter.html).toContain(`<a href="${links.accept}">`);
    const base = locale === 'zh-CN' ? '¥30,000.00' : 'CNY 30,000.00';
    for (const part of ['张三', base, links.decline, '请携带身份证原件']) expect(letter.text).toContain(part);
    expect(letter.subject).toContain('Java 开发工程师');
  });

  it('leaves out the optional rows when there is no bonus, allowance, probation or note', () => {
    const bare = terms({
      salary: { currency: 'CNY', monthlyBase: '8000', monthsPerYear: 12, allowances: [], bonus: '0' },
      probation: { months: 0, monthlySalary: '' },
      grade: '',
    });
    const letter = composer.render({ content: DEFAULT_TEMPLATES['zh-CN'], terms: bare, locale: 'zh-CN', offerNumber: '', issuedAt: NOW, links });
    expect(letter.text).not.toMatch(/年度目标奖金|试用期 \||职级/);
    expect(letter.text).toContain('¥96,000.00');
  });

  it('checks a template against both samples, so a typo in an else branch is found', () => {
    const content = { subject: 'x', body: '{{#if notes}}{{notes}}{{else}}{{nots}}{{/if}}' };
    expect(() => composer.check(content, 'zh-CN', NOW)).toThrow(DomainError);
  });
});
