import { rejectionReasonLabel } from '@hr/workflow';
import type { InterviewDigest } from '../../app/ports';
import type { Locale } from '../../domain/notification';
import { describeInterview } from './candidate-response.texts';
import { LABELS } from './template-labels';

export interface RoundDecision {
  round: string;
  outcome: 'pass' | 'fail';
  next: 'next_round' | 'offer' | 'rejected';
  nextRound?: string;
  reasonCode?: string;
  decidedBy: 'all_submitted' | 'hr';
  overridden: boolean;
}

export interface RoundDecidedText {
  title: string;
  message: string;
}

const TITLES: Record<Locale, Record<RoundDecision['outcome'], string>> = {
  'zh-CN': { pass: '面试轮次已通过', fail: '面试轮次未通过' },
  en: { pass: 'The interview round was passed', fail: 'The interview round was not passed' },
};

const NEXT: Record<Locale, Record<RoundDecision['next'], (nextRound?: string) => string>> = {
  'zh-CN': {
    next_round: (round) => `已通过，进入${round ?? '下一轮'}。`,
    offer: () => '已通过，可以准备录用。',
    rejected: () => '未通过，本次应聘已结束。',
  },
  en: {
    next_round: (round) => `passed; next: the ${round ?? 'next round'}.`,
    offer: () => 'passed; an offer may now be prepared.',
    rejected: () => 'not passed; the application is closed.',
  },
};

const BY_HR: Record<Locale, { hr: string; overridden: string }> = {
  'zh-CN': { hr: '该结果由 HR 裁定。', overridden: '该结果由 HR 裁定，改变了面试官评价的结论。' },
  en: { hr: ' HR decided this result.', overridden: " HR decided this result, overriding the interviewers' verdict." },
};

const REASON: Record<Locale, string> = { 'zh-CN': '原因：', en: 'Reason: ' };

/**
 * The inbox notice to the HR who created an interview of its round's result, in the generic
 * template's title and message, naming the interview as remembered from its invitation.
 */
export function roundDecidedText(locale: Locale, timeZone: string, decision: RoundDecision, digest: InterviewDigest): RoundDecidedText {
  const label = (round: string) => LABELS[locale].round[round] ?? round;
  const what = describeInterview(locale, timeZone, { ...digest, round: decision.round });
  const next = NEXT[locale][decision.next](decision.nextRound && label(decision.nextRound));
  const byHr = decision.decidedBy === 'hr' ? BY_HR[locale][decision.overridden ? 'overridden' : 'hr'] : '';
  const code = decision.reasonCode?.trim();
  const reason = code && rejectionReasonLabel(code, locale);
  const message = `${what}${locale === 'zh-CN' ? '：' : ': '}${next}${byHr}` + (reason ? `\n\n${REASON[locale]}${reason}` : '');
  return { title: TITLES[locale][decision.outcome], message: message.slice(0, 5000) };
}
