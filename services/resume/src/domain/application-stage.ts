import { DomainError, LocalisedText, REJECTION_REASONS, WITHDRAWAL_REASONS, defineStateMachine } from '@hr/workflow';

export const APPLICATION_STAGES = ['new', 'screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn'] as const;
export type ApplicationStage = (typeof APPLICATION_STAGES)[number];
export const TERMINAL_STAGES: readonly ApplicationStage[] = ['hired', 'rejected', 'withdrawn'];

export type Labels = LocalisedText;

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

// The reasons an application ends are shared with the services that end it and the notices that name them.
export { REJECTION_REASONS, REJECTION_REASON_LABELS, WITHDRAWAL_REASONS, WITHDRAWAL_REASON_LABELS } from '@hr/workflow';
export type { RejectionReason, WithdrawalReason } from '@hr/workflow';

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
  if (!reasonCode) throw DomainError.invalid('reasonCode', 'required');
  if (!accepted.includes(reasonCode)) {
    throw DomainError.invalid('reasonCode', 'enum', { values: accepted });
  }
}
