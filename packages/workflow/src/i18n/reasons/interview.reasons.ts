import { t } from '../localised-text';

/** Interviews: scheduling, the candidates' answer links, evaluation and round results. */
export const INTERVIEW_REASONS = {
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
  EARLIER_ROUND_NOT_PASSED: t('应聘者尚未通过之前的轮次；如确需跳过，请由 HR 说明原因。', 'The applicant has not passed the earlier rounds; HR may skip them by giving a reason.'),
  ROUND_NOT_IN_ORDER: t('该轮次不在配置的面试轮次中。', 'That round is not in the configured order of rounds.'),
  FAIL_VERDICT_NOT_OVERRIDDEN: t('有面试官给出了“不通过”；如仍要通过，请确认覆盖。', 'An interviewer failed the candidate; confirm the override to pass.'),
  INVITATION_METHOD_MISMATCH: t('日历邀请的类型与通知不符。', 'The calendar invitation does not fit the notice it was attached to.'),
  RESPONSE_LINK_MALFORMED: t('链接不完整或格式有误，请从邮件中完整复制链接。', 'The link is incomplete or malformed; copy the whole link from the e-mail.'),
  RESPONSE_LINK_INVALID: t('此链接无效，请使用面试邀请邮件中的链接。', 'The link is not valid; use the link in the interview invitation.'),
  RESPONSE_LINK_EXPIRED: t('此链接已过期。如仍需回复，请联系招聘负责人。', 'The link has expired; please contact the recruiter.'),
  RESPONSE_LINK_SUPERSEDED: t('面试安排已变更，此链接已失效。请使用最新邀请邮件中的链接。', 'The interview has changed since this link was sent; use the link in the latest invitation.'),
  RESPONSE_LINK_WRONG_ACTION: t('此链接不能用于该操作。', 'This link cannot be used for that.'),
} as const;
