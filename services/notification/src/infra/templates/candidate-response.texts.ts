import type { InterviewDigest } from '../../app/ports';
import type { Locale } from '../../domain/notification';
import { formatDateTime } from './date-formatting';
import { LABELS } from './template-labels';

export type CandidateResponse = 'confirmed' | 'declined';

export interface CandidateResponseText {
  title: string;
  message: string;
}

const TITLES: Record<Locale, Record<CandidateResponse, string>> = {
  'zh-CN': { confirmed: '候选人已确认参加面试', declined: '候选人无法参加面试' },
  en: { confirmed: 'The candidate confirmed the interview', declined: 'The candidate cannot attend the interview' },
};

type Describe = (what: string) => string;

const SENTENCES: Record<Locale, Record<CandidateResponse, Describe>> = {
  'zh-CN': { confirmed: (what) => `${what}：候选人已确认参加。`, declined: (what) => `${what}：候选人表示无法参加，请重新安排。` },
  en: { confirmed: (what) => `${what}: the candidate confirmed.`, declined: (what) => `${what}: the candidate cannot attend; please arrange another time.` },
};

const COMMENT: Record<Locale, string> = { 'zh-CN': '候选人留言：', en: "The candidate's comment: " };

/**
 * The HR's inbox notice of a candidate's answer, in the generic template's title and message. With
 * the interview remembered it names the candidate, position, round and time; else only its id.
 */
export function candidateResponseText(
  locale: Locale,
  timeZone: string,
  answer: { response: CandidateResponse; interviewId: string; comment?: string },
  digest?: InterviewDigest,
): CandidateResponseText {
  const what = digest ? describeInterview(locale, timeZone, digest) : locale === 'zh-CN' ? `面试 ${answer.interviewId}` : `Interview ${answer.interviewId}`;
  const comment = answer.comment?.trim();
  const message = SENTENCES[locale][answer.response](what) + (comment ? `\n\n${COMMENT[locale]}${comment}` : '');
  return { title: TITLES[locale][answer.response], message: message.slice(0, 5000) };
}

export function describeInterview(locale: Locale, timeZone: string, digest: InterviewDigest): string {
  const round = LABELS[locale].round[digest.round] ?? digest.round;
  const when = formatDateTime(digest.startsAt, locale, timeZone);
  return locale === 'zh-CN'
    ? `${digest.candidateName}（${digest.positionTitle}，${round}，${when}）`
    : `${digest.candidateName} (${digest.positionTitle}, ${round}, ${when})`;
}
