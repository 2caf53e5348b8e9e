import ICAL from 'ical.js';
import { MongoClient } from 'mongodb';
import { interviewV1 } from '@hr/contracts';
import { DomainError } from '@hr/platform';
import { rejectionOf, waitUntil } from '@hr/testing';
import { sendReminder } from '../../services/interview/src/app/send-notices';
import { System, eventAbout, interviewer, invite, newApplication, recruiter, startSystem } from './interview-harness';

const LINK = /^https:\/\/jobs\.example\.com\/public\/v1\/interview-responses\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;

function parseIcs(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent')!;
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: event.getFirstPropertyValue('sequence'),
    status: event.getFirstPropertyValue('status'),
    organizer: event.getFirstPropertyValue('organizer'),
    attendees: event.getAllProperties('attendee').map((p) => p.getParameter('cn')),
    start: event.getFirstProperty('dtstart')!.toICALString(),
  };
}

const tokenOf = (url: string | undefined) => LINK.exec(url ?? '')![1];

describe('interview invitations (real requisition + resume services, FerretDB, RabbitMQ, agenda)', () => {
  let system: System;

  beforeAll(async () => {
    // Jobs are short: a lock of seconds keeps agenda's per-run liveness timer from holding jest open for minutes.
    system = await startSystem({ INTERVIEW_REMINDERS: '24h,1m', AGENDA_LOCK_LIFETIME_MS: '5000' });
  });

  afterEach(() => {
    system.clock.offsetMs = 0;
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('fires a reminder through agenda once, and never for a cancelled interview', async () => {
    const [henry, ivy] = [interviewer('henry'), interviewer('ivy')];
    const [kept, dropped] = [await newApplication(system, '孙丽'), await newApplication(system, '钱进')];
    // Reminders 1 minute before: due about 1 s and 2 s from now.
    const cancelled = (await invite(system, [dropped.applicationId], [ivy], new Date(system.clock.now().getTime() + 61_000))).interviews[0];
    await system.interviews.cancelInterview({ id: cancelled.id, reason: '候选人已入职他处' }, { principal: recruiter });
    const remindedOne = (await invite(system, [kept.applicationId], [henry], new Date(system.clock.now().getTime() + 62_000))).interviews[0];

    const reminder = await eventAbout(system, 'interview.interview.reminder-due.v1', remindedOne.id, 15_000);
    expect(reminder.data).toMatchObject({ offsetMinutes: 1, interview: { sequence: 0, candidate: { name: '孙丽' } } });
    // The job run again (a redelivery, a second worker) finds its marker and sends nothing.
    expect(await sendReminder(system.service.deps, { interviewId: remindedOne.id, sequence: 0, offsetMinutes: 1 })).toBe(false);
    await waitUntil(() => system.service.deps.interviews.get(remindedOne.id).then((r) => r!.noticesSent.includes('reminder:0:1')));
    await system.service.relay.sweep();
    const reminders = system.probe.ofType('interview.interview.reminder-due.v1').map((e: any) => e.data.interview.interviewId);
    expect(reminders.filter((id) => id === remindedOne.id)).toHaveLength(1);
    expect(reminders).not.toContain(cancelled.id);
    expect(await jobsOf(system, cancelled.id)).toEqual([]);
    expect(await jobsOf(system, remindedOne.id)).toEqual(['interview.evaluation-request']);
  });

  it("invites: InterviewScheduled carries parseable REQUESTs (the candidate's without the panel, the panel's) and working links", async () => {
    const alice = interviewer('Alice Wang');
    const { applicationId } = await newApplication(system, '王小明');
    const { interviews } = await invite(system, [applicationId], [alice], new Date('2030-03-04T02:00:00Z'));
    const interview = interviews[0];
    expect(interview).toMatchObject({
      applicationId, status: 'scheduled', sequence: 0, candidateName: '王小明', positionTitle: '高级销售代表', departmentId: 'sales',
    });

    const { data } = (await eventAbout(system, 'interview.interview.scheduled.v1', interview.id)) as { data: any };
    expect(data.interview).toMatchObject({
      positionTitle: '高级销售代表',
      candidate: { name: '王小明', locale: 'zh-CN', email: expect.stringMatching(/@example\.com$/) },
      interviewers: [{ userId: alice.userId, name: 'Alice Wang', locale: 'zh-CN' }],
      contact: { name: '李娜' },
      format: { kind: 'onsite', room: '28楼 3号会议室' },
      noteToCandidate: '请携带身份证和简历',
    });
    expect(parseIcs(data.invitation.ics)).toEqual({
      method: 'REQUEST',
      uid: `interview-${interview.id}@hr.example.com`,
      sequence: 0,
      status: 'CONFIRMED',
      organizer: 'mailto:hr@acme.example',
      attendees: ['王小明'],
      start: 'DTSTART;TZID=Asia/Shanghai:20300304T100000',
    });
    expect(data.invitation.ics).not.toContain(`${alice.userId}@example.com`);
    expect(parseIcs(data.invitation.interviewerIcs)).toMatchObject({ uid: `interview-${interview.id}@hr.example.com`, attendees: ['王小明', 'Alice Wang'] });

    const link = await system.interviews.describeResponseLink({ token: tokenOf(data.invitation.declineUrl) });
    expect(link).toMatchObject({ action: 'decline', candidateName: '王小明', positionTitle: '高级销售代表', locale: 'zh-CN', candidateResponse: 'pending' });
    const answer = await system.interviews.respondToInvitation({ token: tokenOf(data.invitation.confirmUrl), comment: '' });
    expect(answer).toEqual({ candidateResponse: 'confirmed', locale: 'zh-CN' });
    const responded = await eventAbout(system, 'interview.interview.candidate-responded.v1', interview.id);
    expect(responded.data).toMatchObject({ response: 'confirmed', createdBy: recruiter.userId });
    // Confirming twice changes nothing and tells nobody again.
    await system.interviews.respondToInvitation({ token: tokenOf(data.invitation.confirmUrl), comment: '' });
    expect((await system.interviews.getInterview({ id: interview.id }, { principal: alice })).interview!.candidateResponse).toBe('confirmed');
  });

  it('refuses a tampered link and one used after the interview started', async () => {
    const { applicationId } = await newApplication(system, '李雷');
    const { interviews } = await invite(system, [applicationId], [interviewer('bob')], system.clock.inMinutes(120));
    const { data } = (await eventAbout(system, 'interview.interview.scheduled.v1', interviews[0].id)) as { data: any };
    const token = tokenOf(data.invitation.confirmUrl);
    const [payload, signature] = token.split('.');
    const forged = Buffer.from(Buffer.from(payload, 'base64url').toString().replace('"a":"confirm"', '"a":"decline"')).toString('base64url');
    const tampered = await rejectionOf<DomainError>(system.interviews.respondToInvitation({ token: `${forged}.${signature}`, comment: '' }));
    expect(tampered).toMatchObject({ kind: 'permission_denied', reason: 'RESPONSE_LINK_INVALID' });
    system.clock.offsetMs = 3 * 3600_000;
    const expired = await rejectionOf<DomainError>(system.interviews.respondToInvitation({ token, comment: '' }));
    expect(expired).toMatchObject({ kind: 'failed_precondition', reason: 'RESPONSE_LINK_EXPIRED' });
  });

  it('refuses a busy interviewer with INTERVIEWER_CONFLICT and books them when HR overrides', async () => {
    const dave = interviewer('dave');
    const [first, second] = [await newApplication(system, '韩梅梅'), await newApplication(system, '张伟')];
    await invite(system, [first.applicationId], [dave], new Date('2030-05-06T02:00:00Z'));
    const refused = await rejectionOf<DomainError>(invite(system, [second.applicationId], [dave], new Date('2030-05-06T02:30:00Z')));
    expect(refused).toMatchObject({ kind: 'failed_precondition', reason: 'INTERVIEWER_CONFLICT' });
    expect(refused.violations[0].message).toContain(dave.userId);
    const { interviews } = await invite(system, [second.applicationId], [dave], new Date('2030-05-06T02:30:00Z'), { overrideConflicts: true });
    expect(interviews).toHaveLength(1);
  });

  it('invites several applications to one slot, one interview each', async () => {
    const erin = interviewer('erin');
    const applications = [await newApplication(system, '赵敏'), await newApplication(system, '周芷若')];
    const { interviews } = await invite(system, applications.map((a) => a.applicationId), [erin], new Date('2030-06-01T06:00:00Z'));
    expect(interviews.map((i) => i.candidateName)).toEqual(['赵敏', '周芷若']);
    expect(new Set(interviews.map((i) => i.id)).size).toBe(2);
  });

  it('reschedules with the same UID and SEQUENCE 1, supersedes the old links, and cancels with METHOD:CANCEL', async () => {
    const frank = interviewer('frank');
    const { applicationId } = await newApplication(system, '陈静');
    const { interviews } = await invite(system, [applicationId], [frank], new Date('2030-07-01T02:00:00Z'));
    const id = interviews[0].id;
    const scheduled = (await eventAbout(system, 'interview.interview.scheduled.v1', id)) as { data: any };

    const request = interviewV1.RescheduleInterviewRequest.fromPartial({
      id, expectedVersion: interviews[0].version, startsAt: new Date('2030-07-02T06:30:00Z'),
    });
    const { interview } = await system.interviews.rescheduleInterview(request, { principal: recruiter });
    expect(interview).toMatchObject({ sequence: 1, candidateResponse: 'pending' });
    const moved = (await eventAbout(system, 'interview.interview.rescheduled.v1', id)) as { data: any };
    expect(moved.data.previousStartsAt).toBe('2030-07-01T02:00:00.000Z');
    expect(parseIcs(moved.data.invitation.ics)).toMatchObject({
      method: 'REQUEST', uid: `interview-${id}@hr.example.com`, sequence: 1, start: 'DTSTART;TZID=Asia/Shanghai:20300702T143000',
    });
    const stale = await rejectionOf<DomainError>(system.interviews.respondToInvitation({ token: tokenOf(scheduled.data.invitation.confirmUrl), comment: '' }));
    expect(stale.reason).toBe('RESPONSE_LINK_SUPERSEDED');

    await system.interviews.cancelInterview({ id, reason: '职位已暂停' }, { principal: recruiter });
    const cancelled = (await eventAbout(system, 'interview.interview.cancelled.v1', id)) as { data: any };
    expect(cancelled.data.reason).toBe('职位已暂停');
    expect(cancelled.data.invitation.confirmUrl).toBeUndefined();
    expect(parseIcs(cancelled.data.invitation.ics)).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: `interview-${id}@hr.example.com`, sequence: 2 });
  });

  it('lets only HR reschedule or cancel', async () => {
    const grace = interviewer('grace');
    const { applicationId } = await newApplication(system, '刘洋');
    const { interviews } = await invite(system, [applicationId], [grace], new Date('2030-08-01T02:00:00Z'));
    const denied = await rejectionOf<DomainError>(system.interviews.cancelInterview({ id: interviews[0].id, reason: 'x' }, { principal: grace }));
    expect(denied).toMatchObject({ kind: 'permission_denied', reason: 'NOT_HR' });
  });

});

async function jobsOf(system: System, interviewId: string): Promise<string[]> {
  const client = await MongoClient.connect(system.config.MONGO_URL, { retryWrites: false });
  try {
    const jobs = await client.db(system.config.MONGO_DB).collection('agendaJobs').find({ 'data.interviewId': interviewId }).toArray();
    return jobs.map((job) => job.name as string).sort();
  } finally {
    await client.close();
  }
}
