import { roundDecidedText, RoundDecision } from '../../src/infra/templates/round-decided.texts';

describe("the HR's notice of an interview round's result", () => {
  const tz = 'Asia/Shanghai';
  const digest = { interviewId: 'i1', sequence: 0, candidateName: '李雷', positionTitle: '销售代表', round: 'first', startsAt: new Date('2026-03-05T06:00:00Z'), createdBy: 'u-hr' };
  const passed: RoundDecision = { round: 'first', outcome: 'pass', next: 'next_round', nextRound: 'second', decidedBy: 'all_submitted', overridden: false };

  it('names the interview and the next round, in each language', () => {
    expect(roundDecidedText('zh-CN', tz, passed, digest)).toEqual({
      title: '面试轮次已通过',
      message: '李雷（销售代表，初试，2026年3月5日 14:00）：已通过，进入复试。',
    });
    expect(roundDecidedText('en', tz, passed, digest)).toEqual({
      title: 'The interview round was passed',
      message: '李雷 (销售代表, first round, 5 Mar 2026, 14:00): passed; next: the second round.',
    });
  });

  it('says an offer may be prepared after the last round', () => {
    const final = { ...passed, round: 'final', next: 'offer' as const, nextRound: undefined };
    expect(roundDecidedText('zh-CN', tz, final, digest).message).toBe('李雷（销售代表，终面，2026年3月5日 14:00）：已通过，可以准备录用。');
    expect(roundDecidedText('en', tz, final, digest).message).toBe('李雷 (销售代表, final round, 5 Mar 2026, 14:00): passed; an offer may now be prepared.');
  });

  it('gives a failed round with its reason as a label, and says when HR decided or overrode it', () => {
    const failed: RoundDecision = { ...passed, outcome: 'fail', next: 'rejected', nextRound: undefined, reasonCode: 'failed_interview', decidedBy: 'hr', overridden: true };
    expect(roundDecidedText('zh-CN', tz, failed, digest)).toEqual({
      title: '面试轮次未通过',
      message: '李雷（销售代表，初试，2026年3月5日 14:00）：未通过，本次应聘已结束。该结果由 HR 裁定，改变了面试官评价的结论。\n\n原因：面试未通过',
    });
    expect(roundDecidedText('en', tz, failed, digest).message).toMatch(/\n\nReason: Did not pass the interview$/);
    expect(roundDecidedText('en', tz, { ...failed, overridden: false, reasonCode: ' ' }, digest)).toEqual({
      title: 'The interview round was not passed',
      message: '李雷 (销售代表, first round, 5 Mar 2026, 14:00): not passed; the application is closed. HR decided this result.',
    });
  });
});
