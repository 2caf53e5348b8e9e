import {
  CandidateResponded,
  EvaluationRequested,
  EvaluationSubmitted,
  InterviewCancelled,
  InterviewReminderDue,
  InterviewRescheduled,
  InterviewScheduled,
  NoShowRecorded,
  RoundDecided,
} from '@hr/contracts';
import { interviewTimelineEntryOf } from '../../src/app/interview-timeline';
import { timelineEntryOf } from '../../src/app/timeline';
import { INTERVIEWER_DETAILS, INVITATION_DETAILS, InterviewRefs, interviewEvent, invitation, snapshot } from '../interview-fixtures';

const refs: InterviewRefs = { interviewId: 'iv-1', applicationId: 'app-1', candidateId: 'cand-1', requisitionId: 'req-1' };
const interview = snapshot(refs);
const video = snapshot(refs, { startsAt: '2026-06-02T01:00:00.000Z', sequence: 1, format: { kind: 'video', link: 'https://meet.example/abc' } });

const events = {
  scheduled: interviewEvent(InterviewScheduled, { interview, invitation: invitation() }),
  rescheduled: interviewEvent(InterviewRescheduled, { interview: video, invitation: invitation(), previousStartsAt: interview.startsAt }),
  cancelled: interviewEvent(InterviewCancelled, { interview: { ...video, sequence: 2 }, invitation: invitation('CANCEL'), reason: '职位暂停招聘' }),
  responded: interviewEvent(CandidateResponded, { ...refs, response: 'declined', comment: '时间冲突', createdBy: 'candidate' }, undefined),
  noShow: interviewEvent(NoShowRecorded, { ...refs, round: 'first', who: 'candidate', recordedBy: 'u-int-1' }),
  evaluated: interviewEvent(EvaluationSubmitted, { ...refs, round: 'first', interviewerId: 'u-int-1', verdict: 'fail', amended: true }),
  decided: interviewEvent(RoundDecided, { ...refs, round: 'first', outcome: 'fail', next: 'rejected', reasonCode: 'failed_interview', decidedBy: 'all_submitted', overridden: false }),
};

const summaryOf = (event: (typeof events)[keyof typeof events]) => (interviewTimelineEntryOf(event)!.data as { summary: unknown }).summary;

describe('interview facts on the candidate timeline', () => {
  it.each(Object.entries(events))('records %s for the candidate and application, keyed by the event id', (_name, event) => {
    const entry = interviewTimelineEntryOf(event)!;
    expect(entry).toMatchObject({ id: event.id, candidateId: 'cand-1', applicationId: 'app-1', type: event.type, at: new Date(event.occurredAt) });
    expect(entry.data).toMatchObject({ interviewId: 'iv-1', summary: { 'zh-CN': expect.any(String), en: expect.any(String) } });
  });

  it.each(Object.entries(events))('keeps names, e-mails, phones, links and the invitation out of %s', (_name, event) => {
    const stored = JSON.stringify(interviewTimelineEntryOf(event));
    for (const detail of [...INTERVIEWER_DETAILS, ...INVITATION_DETAILS, '李晓燕']) expect(stored).not.toContain(detail);
  });

  it('says when, in the interview time zone, and how', () => {
    expect(summaryOf(events.scheduled)).toEqual({
      'zh-CN': '已安排初试（现场面试）：2026-06-01 14:30 (Asia/Shanghai)',
      en: 'First-round interview scheduled (on-site) for 2026-06-01 14:30 (Asia/Shanghai)',
    });
    expect(interviewTimelineEntryOf(events.scheduled)!.data).toMatchObject({ format: 'onsite', interviewerIds: ['u-int-1', 'u-int-2'], sequence: 0 });
    expect(summaryOf(events.rescheduled)).toEqual({
      'zh-CN': '初试改期至 2026-06-02 09:00 (Asia/Shanghai)（原定 2026-06-01 14:30 (Asia/Shanghai)）',
      en: 'First-round interview moved to 2026-06-02 09:00 (Asia/Shanghai) (was 2026-06-01 14:30 (Asia/Shanghai))',
    });
  });

  it("records the rounds HR skipped to schedule one, with HR's reason", () => {
    const hrRound = snapshot(refs, { round: 'hr' });
    const skipping = interviewEvent(InterviewScheduled, { interview: hrRound, invitation: invitation(), skippedRounds: { rounds: ['second', 'final'], reason: '门店急招' } });
    const entry = interviewTimelineEntryOf(skipping)!;
    expect(entry.data).toMatchObject({ round: 'hr', skippedRounds: { rounds: ['second', 'final'], reason: '门店急招' } });
    expect((entry.data as { summary: unknown }).summary).toEqual({
      'zh-CN': '已安排HR面（现场面试）：2026-06-01 14:30 (Asia/Shanghai)；跳过复试、终面，原因：门店急招',
      en: 'HR interview scheduled (on-site) for 2026-06-01 14:30 (Asia/Shanghai); rounds skipped: second-round, final (reason: 门店急招)',
    });
    expect(interviewTimelineEntryOf(events.scheduled)!.data).not.toHaveProperty('skippedRounds');
  });

  it('summarises cancellations, answers, no-shows, evaluations and results in both languages', () => {
    expect(summaryOf(events.cancelled)).toEqual({ 'zh-CN': '初试已取消：职位暂停招聘', en: 'First-round interview cancelled: 职位暂停招聘' });
    expect(summaryOf(events.responded)).toEqual({ 'zh-CN': '候选人已谢绝面试邀请', en: 'The candidate declined the interview' });
    expect(summaryOf(events.noShow)).toEqual({ 'zh-CN': '候选人未参加初试', en: 'The candidate did not show up for the first-round interview' });
    expect(summaryOf(events.evaluated)).toEqual({ 'zh-CN': '面试官修改了初试评价：不通过', en: 'An interviewer amended a first-round interview evaluation: fail' });
    expect(summaryOf(events.decided)).toEqual({ 'zh-CN': '初试结果：不通过，淘汰（面试未通过）', en: 'First-round interview result: fail, rejected (Did not pass the interview)' });
  });

  it('falls back to UTC for a time zone this runtime does not know', () => {
    const odd = interviewEvent(InterviewScheduled, { interview: snapshot(refs, { timeZone: 'Mars/Olympus_Mons' }), invitation: invitation() });
    expect((summaryOf(odd) as { en: string }).en).toContain('2026-06-01 06:30 (UTC)');
  });

  it('leaves reminders and evaluation requests off the timeline', () => {
    const reminder = interviewEvent(InterviewReminderDue, { interview, offsetMinutes: 60 });
    const request = interviewEvent(EvaluationRequested, { interview, pendingInterviewerIds: ['u-int-1'] });
    for (const event of [reminder, request]) {
      expect(interviewTimelineEntryOf(event)).toBeUndefined();
      expect(timelineEntryOf(event)).toBeUndefined();
    }
  });
});
