import { DomainError } from './domain-error';
import { Principal } from './principal';
import type { Role } from './principal';

/** One level of a configured approval chain (requisitions, offers …). */
export interface ApprovalLevel {
  key: string;
  role: Role;
  /** The approver must belong to the subject's department (e.g. the department head). */
  sameDepartment?: boolean;
  /** Restricts the level to named users, when configuration names them. */
  userIds?: string[];
  /** Conditional level: applies only when `subject.facts[fact] > above`. */
  when?: { fact: string; above: number };
}

export type ApprovalDecision = 'approved' | 'rejected' | 'returned';
export type ApprovalOutcome = 'advanced' | 'approved' | 'rejected' | 'returned';

export interface ApprovalRecord {
  round: number;
  level: number;
  levelKey: string;
  decision: ApprovalDecision;
  by: string;
  byName?: string;
  at: Date;
  comment?: string;
}

export interface ApprovalProgress {
  round: number;
  levels: ApprovalLevel[];
  /** Index into `levels` of the level that must act next; `levels.length` once complete. */
  current: number;
  closed: boolean;
  history: ApprovalRecord[];
}

export interface ApprovalSubject {
  departmentId?: string;
  facts?: Record<string, number>;
}

function applies(level: ApprovalLevel, subject: ApprovalSubject): boolean {
  if (!level.when) return true;
  const value = subject.facts?.[level.when.fact];
  return value !== undefined && value > level.when.above;
}

export function startApproval(
  configured: ApprovalLevel[],
  subject: ApprovalSubject,
  previous?: ApprovalProgress,
): ApprovalProgress {
  const levels = configured.filter((level) => applies(level, subject));
  if (levels.length === 0) throw DomainError.conflict('NO_APPROVAL_LEVELS', 'no approval level applies');
  return { round: (previous?.round ?? 0) + 1, levels, current: 0, closed: false, history: previous?.history ?? [] };
}

export function currentLevel(progress: ApprovalProgress): ApprovalLevel | undefined {
  return progress.closed ? undefined : progress.levels[progress.current];
}

export function mayDecide(progress: ApprovalProgress, principal: Principal, subject: ApprovalSubject): boolean {
  const level = currentLevel(progress);
  if (!level || !principal.roles.includes(level.role)) return false;
  if (level.userIds?.length && !level.userIds.includes(principal.userId)) return false;
  if (level.sameDepartment && (!subject.departmentId || principal.departmentId !== subject.departmentId)) return false;
  return true;
}

export function decide(
  progress: ApprovalProgress,
  input: { principal: Principal; subject: ApprovalSubject; decision: ApprovalDecision; comment?: string; now: Date },
): { progress: ApprovalProgress; outcome: ApprovalOutcome } {
  const level = currentLevel(progress);
  if (!level) throw DomainError.conflict('APPROVAL_NOT_PENDING', 'there is no pending approval');
  const { principal, decision, comment } = input;
  const decidedBefore = progress.history.some((r) => r.round === progress.round && r.by === principal.userId);
  if (decidedBefore) throw DomainError.conflict('ALREADY_DECIDED', 'you have already decided in this approval round');
  if (!mayDecide(progress, principal, input.subject)) {
    throw DomainError.forbidden('NOT_CURRENT_APPROVER', `only the ${level.key} approver can decide now`);
  }
  if (decision !== 'approved' && !comment?.trim()) {
    throw DomainError.invalid('comment', 'required');
  }
  const record: ApprovalRecord = {
    round: progress.round,
    level: progress.current,
    levelKey: level.key,
    decision,
    by: principal.userId,
    byName: principal.name,
    at: input.now,
    comment: comment?.trim() || undefined,
  };
  const history = [...progress.history, record];
  if (decision !== 'approved') {
    return { progress: { ...progress, history, closed: true }, outcome: decision };
  }
  const next = progress.current + 1;
  const done = next >= progress.levels.length;
  return { progress: { ...progress, history, current: next, closed: done }, outcome: done ? 'approved' : 'advanced' };
}
