import type { Locale } from './messages';

export type LocalisedText = Record<Locale, string>;

const t = (zh: string, en: string): LocalisedText => ({ 'zh-CN': zh, en });

/**
 * What a person reads as a problem's `detail`, by the reason a service refused with. The services
 * speak English and may name ids or statuses; those specifics travel in the problem's `errors`.
 * Reasons about a field (VALIDATION_FAILED) are not here: their message is the violation itself.
 */
const DETAILS: Record<string, LocalisedText> = {
  // Interviews: scheduling, evaluation, round results
  INTERVIEWER_CONFLICT: t('所选面试官在该时段已有其他面试；如仍要安排，请确认冲突后再提交。', 'An interviewer is already busy at that time; confirm the conflict to schedule anyway.'),
  INTERVIEW_ALREADY_SCHEDULED: t('该应聘本轮已安排面试，请改期原面试。', 'This application already has an interview in this round; reschedule that one instead.'),
  INTERVIEW_NOT_SCHEDULED: t('该面试已取消或已结束，不能执行此操作。', 'The interview is cancelled or over; this is no longer possible.'),
  INTERVIEW_CANCELLED: t('该面试已取消。', 'The interview was cancelled.'),
  INTERVIEW_NOT_STARTED: t('面试尚未开始，开始后才能执行此操作。', 'The interview has not started yet; this is possible once it has.'),
  INTERVIEW_STARTED: t('面试已经开始，无法再回复。', 'The interview has already started; it can no longer be answered.'),
  EVALUATIONS_SUBMITTED: t('该面试已有评价，不能再改期。', 'The interview already has evaluations and cannot be moved.'),
  NO_SHOW_ALREADY_RECORDED: t('该面试已登记过缺席。', 'A no-show is already recorded for this interview.'),
  NOT_ASSIGNED_INTERVIEWER: t('只有被指派到该面试的面试官才能评价。', 'Only an interviewer assigned to this interview may evaluate it.'),
  NOT_HR_OR_ASSIGNED_INTERVIEWER: t('只有 HR 或该面试的面试官可以登记缺席。', 'Only HR or an interviewer of this interview may record a no-show.'),
  NOT_HR: t('只有 HR 可以执行此操作。', 'Only HR may do this.'),
  EVALUATION_EXISTS: t('您已评价过该面试，如需调整请修改原评价。', 'You have already evaluated this interview; amend your evaluation instead.'),
  NO_EVALUATION: t('您还没有提交该面试的评价，请先提交。', 'You have not evaluated this interview yet; submit an evaluation first.'),
  ROUND_CLOSED: t('本轮面试已关闭。', 'This interview round is closed.'),
  ROUND_UNDECIDED: t('本轮面试还没有结果，请先作出决定。', 'The round has no result yet; decide it first.'),
  ROUND_NOT_IN_ORDER: t('该轮次不在配置的面试轮次中。', 'That round is not in the configured order of rounds.'),
  FAIL_VERDICT_NOT_OVERRIDDEN: t('有面试官给出了“不通过”；如仍要通过，请确认覆盖。', 'An interviewer failed the candidate; confirm the override to pass.'),
  APPLICATION_CLOSED: t('该应聘已结束，不能再执行此操作。', 'The application is closed; this is no longer possible.'),
  RESPONSE_LINK_MALFORMED: t('链接不完整或格式有误，请从邮件中完整复制链接。', 'The link is incomplete or malformed; copy the whole link from the e-mail.'),
  RESPONSE_LINK_INVALID: t('此链接无效，请使用面试邀请邮件中的链接。', 'The link is not valid; use the link in the interview invitation.'),
  RESPONSE_LINK_EXPIRED: t('此链接已过期。如仍需回复，请联系招聘负责人。', 'The link has expired; please contact the recruiter.'),
  RESPONSE_LINK_SUPERSEDED: t('面试安排已变更，此链接已失效。请使用最新邀请邮件中的链接。', 'The interview has changed since this link was sent; use the link in the latest invitation.'),
  RESPONSE_LINK_WRONG_ACTION: t('此链接不能用于该操作。', 'This link cannot be used for that.'),

  // Offers: drafting, approval, sending, answers
  APPLICATION_NOT_IN_OFFER_STAGE: t('该应聘尚未进入录用阶段，不能创建录用通知。', 'The application is not at the offer stage, so no offer can be made.'),
  CANDIDATE_NAME_MISSING: t('人才库中该候选人没有姓名，请先补充。', 'The candidate has no name in the talent pool; add it there first.'),
  CANDIDATE_EMAIL_MISSING: t('人才库中该候选人没有邮箱地址，请先补充。', 'The candidate has no e-mail address in the talent pool; add one there first.'),
  OFFER_EXISTS: t('该应聘已有一份进行中的录用通知。', 'This application already has an open offer.'),
  OFFER_FORBIDDEN: t('只有 HR 可以管理录用通知。', 'Only HR may manage offers.'),
  OFFER_NOT_EDITABLE: t('录用通知当前状态不允许修改。', 'The offer cannot be edited in its current status.'),
  OFFER_NOT_PENDING_APPROVAL: t('录用通知不在待审批状态。', 'The offer is not pending approval.'),
  OFFER_NOT_APPROVED: t('只有审批通过的录用通知才能发送。', 'Only an approved offer can be sent.'),
  OFFER_CLOSED: t('录用通知已结束，不能再执行此操作。', 'The offer is closed; this is no longer possible.'),
  OFFER_EXPIRED: t('录用通知已过回复期限。', 'The offer has expired.'),
  OFFER_NOT_SENT: t('录用通知尚未发出，当前无法回复。', 'The offer has not been sent and cannot be answered now.'),
  OFFER_ALREADY_ANSWERED: t('录用通知已经回复过。', 'The offer has already been answered.'),
  OFFER_NOT_NEGOTIABLE: t('录用通知当前状态不允许重新协商。', 'The offer cannot be renegotiated in its current status.'),
  NO_OFFER_TEMPLATE: t('没有该语言的录用通知模板，请先创建。', 'There is no offer-letter template for that language; create one first.'),
  OFFER_LINK_MALFORMED: t('链接不完整或格式有误，请从邮件中完整复制链接。', 'The link is incomplete or malformed; copy the whole link from the e-mail.'),
  OFFER_LINK_INVALID: t('此链接无效，请使用录用通知邮件中的链接。', 'The link is not valid; use the link in the offer e-mail.'),
  OFFER_LINK_EXPIRED: t('此链接已过期。如仍需回复，请联系招聘负责人。', 'The link has expired; please contact the recruiter.'),
  OFFER_LINK_SUPERSEDED: t('录用条件已更新，此链接已失效。请使用最新录用通知邮件中的链接。', 'The offer has changed since this link was sent; use the link in the latest offer e-mail.'),
  OFFER_LINK_WRONG_ACTION: t('此链接不能用于该操作。', 'This link cannot be used for that.'),

  // Approval chains (requisitions and offers)
  NOT_CURRENT_APPROVER: t('当前审批环节不由您审批。', 'You are not the approver at the current level.'),
  ALREADY_DECIDED: t('您已在本轮审批中作出决定。', 'You have already decided in this approval round.'),
  APPROVAL_NOT_PENDING: t('当前没有待处理的审批。', 'There is no pending approval.'),
  NO_APPROVAL_LEVELS: t('没有适用的审批层级。', 'No approval level applies.'),
  NOT_PENDING_APPROVAL: t('该需求不在待审批状态。', 'The requisition is not pending approval.'),

  // Talent pool and requisitions
  CANDIDATE_BLACKLISTED: t('此人已被列入黑名单，不能添加或应聘。', 'This person is blacklisted and cannot be added or apply.'),
  CANDIDATE_MERGED: t('该候选人已合并到另一位候选人。', 'The candidate was merged into another candidate.'),
  CANDIDATE_FORBIDDEN: t('您没有权限查看或管理该候选人。', 'You may not see or manage this candidate.'),
  APPLICATION_EXISTS: t('此人已应聘过该招聘需求。', 'This person already applied to this requisition.'),
  APPLICATION_FORBIDDEN: t('您没有权限查看应聘列表。', 'You may not list applications.'),
  SUGGESTION_RESOLVED: t('该合并建议已被处理。', 'The merge suggestion has already been resolved.'),
  NOT_OWNER: t('只有创建者可以删除该筛选条件。', 'Only its owner may delete a saved filter.'),
  REQUISITION_NOT_OPEN: t('该招聘需求未处于开放状态。', 'The requisition is not open.'),
  REQUISITION_NOT_EDITABLE: t('招聘需求当前状态不允许修改。', 'The requisition cannot be edited in its current status.'),
  REQUISITION_FORBIDDEN: t('您没有权限对该招聘需求执行此操作。', 'You may not do this to this requisition.'),
  POSITION_FORBIDDEN: t('只有 HR 可以管理职位目录。', 'Only HR may manage the positions catalog.'),
  ILLEGAL_TRANSITION: t('当前状态不允许此变更。', 'That change is not allowed in the current status.'),
  CONCURRENT_MODIFICATION: t('数据已被他人修改，请刷新后重试。', 'Someone else changed this in the meantime; reload and retry.'),

  // Not found (DomainError.notFound: `<ENTITY>_NOT_FOUND`)
  APPLICATION_NOT_FOUND: t('找不到该应聘记录。', 'The application was not found.'),
  CANDIDATE_NOT_FOUND: t('找不到该候选人。', 'The candidate was not found.'),
  INTERVIEW_NOT_FOUND: t('找不到该面试。', 'The interview was not found.'),
  OFFER_NOT_FOUND: t('找不到该录用通知。', 'The offer was not found.'),
  REQUISITION_NOT_FOUND: t('找不到该招聘需求。', 'The requisition was not found.'),
  POSITION_NOT_FOUND: t('找不到该职位。', 'The position was not found.'),
  TEMPLATE_NOT_FOUND: t('找不到该模板。', 'The template was not found.'),
};

/** The localised detail for a reason, or undefined when the service's own message is all there is. */
export function problemDetail(reason: string, locale: Locale): string | undefined {
  return Object.hasOwn(DETAILS, reason) ? DETAILS[reason][locale] : undefined;
}
