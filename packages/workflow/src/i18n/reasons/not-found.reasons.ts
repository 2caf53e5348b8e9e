import { t } from '../localised-text';

/** `DomainError.notFound`: one code per kind of record, read without the id the caller already has. */
export const NOT_FOUND_REASONS = {
  APPLICATION_NOT_FOUND: t('找不到该应聘记录。', 'The application was not found.'),
  CANDIDATE_NOT_FOUND: t('找不到该候选人。', 'The candidate was not found.'),
  INTERVIEW_NOT_FOUND: t('找不到该面试。', 'The interview was not found.'),
  OFFER_NOT_FOUND: t('找不到该录用通知。', 'The offer was not found.'),
  REQUISITION_NOT_FOUND: t('找不到该招聘需求。', 'The requisition was not found.'),
  POSITION_NOT_FOUND: t('找不到该职位。', 'The position was not found.'),
  TEMPLATE_NOT_FOUND: t('找不到该模板。', 'The template was not found.'),
  TEMPLATE_VERSION_NOT_FOUND: t('找不到该模板版本。', 'The template version was not found.'),
  SENT_LETTER_NOT_FOUND: t('找不到该次发送的录用通知书。', 'The sent letter was not found.'),
  RESUME_FILE_NOT_FOUND: t('找不到该简历文件。', 'The resume file was not found.'),
  MERGE_SUGGESTION_NOT_FOUND: t('找不到该合并建议。', 'The merge suggestion was not found.'),
  SAVED_FILTER_NOT_FOUND: t('找不到该筛选条件。', 'The saved filter was not found.'),
  NOTIFICATION_NOT_FOUND: t('找不到该通知。', 'The notification was not found.'),
  USER_NOT_FOUND: t('找不到该用户。', 'The user was not found.'),
  DEPARTMENT_NOT_FOUND: t('找不到该部门。', 'The department was not found.'),
  API_KEY_NOT_FOUND: t('找不到该 API 密钥。', 'The API key was not found.'),
} as const;
