import { Locale, LocalisedText, t } from './localised-text';

/**
 * Why an application ended: codes the resume service accepts, the interview service (a failed round)
 * and the offer service (a declined or expired offer) set, and notices and timelines show as labels.
 */
export const REJECTION_REASON_LABELS = {
  skills_mismatch: t('技能不匹配', 'Skills do not match'),
  experience_insufficient: t('经验不足', 'Not enough experience'),
  salary_mismatch: t('薪资期望不符', 'Salary expectations do not match'),
  failed_interview: t('面试未通过', 'Did not pass the interview'),
  position_filled: t('职位已招满', 'Position already filled'),
  candidate_unreachable: t('无法联系候选人', 'Candidate unreachable'),
  blacklisted: t('已列入黑名单', 'Blacklisted'),
  other: t('其他', 'Other'),
} satisfies Record<string, LocalisedText>;

export const WITHDRAWAL_REASON_LABELS = {
  accepted_other_offer: t('已接受其他Offer', 'Accepted another offer'),
  salary: t('薪资原因', 'Salary'),
  location: t('工作地点原因', 'Location'),
  personal: t('个人原因', 'Personal reasons'),
  no_show: t('未到场（爽约）', 'Did not show up'),
  offer_declined: t('拒绝Offer', 'Declined the offer'),
  offer_expired: t('Offer逾期未答复', 'Did not answer the offer in time'),
  other: t('其他', 'Other'),
} satisfies Record<string, LocalisedText>;

export type RejectionReason = keyof typeof REJECTION_REASON_LABELS;
export type WithdrawalReason = keyof typeof WITHDRAWAL_REASON_LABELS;

export const REJECTION_REASONS = Object.keys(REJECTION_REASON_LABELS) as RejectionReason[];
export const WITHDRAWAL_REASONS = Object.keys(WITHDRAWAL_REASON_LABELS) as WithdrawalReason[];

/** A rejection reason as a person reads it; a code this build does not know is shown as it is. */
export function rejectionReasonLabel(code: string, locale: Locale): string {
  return Object.hasOwn(REJECTION_REASON_LABELS, code) ? REJECTION_REASON_LABELS[code as RejectionReason][locale] : code;
}
