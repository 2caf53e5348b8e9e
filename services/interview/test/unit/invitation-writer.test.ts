import ICAL from 'ical.js';
import type { InterviewRecord } from '../../src/app/ports';
import { cancelInterview } from '../../src/domain/interview-lifecycle';
import { RESPONSE_PATH, icalendarInvitationWriter } from '../../src/infra/invitation-writer';
import { responseLinkVerifier } from '../../src/infra/response-link';
import { NOW, START, recruiter, scheduled } from './interview-fixtures';

const SECRET = 'a-test-secret-of-at-least-32-bytes!!';
const writer = icalendarInvitationWriter({
  organizer: { name: 'ACME 招聘', email: 'hr@acme.com' },
  uidDomain: 'hr.acme.com',
  publicBaseUrl: 'https://jobs.acme.com',
  linkSecret: SECRET,
});

function record(locale: 'zh-CN' | 'en' = 'zh-CN'): InterviewRecord {
  return {
    ...scheduled(),
    snapshot: {
      positionTitle: '高级销售代表',
      departmentId: 'sales',
      candidate: { name: '张三', email: 'zhangsan@example.com', locale },
      interviewers: [
        { userId: 'u-alice', name: 'Alice Wang', email: 'alice@example.com', locale: 'en' },
        { userId: 'u-bob', name: '王强', locale: 'zh-CN' },
      ],
      contact: { name: '李娜', email: 'lina@acme.com', locale: 'zh-CN' },
    },
    noticesSent: [],
  };
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, event };
}

const tokenOf = (url: string | undefined) => url!.slice(`https://jobs.acme.com${RESPONSE_PATH}/`.length);

describe('icalendarInvitationWriter', () => {
  it("writes the candidate's REQUEST with the company's organizer and the candidate alone: no staff address, in the candidate language", () => {
    const { ics, method } = writer.write(record(), 'REQUEST', NOW);
    const { calendar, event } = parse(ics);
    expect(method).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.getFirstPropertyValue('uid')).toBe('interview-iv-1@hr.acme.com');
    expect(event.getFirstPropertyValue('organizer')).toBe('mailto:hr@acme.com');
    const attendees = event.getAllProperties('attendee').map((p) => [p.getParameter('cn'), String(p.getFirstValue()).replace(/^mailto:/i, '')]);
    expect(attendees).toEqual([['张三', 'zhangsan@example.com']]);
    expect(event.getFirstPropertyValue('summary')).toBe('面试邀请：高级销售代表（初试）');
    expect(event.getFirstPropertyValue('location')).toBe('上海市浦东新区世纪大道100号 28楼 3号会议室');
    expect(event.getFirstPropertyValue('description')).toContain('联系人：李娜');
    for (const staff of ['alice@example.com', 'lina@acme.com', 'Alice Wang', '王强']) expect(ics).not.toContain(staff);
  });

  it("writes the interviewers' REQUEST of the same event with everyone who has an address and the contact's address", () => {
    const { ics, interviewerIcs } = writer.write(record(), 'REQUEST', NOW);
    const { calendar, event } = parse(interviewerIcs);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.getFirstPropertyValue('uid')).toBe(parse(ics).event.getFirstPropertyValue('uid'));
    expect(event.getFirstPropertyValue('organizer')).toBe('mailto:hr@acme.com');
    expect(event.getAllProperties('attendee').map((p) => p.getParameter('cn'))).toEqual(['张三', 'Alice Wang']);
    expect(event.getFirstPropertyValue('description')).toContain('联系人：李娜 lina@acme.com');
  });

  it('writes English for an English-speaking candidate', () => {
    const { event } = parse(writer.write(record('en'), 'REQUEST', NOW).ics);
    expect(event.getFirstPropertyValue('summary')).toBe('Interview: 高级销售代表 (first round)');
    expect(event.getFirstPropertyValue('description')).toContain('Note: 请携带身份证');
  });

  it('signs one link per answer for this version of the interview, valid until it starts', () => {
    const { confirmUrl, declineUrl } = writer.write(record(), 'REQUEST', NOW);
    expect(confirmUrl).toMatch(/^https:\/\/jobs\.acme\.com\/public\/v1\/interview-responses\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    const verifier = responseLinkVerifier(SECRET);
    expect(verifier.verify(tokenOf(confirmUrl), NOW)).toEqual({ interviewId: 'iv-1', action: 'confirm', sequence: 0, expiresAt: START });
    expect(verifier.verify(tokenOf(declineUrl), NOW).action).toBe('decline');
  });

  it('writes a CANCEL without links once the interview is cancelled', () => {
    const cancelled = { ...record(), ...cancelInterview(record(), '职位已关闭', recruiter, NOW) };
    const invitation = writer.write(cancelled, 'CANCEL', NOW);
    expect(invitation).toEqual({ ics: expect.any(String), interviewerIcs: expect.any(String), method: 'CANCEL' });
    for (const ics of [invitation.ics, invitation.interviewerIcs]) {
      const { calendar, event } = parse(ics);
      expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
      expect(event.getFirstPropertyValue('sequence')).toBe(1);
    }
    expect(parse(invitation.ics).event.getAllProperties('attendee')).toHaveLength(1);
    expect(invitation.ics).not.toContain('alice@example.com');
  });
});
