import ICAL from 'ical.js';
import { EventProbe, publishRaw, waitUntil } from '@hr/testing';
import type { CaughtMessage } from '@hr/testing';
import { Api } from './support/http-client';
import { People, openStoreRequisition } from './support/people';
import { ADMIN, RunningSystem, startSystem } from './support/system';

const DAY_MS = 24 * 3600_000;
const MAIL_WAIT = { timeoutMs: 15_000 };

function calendarOf(message: CaughtMessage): ICAL.Component {
  const part = message.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  if (!part) throw new Error(`no calendar in "${message.subject}"`);
  return new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
}

function eventOf(calendar: ICAL.Component): ICAL.Component {
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  return event;
}

/** Every calendar part of a message (the body's alternative and the invite.ics attachment), as text. */
function calendarTexts(message: CaughtMessage): string[] {
  return message.attachments.filter((a) => a.contentType.startsWith('text/calendar')).map((a) => a.content.toString('utf8'));
}

/** The ORGANIZER and ATTENDEE addresses of a calendar's event, without their `mailto:` (which may be in any case). */
function addressesOf(text: string) {
  const event = eventOf(new ICAL.Component(ICAL.parse(text)));
  const address = (value: unknown) => String(value).replace(/^mailto:/i, '');
  return { organizer: address(event.getFirstPropertyValue('organizer')), attendees: event.getAllProperties('attendee').map((p) => address(p.getFirstValue())) };
}

/** The signed token at the end of the candidate's confirm or decline link. */
function linkToken(message: CaughtMessage, action: 'confirm' | 'decline'): string[] {
  const tokens = [...(message.text ?? '').matchAll(/\/public\/v1\/interview-responses\/([A-Za-z0-9_\-.]+)/g)].map((m) => m[1]);
  if (tokens.length < 2) throw new Error('the invitation has no confirm/decline links');
  return action === 'confirm' ? [tokens[0]] : [tokens[1]];
}

describe('interviews through the gateway, with mail over SMTP', () => {
  let system: RunningSystem;
  let anonymous: Api;
  let as: Record<string, Api>;
  let ids: Record<string, string>;
  let probe: EventProbe;
  let requisitionId: string;
  const inFuture = (ms: number) => new Date(Date.now() + ms).toISOString();
  /** On a whole minute, as people book interviews (an invitation's DTSTART has no milliseconds). */
  const onMinute = (iso: string) => new Date(Math.ceil(Date.parse(iso) / 60_000) * 60_000).toISOString();

  async function apply(name: string, email: string): Promise<string> {
    const created = await as.recruiter.post('/api/v1/candidates', {
      profile: { name, email, phone: `138${Math.floor(10_000_000 + Math.random() * 89_999_999)}` },
      source: { channel: 'job_board', detail: 'BOSS直聘' },
      requisitionId,
    });
    expect(created.status).toBe(201);
    return created.body.application.id;
  }

  const stageOf = async (applicationId: string) => (await as.recruiter.get(`/api/v1/applications/${applicationId}`)).body.stage;
  const mailTo = (address: string, subject: RegExp) => system.smtp.waitFor((m) => m.envelope.to.includes(address) && subject.test(m.subject), MAIL_WAIT);

  beforeAll(async () => {
    system = await startSystem({ interviewReminders: '24h,1m' });
    probe = await EventProbe.start({ amqpUrl: system.amqpUrl, exchange: system.exchange, types: ['interview.#'] });
    anonymous = new Api(system.baseUrl);
    const admin = await anonymous.login(ADMIN.email, ADMIN.password);
    const people = new People(anonymous, admin);
    ({ as, ids } = people);
    requisitionId = await openStoreRequisition(people);
    await people.add('interviewerA', { name: '林峰', roles: ['interviewer'] });
    await people.add('interviewerB', { name: 'Grace Chen', roles: ['interviewer'] });
    await people.add('outsider', { name: '王强', roles: ['interviewer'] });
  });

  afterAll(async () => {
    await probe?.stop();
    await system?.stop();
  });

  // Runs first: the next test moves the interview service's clock two days on.
  it('refuses a busy interviewer unless HR overrides, sends a reminder, and a cancel sends a CANCEL', async () => {
    const applicationId = await apply('Emily Zhao', 'emily.zhao@example.com');
    const startsAt = inFuture(70_000);
    const body = {
      applicationIds: [applicationId],
      round: 'first',
      startsAt,
      durationMinutes: 30,
      timeZone: 'Asia/Shanghai',
      format: { kind: 'video', link: 'https://meeting.example.com/j/123' },
      interviewerIds: [ids.interviewerA],
      candidateLocale: 'en',
    };
    const first = await as.recruiter.post('/api/v1/interviews', body);
    expect(first.status).toBe(201);
    const busyApplicationIds = [await apply('周杰', 'zhou.jie@example.com')];
    const conflict = await as.recruiter.post('/api/v1/interviews', { ...body, applicationIds: busyApplicationIds });
    expect(conflict.status).toBe(409);
    expect(conflict.body.reason).toBe('INTERVIEWER_CONFLICT');
    const overridden = await as.recruiter.post('/api/v1/interviews', { ...body, applicationIds: busyApplicationIds, overrideConflicts: true });
    expect(overridden.status).toBe(201);

    const reminder = await system.smtp.waitFor(
      (m) => m.envelope.to.includes('emily.zhao@example.com') && /remind/i.test(m.subject),
      { timeoutMs: 30_000 },
    );
    expect(reminder.text).toContain('https://meeting.example.com/j/123');

    const interviewId = first.body.data[0].id;
    const invitationMail = await mailTo('emily.zhao@example.com', /Interview invitation/);
    const scheduled = probe.ofType('interview.interview.scheduled.v1').find((e) => (e.data as { interview: { interviewId: string } }).interview.interviewId === interviewId)!;
    await publishRaw({ amqpUrl: system.amqpUrl, exchange: system.exchange, routingKey: scheduled.type, envelope: scheduled });

    expect((await as.recruiter.post(`/api/v1/interviews/${interviewId}/cancel`, { reason: '候选人时间冲突' })).status).toBe(200);
    const cancelMail = await mailTo('emily.zhao@example.com', /cancel/i);
    const cancel = calendarOf(cancelMail);
    expect(cancel.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(eventOf(cancel).getFirstPropertyValue('uid')).toBe(eventOf(calendarOf(invitationMail)).getFirstPropertyValue('uid'));
    expect(eventOf(cancel).getFirstPropertyValue('sequence')).toBe(1);
    expect(calendarTexts(cancelMail).map((text) => addressesOf(text).attendees)).toEqual([0, 1].map(() => ['emily.zhao@example.com']));
    for (const text of calendarTexts(cancelMail)) expect(text).not.toContain('@e2e.test');
    // The notification service handles one event at a time: the cancellation came after the redelivered invitation.
    expect(system.smtp.to('emily.zhao@example.com').filter((m) => /Interview invitation/.test(m.subject))).toHaveLength(1);
  });

  it('invites, lets the candidate confirm by link, evaluates, and moves the application to offer through the events', async () => {
    const applicationId = await apply('陆明', 'lu.ming@example.com');
    const startsAt = onMinute(inFuture(2 * DAY_MS));
    const invited = await as.recruiter.post('/api/v1/interviews', {
      applicationIds: [applicationId],
      round: 'hr',
      startsAt,
      durationMinutes: 60,
      format: { kind: 'onsite', address: '苏州市工业园区星湖街 328 号', room: '3 楼 301 会议室' },
      interviewerIds: [ids.interviewerA, ids.interviewerB],
      noteToCandidate: '请携带身份证。',
      // Straight to the last round: HR says why (see interview-rounds.test.ts).
      skipRounds: { reason: '门店急招' },
    });
    expect(invited.status).toBe(201);
    const interview = invited.body.data[0];

    const candidateMail = await mailTo('lu.ming@example.com', /面试邀请/);
    const invitation = calendarOf(candidateMail);
    expect(invitation.getFirstPropertyValue('method')).toBe('REQUEST');
    const vevent = eventOf(invitation);
    expect(vevent.getFirstPropertyValue('uid')).toContain(interview.id);
    expect(vevent.getFirstPropertyValue('sequence')).toBe(0);
    expect(new Date((vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate()).toISOString()).toBe(startsAt);
    expect(candidateMail.text).toContain('请携带身份证');
    const interviewerMail = await system.smtp.waitFor(
      (m) => m.envelope.to.includes('interviewera@e2e.test') && m.attachments.some((a) => a.content.toString('utf8').includes(interview.id)),
      MAIL_WAIT,
    );
    expect(interviewerMail.subject).toMatch(/^面试安排/);
    expect(interviewerMail.text).not.toContain('/public/v1/interview-responses/');
    // The candidate's calendar names the company's mailbox and the candidate alone (staff are all @e2e.test); the panel's names everyone.
    const candidateCalendars = calendarTexts(candidateMail);
    expect(candidateCalendars.map(addressesOf)).toEqual([0, 1].map(() => ({ organizer: 'hr@acme.example', attendees: ['lu.ming@example.com'] })));
    for (const text of candidateCalendars) expect(text).not.toContain('@e2e.test');
    expect(calendarTexts(interviewerMail).map((text) => addressesOf(text).attendees)).toEqual(
      [0, 1].map(() => ['lu.ming@example.com', 'interviewera@e2e.test', 'interviewerb@e2e.test']),
    );
    await waitUntil(async () => (await stageOf(applicationId)) === 'interview');

    // Chosen at the invitation, not assigned before: the panel may now read the candidate's application.
    await waitUntil(async () => (await as.interviewerB.get(`/api/v1/applications/${applicationId}`)).status === 200);
    expect((await as.outsider.get(`/api/v1/applications/${applicationId}`)).status).toBe(404);

    const tasks = await as.interviewerA.get('/api/v1/me/interviews');
    expect(tasks.body.data.map((t: { id: string }) => t.id)).toContain(interview.id);
    const inbox = await as.interviewerA.get('/api/v1/me/notifications');
    expect(inbox.body.unread).toBeGreaterThanOrEqual(1);

    const [confirmToken] = linkToken(candidateMail, 'confirm');
    const page = await fetch(`${system.baseUrl}/public/v1/interview-responses/${confirmToken}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('门店店长');
    const tampered = confirmToken.slice(0, -2) + (confirmToken.endsWith('AA') ? 'BB' : 'AA');
    expect((await anonymous.post(`/public/v1/interview-responses/${tampered}`, {})).status).toBe(403);
    const confirmed = await anonymous.post(`/public/v1/interview-responses/${confirmToken}`, {});
    expect(confirmed.status).toBe(200);
    expect((await as.recruiter.get(`/api/v1/interviews/${interview.id}`)).body.candidateResponse).toBe('confirmed');

    system.advanceClock(2 * DAY_MS + 3600_000);
    const [declineToken] = linkToken(candidateMail, 'decline');
    const expired = await anonymous.post(`/public/v1/interview-responses/${declineToken}`, {});
    expect(expired.status).toBe(409);

    const evaluation = (verdict: string) => ({
      ratings: { professional_skills: 4, communication: 5, learning_ability: 4, culture_fit: 4, stability: 3 },
      strengths: '门店管理经验扎实',
      concerns: '跨区域管理经验较少',
      verdict,
    });
    const outsider = await as.outsider.post(`/api/v1/interviews/${interview.id}/evaluations`, evaluation('pass'));
    expect(outsider.status).toBe(403);
    expect((await as.interviewerA.post(`/api/v1/interviews/${interview.id}/evaluations`, evaluation('pass'))).status).toBe(201);
    expect((await as.interviewerB.get(`/api/v1/interviews/${interview.id}/evaluations`)).body.data).toEqual([]);
    expect((await as.storeManager.get(`/api/v1/interviews/${interview.id}/evaluations`)).body.data).toHaveLength(1);
    expect((await as.interviewerB.post(`/api/v1/interviews/${interview.id}/evaluations`, evaluation('pass'))).status).toBe(201);

    await probe.waitFor((e) => e.type === 'interview.round.decided.v1' && (e.data as { interviewId: string }).interviewId === interview.id);
    await waitUntil(async () => (await stageOf(applicationId)) === 'offer', { timeoutMs: 15_000 });
  });
});
