import { DomainError, defineStateMachine } from '@hr/workflow';

export const APPLICATION_STAGES = ['new', 'screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn'] as const;
export type ApplicationStage = (typeof APPLICATION_STAGES)[number];
export const TERMINAL_STAGES: readonly ApplicationStage[] = ['hired', 'rejected', 'withdrawn'];

export type Labels = { 'zh-CN': string; en: string };

/** Forward only, except offer → interview (one more round before deciding). */
export const applicationStage = defineStateMachine<ApplicationStage>('application', {
  new: ['screening', 'rejected', 'withdrawn'],
  screening: ['interview', 'rejected', 'withdrawn'],
  interview: ['offer', 'rejected', 'withdrawn'],
  offer: ['hired', 'interview', 'rejected', 'withdrawn'],
  hired: [],
  rejected: [],
  withdrawn: [],
});

export const STAGE_LABELS: Record<ApplicationStage, Labels> = {
  new: { 'zh-CN': '新投递', en: 'New' },
  screening: { 'zh-CN': '筛选中', en: 'Screening' },
  interview: { 'zh-CN': '面试中', en: 'Interview' },
  offer: { 'zh-CN': '录用（Offer）', en: 'Offer' },
  hired: { 'zh-CN': '已入职', en: 'Hired' },
  rejected: { 'zh-CN': '已淘汰', en: 'Rejected' },
  withdrawn: { 'zh-CN': '候选人放弃', en: 'Withdrawn' },
};

export const REJECTION_REASONS = [
  'skills_mismatch',
  'experience_insufficient',
  'salary_mismatch',
  'failed_interview',
  'position_filled',
  'candidate_unreachable',
  'blacklisted',
  'other',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const REJECTION_REASON_LABELS: Record<RejectionReason, Labels> = {
  skills_mismatch: { 'zh-CN': '技能不匹配', en: 'Skills do not match' },
  experience_insufficient: { 'zh-CN': '经验不足', en: 'Not enough experience' },
  salary_mismatch: { 'zh-CN': '薪资期望不符', en: 'Salary expectations do not match' },
  failed_interview: { 'zh-CN': '面试未通过', en: 'Did not pass the interview' },
  position_filled: { 'zh-CN': '职位已招满', en: 'Position already filled' },
  candidate_unreachable: { 'zh-CN': '无法联系候选人', en: 'Candidate unreachable' },
  blacklisted: { 'zh-CN': '已列入黑名单', en: 'Blacklisted' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

/** `offer_declined` and `offer_expired` are also set by the offer service's answer or expiry events. */
export const WITHDRAWAL_REASONS = ['accepted_other_offer', 'salary', 'location', 'personal', 'no_show', 'offer_declined', 'offer_expired', 'other'] as const;
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];

export const WITHDRAWAL_REASON_LABELS: Record<WithdrawalReason, Labels> = {
  accepted_other_offer: { 'zh-CN': '已接受其他Offer', en: 'Accepted another offer' },
  salary: { 'zh-CN': '薪资原因', en: 'Salary' },
  location: { 'zh-CN': '工作地点原因', en: 'Location' },
  personal: { 'zh-CN': '个人原因', en: 'Personal reasons' },
  no_show: { 'zh-CN': '未到场（爽约）', en: 'Did not show up' },
  offer_declined: { 'zh-CN': '拒绝Offer', en: 'Declined the offer' },
  offer_expired: { 'zh-CN': 'Offer逾期未答复', en: 'Did not answer the offer in time' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

export function isTerminalStage(stage: ApplicationStage): boolean {
  return TERMINAL_STAGES.includes(stage);
}

/** The reason codes a move to `to` accepts; empty when the move needs none. */
export function reasonCodesFor(to: ApplicationStage): readonly string[] {
  if (to === 'rejected') return REJECTION_REASONS;
  if (to === 'withdrawn') return WITHDRAWAL_REASONS;
  return [];
}

/**
 * An illegal move is a conflict (failed_precondition); a rejection or withdrawal without one of its
 * reason codes is the caller's mistake (invalid_argument on `reasonCode`).
 */
export function assertStageChange(from: ApplicationStage, to: ApplicationStage, reasonCode?: string): void {
  applicationStage.assert(from, to);
  const accepted = reasonCodesFor(to);
  if (accepted.length === 0) return;
  if (!reasonCode) throw DomainError.invalid('reasonCode', 'required', `a reason code is required to move to ${to}`);
  if (!accepted.includes(reasonCode)) {
    throw DomainError.invalid('reasonCode', 'enum', `reasonCode for ${to} must be one of ${accepted.join(', ')}`);
  }
}
