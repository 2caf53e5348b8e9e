import { EventEnvelope, InterviewRescheduled, InterviewScheduled, InterviewersAssigned } from '@hr/contracts';
import { rejectionOf, waitUntil } from '@hr/testing';
import type { DomainError, Principal } from '@hr/workflow';
import { InterviewRefs, hrActor, interviewEvent, invitation, snapshot } from '../interview-fixtures';
import { EventFollowHarness } from './event-follow-harness';
import { interviewer, recruiter } from './resume-harness';

const panelist = (userId: string): Principal => ({ userId, roles: ['interviewer'] });
const person = (userId: string, name: string) => ({ userId, name, locale: 'zh-CN' as const });
const failure = (call: Promise<unknown>) => rejectionOf<DomainError>(call);

describe("an interview's panel may see the application (real FerretDB + RabbitMQ)", () => {
  const harness = new EventFollowHarness({ probeTypes: [InterviewersAssigned.type], decisions: 'interview event' });
  const { logged, publish, application, decision: outcome, failures, interviewee: applicant } = harness;
  const assigned = (applicationId: string) => harness.published(InterviewersAssigned.type, applicationId);

  beforeAll(() => harness.start());
  afterAll(() => harness.stop());

  let refs: InterviewRefs;
  let invited: EventEnvelope;
  let invitedVersion: number;

  it('gives the invited interviewers access on top of those HR assigned, in the write that moves the stage, announced once', async () => {
    refs = await applicant('周明', '13755556666');
    const { application: byHr } = await harness.client.assignInterviewers({ id: refs.applicationId, interviewerIds: ['u-int-9'] }, { principal: recruiter });
    expect(await failure(harness.client.getApplication({ id: refs.applicationId }, { principal: panelist('u-int-1') }))).toMatchObject({ kind: 'not_found' });

    invited = interviewEvent(InterviewScheduled, { interview: snapshot(refs), invitation: invitation() });
    await publish(invited);
    const announced = await harness.probe.waitFor((e) => e.type === InterviewersAssigned.type && e.causationId === invited.id);
    expect(announced.data).toEqual({ applicationId: refs.applicationId, candidateId: refs.candidateId, requisitionId: 'req-open', interviewerIds: ['u-int-9', 'u-int-1', 'u-int-2'] });
    expect(announced.actor?.userId).toBe(hrActor.userId);

    const seen = (await harness.client.getApplication({ id: refs.applicationId }, { principal: panelist('u-int-1') })).application!;
    expect(seen).toMatchObject({ stage: 'interview', interviewerIds: ['u-int-9', 'u-int-1', 'u-int-2'] });
    // one write for both stage moves and the panel
    expect(seen.version).toBe(byHr!.version + 1);
    const listed = await harness.client.listApplications({ candidateId: '', requisitionId: '', stages: [], interviewerId: '' }, { principal: panelist('u-int-2') });
    expect(listed.applications.map((a) => a.id)).toEqual([refs.applicationId]);
    expect(await failure(harness.client.getApplication({ id: refs.applicationId }, { principal: interviewer }))).toMatchObject({ kind: 'not_found' });
    await waitUntil(() => assigned(refs.applicationId).length === 2, { description: "HR's and the invitation's announcements" });
    expect(assigned(refs.applicationId).filter((e) => e.causationId === invited.id)).toHaveLength(1);
  });

  it('changes nothing when the invitation is redelivered', async () => {
    const before = await application(refs.applicationId);
    invitedVersion = before.version;
    await publish(invited);
    await waitUntil(() => logged.some((l) => l.fields?.eventId === invited.id && l.fields?.outcome === 'replayed'));
    expect(await application(refs.applicationId)).toMatchObject({ version: before.version, interviewerIds: before.interviewerIds, stage: 'interview' });
    expect(failures(invited.id)).toEqual([]);
    expect(assigned(refs.applicationId)).toHaveLength(2);
  });

  it('adds a rescheduled panel’s newcomer, keeps the one it dropped, and moves no stage', async () => {
    const panel = [person('u-int-2', '赵敏'), person('u-int-3', '钱进')];
    const moved = interviewEvent(InterviewRescheduled, { interview: snapshot(refs, { sequence: 1, interviewers: panel }), invitation: invitation(), previousStartsAt: snapshot(refs).startsAt });
    await publish(moved);
    expect((await outcome(moved.id)).message).toBe('interviewers given access by interview event');
    const announced = await harness.probe.waitFor((e) => e.type === InterviewersAssigned.type && e.causationId === moved.id);
    expect((announced.data as { interviewerIds: string[] }).interviewerIds).toEqual(['u-int-9', 'u-int-1', 'u-int-2', 'u-int-3']);
    const after = (await harness.client.getApplication({ id: refs.applicationId }, { principal: panelist('u-int-3') })).application!;
    expect(after).toMatchObject({ stage: 'interview', version: invitedVersion + 1 });
    expect(after.stageHistory).toHaveLength(2);
    expect((await harness.client.getApplication({ id: refs.applicationId }, { principal: panelist('u-int-1') })).application!.id).toBe(refs.applicationId);

    const same = interviewEvent(InterviewRescheduled, { interview: snapshot(refs, { sequence: 2, interviewers: panel }), invitation: invitation(), previousStartsAt: snapshot(refs).startsAt });
    await publish(same);
    expect((await outcome(same.id)).fields.outcome).toBe('unchanged');
    expect(await application(refs.applicationId)).toMatchObject({ version: invitedVersion + 1 });
    expect(assigned(refs.applicationId)).toHaveLength(3);
  });

  it('gives nobody new access to a closed application', async () => {
    const closed = await applicant('吴桐', '13677778888');
    await harness.client.changeApplicationStage({ id: closed.applicationId, toStage: 'rejected', reasonCode: 'salary_mismatch', comment: '', expectedVersion: 0 }, { principal: recruiter });
    const late = interviewEvent(InterviewRescheduled, { interview: snapshot(closed), invitation: invitation(), previousStartsAt: snapshot(closed).startsAt });
    await publish(late);
    expect((await outcome(late.id)).fields).toMatchObject({ stage: 'rejected' });
    expect((await application(closed.applicationId)).interviewerIds).toEqual([]);
    expect(await failure(harness.client.getApplication({ id: closed.applicationId }, { principal: panelist('u-int-1') }))).toMatchObject({ kind: 'not_found' });
  });
});
