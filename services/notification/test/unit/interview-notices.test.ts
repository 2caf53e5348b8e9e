import { DomainError } from '@hr/workflow';
import { calendarMethod } from '../../src/domain/calendar-method';
import { assertMayReadDeliveryLog } from '../../src/domain/delivery-log-access';
import { candidateRecipient, interviewerRecipients } from '../../src/events/interview-recipients';
import { interviewDetailsFor, unsafeLinks } from '../../src/events/interview-variables.mapper';
import { invitationAttachments } from '../../src/events/invitation-attachment';
import { candidateResponseText } from '../../src/infra/templates/candidate-response.texts';
import { TemplateRenderer } from '../../src/infra/templates/template-renderer';
import { aSnapshot, anIcs } from '../fixtures/interview-fixtures';

const renderer = new TemplateRenderer({ companyName: 'ACME', timeZone: 'Asia/Shanghai' });
const EXTRA: Record<string, Record<string, unknown>> = {
  'interview.invitation': { confirmUrl: 'https://hr.example.com/c' },
  'interview.rescheduled': { previousStartsAt: '2026-03-04T06:00:00.000Z' },
  'interview.cancelled': { reason: 'filled' },
  'interview.reminder': {},
};

describe('interview snapshot → template variables', () => {
  it.each(Object.keys(EXTRA))('fits %s for both audiences in both languages', (templateKey) => {
    for (const audience of ['candidate', 'interviewer'] as const) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const variables = { ...interviewDetailsFor(aSnapshot(), audience), ...EXTRA[templateKey] };
        expect(() => renderer.render({ templateKey, eventType: 'x.y.z.v1', locale, variables })).not.toThrow();
      }
    }
  });

  it('gives the candidate the note and the interviewers the candidate, and nothing the templates do not know', () => {
    const snapshot = { ...aSnapshot(), salary: 'secret', candidatePhone: '+86 138 0000 0000' };
    const candidate = interviewDetailsFor(snapshot, 'candidate');
    const interviewer = interviewDetailsFor(snapshot, 'interviewer');
    expect(candidate).toMatchObject({ audience: 'candidate', note: 'Please bring your ID card.', videoLink: 'https://meet.example.com/abc', interviewerNames: ['王芳', 'Bob Stone'], contactName: 'Chen HR' });
    expect(candidate).not.toHaveProperty('candidateName');
    expect(interviewer).toMatchObject({ audience: 'interviewer', candidateName: 'Ann Lee' });
    expect(interviewer).not.toHaveProperty('note');
    expect(JSON.stringify([candidate, interviewer])).not.toMatch(/secret|138 0000|interviewId|sequence|timeZone/);
  });

  it('shows only the place that fits the format, and never a link that is not http(s)', () => {
    const everything = { address: '1 Century Ave', room: '301', link: 'https://meet.example.com/x', number: '+86 21 5555 0000' };
    expect(interviewDetailsFor(aSnapshot({ format: { kind: 'onsite', ...everything } }), 'candidate')).toMatchObject({ address: '1 Century Ave', room: '301' });
    expect(interviewDetailsFor(aSnapshot({ format: { kind: 'onsite', ...everything } }), 'candidate')).not.toHaveProperty('videoLink');
    expect(interviewDetailsFor(aSnapshot({ format: { kind: 'phone', ...everything } }), 'candidate')).toMatchObject({ phoneNumber: '+86 21 5555 0000' });
    expect(interviewDetailsFor(aSnapshot({ format: { kind: 'phone', ...everything } }), 'candidate')).not.toHaveProperty('address');
    const unsafe = aSnapshot({ format: { kind: 'video', link: 'javascript:alert(1)' } });
    expect(interviewDetailsFor(unsafe, 'candidate')).not.toHaveProperty('videoLink');
    expect(unsafeLinks({ videoLink: 'javascript:alert(1)', confirmUrl: 'https://ok.example', declineUrl: undefined })).toEqual(['videoLink']);
  });

  it('leaves blank text out and clips long text to what the templates take', () => {
    const variables = interviewDetailsFor(aSnapshot({ noteToCandidate: '   ', contact: { name: ' ', locale: 'en' } }), 'candidate');
    expect(variables).not.toHaveProperty('note');
    expect(variables).not.toHaveProperty('contactName');
    expect(interviewDetailsFor(aSnapshot({ noteToCandidate: 'x'.repeat(5000) }), 'candidate').note).toHaveLength(2000);
  });
});

describe('recipients', () => {
  it('mails the candidate only, and counts one without an address as unreachable', () => {
    expect(candidateRecipient({ name: 'Ann', email: 'ann@example.com', locale: 'en', userId: 'u-x' }, { a: 1 })).toEqual({
      recipients: [{ email: 'ann@example.com', name: 'Ann', locale: 'en', channels: ['email'], variables: { a: 1 } }],
      unreachable: 0,
    });
    expect(candidateRecipient({ name: 'Ann', email: ' ', locale: 'en' }, {})).toEqual({ recipients: [], unreachable: 1 });
  });

  it('reaches each interviewer on every channel they have', () => {
    const result = interviewerRecipients(
      [
        { userId: 'u1', name: 'A', email: 'a@example.com', locale: 'zh-CN' },
        { userId: 'u2', name: 'B', locale: 'en' },
        { name: 'C', email: 'c@example.com', locale: 'en' },
        { name: 'D', locale: 'en' },
      ],
      {},
    );
    expect(result.recipients.map((r) => r.channels)).toEqual([['email', 'inbox'], ['inbox'], ['email']]);
    expect(result.unreachable).toBe(1);
  });
});

describe('the invitation attachments', () => {
  it('are invite.ics labelled with the method inside the calendar: the candidate gets theirs, the interviewers the panel\'s', () => {
    const [ics, interviewerIcs] = [anIcs(aSnapshot(), 'CANCEL', 'candidate'), anIcs(aSnapshot(), 'CANCEL', 'interviewers')];
    expect(invitationAttachments({ ics, interviewerIcs, method: 'CANCEL' })).toEqual({
      candidate: { filename: 'invite.ics', contentType: 'text/calendar; method=CANCEL', content: ics },
      interviewers: { filename: 'invite.ics', contentType: 'text/calendar; method=CANCEL', content: interviewerIcs },
    });
  });

  it('give everyone the one calendar of an event published before the interviewers had their own', () => {
    const ics = anIcs(aSnapshot(), 'REQUEST', 'candidate');
    const { candidate, interviewers } = invitationAttachments({ ics, method: 'REQUEST' });
    expect([candidate.content, interviewers.content]).toEqual([ics, ics]);
  });

  it('refuse an event whose calendars say another method', () => {
    const request = anIcs(aSnapshot(), 'REQUEST', 'candidate');
    const cancel = anIcs(aSnapshot(), 'CANCEL', 'interviewers');
    for (const invitation of [{ ics: request, interviewerIcs: cancel }, { ics: cancel, interviewerIcs: request }]) {
      expect(() => invitationAttachments({ ...invitation, method: 'CANCEL' })).toThrow(expect.objectContaining({ reason: 'INVITATION_METHOD_MISMATCH' }));
    }
  });

  it('reads METHOD as RFC 5545 writes it', () => {
    expect(calendarMethod('BEGIN:VCALENDAR\nmethod:request\nEND:VCALENDAR')).toBe('REQUEST');
    expect(calendarMethod('BEGIN:VCALENDAR\r\nMETHOD:CAN\r\n CEL\r\nEND:VCALENDAR\r\n')).toBe('CANCEL');
    expect(calendarMethod('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n')).toBeUndefined();
    expect(calendarMethod('BEGIN:VCALENDAR\r\nMETHOD:<script>\r\nEND:VCALENDAR\r\n')).toBeUndefined();
  });
});

describe("the HR's notice of a candidate's answer", () => {
  const digest = { interviewId: 'i1', sequence: 0, candidateName: '李雷', positionTitle: '销售代表', round: 'second', startsAt: new Date('2026-03-05T06:00:00Z') };

  it('names the interview when it is known, in either language', () => {
    expect(candidateResponseText('zh-CN', 'Asia/Shanghai', { response: 'confirmed', interviewId: 'i1' }, digest)).toEqual({
      title: '候选人已确认参加面试',
      message: '李雷（销售代表，复试，2026年3月5日 14:00）：候选人已确认参加。',
    });
    expect(candidateResponseText('en', 'Asia/Shanghai', { response: 'declined', interviewId: 'i1', comment: ' Travelling ' }, digest)).toEqual({
      title: 'The candidate cannot attend the interview',
      message: "李雷 (销售代表, second round, 5 Mar 2026, 14:00): the candidate cannot attend; please arrange another time.\n\nThe candidate's comment: Travelling",
    });
  });

  it('falls back to the interview id', () => {
    expect(candidateResponseText('en', 'Asia/Shanghai', { response: 'confirmed', interviewId: 'i9' }).message).toBe('Interview i9: the candidate confirmed.');
  });
});

describe('who may read the delivery log', () => {
  it('is admins only', () => {
    expect(() => assertMayReadDeliveryLog({ userId: 'a', roles: ['admin'] })).not.toThrow();
    for (const roles of [['hr'], ['hr_manager', 'interviewer'], []] as const) {
      expect(() => assertMayReadDeliveryLog({ userId: 'x', roles: [...roles] })).toThrow(DomainError);
    }
  });
});
