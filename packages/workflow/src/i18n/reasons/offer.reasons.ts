import { t } from '../localised-text';

/** Offers: drafting, approval, letters and templates, sending, the candidates' answers. */
export const OFFER_REASONS = {
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
  OFFER_ATTACHMENT_REFUSED: t('录用通知书附件不符合要求。', 'The offer letter attachment was refused.'),
  TEMPLATE_VARIABLES_INVALID: t('通知模板所需的内容不完整或有误。', 'The values given do not fit the notification template.'),
  OFFER_LINK_MALFORMED: t('链接不完整或格式有误，请从邮件中完整复制链接。', 'The link is incomplete or malformed; copy the whole link from the e-mail.'),
  OFFER_LINK_INVALID: t('此链接无效，请使用录用通知邮件中的链接。', 'The link is not valid; use the link in the offer e-mail.'),
  OFFER_LINK_EXPIRED: t('此链接已过期。如仍需回复，请联系招聘负责人。', 'The link has expired; please contact the recruiter.'),
  OFFER_LINK_SUPERSEDED: t('录用条件已更新，此链接已失效。请使用最新录用通知邮件中的链接。', 'The offer has changed since this link was sent; use the link in the latest offer e-mail.'),
  OFFER_LINK_WRONG_ACTION: t('此链接不能用于该操作。', 'This link cannot be used for that.'),
} as const;
