import ICAL from 'ical.js';
import { cancelInterview, rescheduleInterview } from '../../src/domain/interview-lifecycle';
import { InvitationOptions, invitationIcs, invitationUid } from '../../src/infra/icalendar';
import { NOW, recruiter, scheduled } from './interview-fixtures';

const SUMMARY = '面试邀请：高级销售代表（第一轮）—— 与王经理、李娜面谈职业发展与团队合作';
const options = (overrides: Partial<InvitationOptions> = {}): InvitationOptions => ({
  method: 'REQUEST',
  organizer: { name: '李娜', email: 'hr@example.com' },
  attendees: [
    { name: '张三', email: 'zhangsan@example.com', role: 'required' },
    { name: 'Alice Wang', email: 'alice@example.com', role: 'chair' },
    { name: '旁听', email: 'observer@example.com', role: 'optional' },
  ],
  summary: SUMMARY,
  description: '请携带身份证和简历。\n地址：上海市浦东新区世纪大道100号环球金融中心28楼，3号会议室; 逗号, 分号;',
  location: '上海市浦东新区世纪大道100号 28楼 3号会议室',
  url: 'https://hr.example.com/interviews/iv-1',
  uidDomain: 'hr.example.com',
  now: NOW,
  ...overrides,
});

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, event };
}

describe('invitationIcs', () => {
  const ics = invitationIcs(scheduled(), options());
  const { calendar, event } = parse(ics);

  it('is a REQUEST with a stable UID and the interview sequence', () => {
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(event.getFirstPropertyValue('uid')).toBe('interview-iv-1@hr.example.com');
    expect(invitationUid('iv-1', 'hr.example.com')).toBe('interview-iv-1@hr.example.com');
    expect(event.getFirstPropertyValue('sequence')).toBe(0);
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('writes start and end as Shanghai wall time with a TZID and its VTIMEZONE', () => {
    const start = event.getFirstProperty('dtstart')!;
    expect(start.getParameter('tzid')).toBe('Asia/Shanghai');
    expect(ics).toContain('DTSTART;TZID=Asia/Shanghai:20261201T100000');
    expect(ics).toContain('DTEND;TZID=Asia/Shanghai:20261201T110000');
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(zone.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');
    const timezone = new ICAL.Timezone(zone);
    const time = (start.getFirstValue() as ICAL.Time).clone();
    time.zone = timezone;
    expect(time.toJSDate()).toEqual(new Date('2026-12-01T02:00:00Z'));
  });

  it('stamps the invitation in UTC', () => {
    expect(ics).toContain('DTSTAMP:20261128T020000Z');
  });

  it('lists the organizer and the attendees with their roles', () => {
    expect(event.getFirstPropertyValue('organizer')).toBe('mailto:hr@example.com');
    expect(event.getFirstProperty('organizer')!.getParameter('cn')).toBe('李娜');
    const attendees = event.getAllProperties('attendee').map((p) => ({
      email: String(p.getFirstValue()).toLowerCase(),
      cn: p.getParameter('cn'),
      role: p.getParameter('role'),
      rsvp: p.getParameter('rsvp'),
      partstat: p.getParameter('partstat'),
    }));
    expect(attendees).toEqual([
      { email: 'mailto:zhangsan@example.com', cn: '张三', role: 'REQ-PARTICIPANT', rsvp: 'TRUE', partstat: 'NEEDS-ACTION' },
      { email: 'mailto:alice@example.com', cn: 'Alice Wang', role: 'CHAIR', rsvp: 'TRUE', partstat: 'NEEDS-ACTION' },
      { email: 'mailto:observer@example.com', cn: '旁听', role: 'OPT-PARTICIPANT', rsvp: 'TRUE', partstat: 'NEEDS-ACTION' },
    ]);
  });

  it('keeps Chinese text, punctuation and new lines through a parse', () => {
    expect(event.getFirstPropertyValue('summary')).toBe(SUMMARY);
    expect(event.getFirstPropertyValue('description')).toBe(options().description);
    expect(event.getFirstPropertyValue('location')).toBe(options().location);
    expect(event.getFirstPropertyValue('url')).toBe('https://hr.example.com/interviews/iv-1');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character, with CRLF endings', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = ics.split('\r\n');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
      expect(line).not.toContain('\n');
    }
  });

  it('carries a higher sequence after a reschedule, with the same UID', () => {
    const moved = rescheduleInterview(scheduled(), { startsAt: new Date('2026-12-02T06:30:00Z') }, recruiter, NOW);
    const { event: updated } = parse(invitationIcs(moved, options()));
    expect(updated.getFirstPropertyValue('uid')).toBe('interview-iv-1@hr.example.com');
    expect(updated.getFirstPropertyValue('sequence')).toBe(1);
    expect(updated.getFirstProperty('dtstart')!.toICALString()).toBe('DTSTART;TZID=Asia/Shanghai:20261202T143000');
  });

  it('is a CANCEL with STATUS:CANCELLED, same UID and a higher sequence when cancelled', () => {
    const cancelled = cancelInterview(scheduled(), '职位已关闭', recruiter, NOW);
    const { calendar: cal, event: cancel } = parse(invitationIcs(cancelled, options({ method: 'CANCEL' })));
    expect(cal.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancel.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancel.getFirstPropertyValue('uid')).toBe('interview-iv-1@hr.example.com');
    expect(cancel.getFirstPropertyValue('sequence')).toBe(1);
    expect(cancel.getFirstProperty('attendee')!.getParameter('rsvp')).toBe('FALSE');
  });

  it('writes another zone with its daylight-saving rules', () => {
    const berlin = invitationIcs(scheduled({ timeZone: 'Europe/Berlin' }), options({ url: undefined }));
    const { calendar: cal, event: ev } = parse(berlin);
    expect(ev.getFirstProperty('dtstart')!.toICALString()).toBe('DTSTART;TZID=Europe/Berlin:20261201T030000');
    expect(cal.getFirstSubcomponent('vtimezone')!.getFirstSubcomponent('daylight')).not.toBeNull();
    expect(ev.getFirstProperty('url')).toBeNull();
  });
});
