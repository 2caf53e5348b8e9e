import { t } from '../localised-text';

/** Requisitions and their approval, positions, the talent pool and applications. */
export const PIPELINE_REASONS = {
  NOT_CURRENT_APPROVER: t('当前审批环节不由您审批。', 'You are not the approver at the current level.'),
  ALREADY_DECIDED: t('您已在本轮审批中作出决定。', 'You have already decided in this approval round.'),
  APPROVAL_NOT_PENDING: t('当前没有待处理的审批。', 'There is no pending approval.'),
  NO_APPROVAL_LEVELS: t('没有适用的审批层级。', 'No approval level applies.'),
  NOT_PENDING_APPROVAL: t('该需求不在待审批状态。', 'The requisition is not pending approval.'),
  REQUISITION_NOT_OPEN: t('该招聘需求未处于开放状态。', 'The requisition is not open.'),
  REQUISITION_NOT_EDITABLE: t('招聘需求当前状态不允许修改。', 'The requisition cannot be edited in its current status.'),
  REQUISITION_FORBIDDEN: t('您没有权限对该招聘需求执行此操作。', 'You may not do this to this requisition.'),
  POSITION_FORBIDDEN: t('只有 HR 可以管理职位目录。', 'Only HR may manage the positions catalog.'),
  CANDIDATE_BLACKLISTED: t('此人已被列入黑名单，不能添加或应聘。', 'This person is blacklisted and cannot be added or apply.'),
  CANDIDATE_MERGED: t('该候选人已合并到另一位候选人。', 'The candidate was merged into another candidate.'),
  CANDIDATE_FORBIDDEN: t('您没有权限查看或管理该候选人。', 'You may not see or manage this candidate.'),
  APPLICATION_EXISTS: t('此人已应聘过该招聘需求。', 'This person already applied to this requisition.'),
  APPLICATION_FORBIDDEN: t('您没有权限查看应聘列表。', 'You may not list applications.'),
  APPLICATION_CLOSED: t('该应聘已结束，不能再执行此操作。', 'The application is closed; this is no longer possible.'),
  APPLICATION_NOT_READY: t('该应聘尚未到达可执行此操作的阶段。', 'The application has not reached the stage this needs yet.'),
  SUGGESTION_RESOLVED: t('该合并建议已被处理。', 'The merge suggestion has already been resolved.'),
  NOT_OWNER: t('只有创建者可以删除该筛选条件。', 'Only its owner may delete a saved filter.'),
} as const;
