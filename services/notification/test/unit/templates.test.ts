import { DomainError } from '@hr/workflow';
import { LOCALES } from '../../src/domain/notification';
import { formatDate, formatDateTime } from '../../src/infra/templates/date-formatting';
import { TEMPLATES } from '../../src/infra/templates/template-catalog';
import { TemplateRenderer } from '../../src/infra/templates/template-renderer';

const renderer = new TemplateRenderer({ companyName: 'ACME 科技', timeZone: 'Asia/Shanghai' });
const startsAt = '2026-12-03T06:00:00Z';
const interview = {
  candidateName: 'Li Lei',
  positionTitle: 'Backend Engineer',
  round: 'second',
  startsAt,
  durationMinutes: 45,
  format: 'onsite',
  address: '1 Century Ave, Shanghai',
  room: 'Room 301',
  videoLink: 'https://meet.example.com/abc',
  phoneNumber: '+86 21 5555 0000',
  interviewerNames: ['Wang Fang', 'Zhao Min'],
  note: 'Bring your ID',
  contactName: 'Chen HR',
};
/** Every variable of every template, so each one is seen rendered. */
const FULL_VARIABLES: Record<string, Record<string, unknown>> = {
  'interview.invitation': { ...interview, confirmUrl: 'https://hr.example.com/confirm?t=1', declineUrl: 'https://hr.example.com/decline?t=1' },
  'interview.rescheduled': { ...interview, previousStartsAt: '2026-12-01T02:30:00Z', confirmUrl: 'https://hr.example.com/confirm?t=2', declineUrl: 'https://hr.example.com/decline?t=2' },
  'interview.cancelled': { ...interview, reason: 'The position was closed' },
  'interview.reminder': interview,
  'evaluation.requested': { candidateName: 'Li Lei', positionTitle: 'Backend Engineer', round: 'final', startsAt, evaluationUrl: 'https://hr.example.com/eval/1', dueAt: '2026-12-04T10:00:00Z' },
  'offer.letter': {
    letterSubject: 'Offer of employment – Backend Engineer',
    letterHtml: '<h1>Offer of Employment</h1>\n<p>Dear Han Meimei,</p>\n<p>We are pleased to offer you the position.</p>',
    letterText: 'OFFER OF EMPLOYMENT\n\nDear Han Meimei,\n\nWe are pleased to offer you the position.',
    expiresAt: startsAt,
    answerLinks: { accept: 'https://hr.example.com/offer/accept?t=1', decline: 'https://hr.example.com/offer/decline?t=1' },
  },
  generic: { title: 'Offer approved', message: 'The offer for Li Lei was approved.', actionUrl: 'https://hr.example.com/offers/1', actionLabel: 'Open the offer' },
};
/** Values each rendering must show (besides the dates, checked per language). */
const SHOWN: Record<string, string[]> = {
  'interview.invitation': ['Backend Engineer', 'Li Lei', 'Room 301', '1 Century Ave, Shanghai', 'https://meet.example.com/abc', '+86 21 5555 0000', 'Wang Fang', 'Zhao Min', 'Bring your ID', 'https://hr.example.com/confirm?t=1', 'https://hr.example.com/decline?t=1', 'Chen HR'],
  'interview.rescheduled': ['Backend Engineer', 'Room 301', 'https://hr.example.com/confirm?t=2', 'Bring your ID'],
  'interview.cancelled': ['Backend Engineer', 'The position was closed'],
  'interview.reminder': ['Backend Engineer', 'Room 301', 'Wang Fang'],
  'evaluation.requested': ['Li Lei', 'Backend Engineer', 'https://hr.example.com/eval/1'],
  'offer.letter': ['We are pleased to offer you the position.', 'https://hr.example.com/offer/accept?t=1', 'https://hr.example.com/offer/decline?t=1'],
  generic: ['The offer for Li Lei was approved.', 'https://hr.example.com/offers/1', 'Open the offer'],
};

const render = (templateKey: string, locale: 'zh-CN' | 'en', variables: Record<string, unknown>, recipientName = 'Han Meimei') =>
  renderer.render({ templateKey, eventType: 'test.thing.happened.v1', locale, recipientName, variables });

describe('date formatting in the company time zone', () => {
  it('reads naturally in each language', () => {
    expect(formatDateTime(new Date(startsAt), 'zh-CN', 'Asia/Shanghai')).toBe('2026年12月3日 14:00');
    expect(formatDateTime(new Date(startsAt), 'en', 'Asia/Shanghai')).toBe('3 Dec 2026, 14:00');
    expect(formatDateTime(new Date(startsAt), 'en', 'Europe/London')).toBe('3 Dec 2026, 06:00');
    expect(formatDate(new Date('2026-12-03T20:00:00Z'), 'zh-CN', 'Asia/Shanghai')).toBe('2026年12月4日');
  });

  it('refuses an unknown time zone when the renderer is made', () => {
    expect(() => new TemplateRenderer({ companyName: 'x', timeZone: 'Mars/Olympus' })).toThrow();
  });

  it("writes an interview's times in its own zone when the message names one", () => {
    const render = (timeZone?: string) =>
      renderer.render({ templateKey: 'interview.reminder', eventType: 'interview.interview.reminder-due.v1', locale: 'en', variables: interview, timeZone });
    expect(render().text).toContain('3 Dec 2026, 14:00 (Asia/Shanghai)');
    expect(render('Europe/London').text).toContain('3 Dec 2026, 06:00 (Europe/London)');
    expect(() => render('Mars/Olympus')).toThrow();
  });
});

describe('templates', () => {
  it('covers the interview, evaluation, offer letter and generic templates', () => {
    expect([...TEMPLATES.keys()].sort()).toEqual(Object.keys(FULL_VARIABLES).sort());
  });

  describe.each([...TEMPLATES.keys()])('%s', (key) => {
    it.each(LOCALES)('renders in %s with every variable', (locale) => {
      const out = render(key, locale, FULL_VARIABLES[key]);
      for (const part of [out.subject, out.text, out.html]) {
        expect(part).not.toMatch(/\{\{|\}\}|undefined|\[object/);
      }
      expect(out.subject).not.toMatch(/\n/);
      expect(out.subject.length).toBeGreaterThan(3);
      expect(out.text).toContain('Han Meimei');
      expect(out.text).toContain('ACME 科技');
      expect(out.plainBody).not.toContain('ACME 科技招聘系统自动发送');
      for (const value of SHOWN[key]) {
        expect(out.text).toContain(value);
        expect(out.html).toContain(value.replace(/=/g, '&#x3D;'));
      }
      if (key !== 'generic') expect(out.text).toContain(locale === 'zh-CN' ? '2026年12月' : 'Dec 2026');
      expect(out.html).toMatch(/^<!DOCTYPE html>/);
      expect(out.html).toContain(`lang="${locale}"`);
    });
  });

  it('writes each language in its own words', () => {
    const zh = render('interview.invitation', 'zh-CN', FULL_VARIABLES['interview.invitation']);
    const en = render('interview.invitation', 'en', FULL_VARIABLES['interview.invitation']);
    expect(zh.subject).toBe('面试邀请：Backend Engineer（2026年12月3日 14:00）');
    expect(zh.text).toContain('轮次：复试');
    expect(zh.text).toContain('形式：现场面试');
    expect(zh.text).toContain('面试官：Wang Fang、Zhao Min');
    expect(en.subject).toBe('Interview invitation: Backend Engineer (3 Dec 2026, 14:00)');
    expect(en.text).toContain('Round: second round');
    expect(en.text).toContain('Interviewers: Wang Fang, Zhao Min');
    expect(render('interview.rescheduled', 'en', FULL_VARIABLES['interview.rescheduled']).text).toContain('1 Dec 2026, 10:30');
    expect(render('interview.invitation', 'en', { ...FULL_VARIABLES['interview.invitation'], audience: 'interviewer' }).subject).toMatch(/^Interview scheduled/);
  });

  it('HTML-escapes user text in the HTML part and keeps it verbatim in the text part', () => {
    const hostile = '<script>alert("x")</script> & <b>bold</b>';
    const out = render('interview.invitation', 'en', { ...FULL_VARIABLES['interview.invitation'], positionTitle: hostile, note: hostile }, '<img src=x onerror=alert(1)>');
    expect(out.html).not.toContain('<script>');
    expect(out.html).not.toContain('<img');
    expect(out.html).not.toContain('<b>bold');
    expect(out.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(out.html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(out.text).toContain(hostile);
    expect(out.subject).toContain(hostile);
  });

  it('escapes links and refuses links that are not http(s)', () => {
    const out = render('generic', 'en', { message: 'm', actionUrl: 'https://x.example/?a=1&b="2"', actionLabel: '<i>go</i>' });
    expect(out.html).toContain('<a href="https://x.example/?a&#x3D;1&amp;b&#x3D;&quot;2&quot;">&lt;i&gt;go&lt;/i&gt;</a>');
    const error = captured(() => render('generic', 'en', { actionUrl: 'javascript:alert(1)' }));
    expect(error).toBeInstanceOf(DomainError);
    expect(error.violations[0].field).toBe('variables.actionUrl');
  });

  it('refuses variables that do not fit the template, naming them', () => {
    const { startsAt: _missing, ...rest } = interview;
    const error = captured(() => render('interview.reminder', 'zh-CN', { ...rest, round: 'fifth' }));
    expect(error.reason).toBe('TEMPLATE_VARIABLES_INVALID');
    expect(error.violations.map((v) => v.field).sort()).toEqual(['variables.round', 'variables.startsAt']);
  });

  it('falls back to the generic template for an event without its own, in words, not the event code', () => {
    const zh = render('no.such.template', 'zh-CN', {}, '');
    expect(zh.subject).toBe('ACME 科技招聘系统通知');
    expect(zh.text).toMatch(/^您好：\n\n您有一条新的通知，请登录招聘系统查看。/);
    expect(zh.text).not.toContain('test.thing.happened.v1');
    expect(render('no.such.template', 'en', {}).subject).toBe('Notification from ACME 科技 recruitment');
  });
});

function captured(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected an error');
}
