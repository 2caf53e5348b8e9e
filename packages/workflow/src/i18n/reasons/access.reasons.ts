import { t } from '../localised-text';

/** Signing in, tokens, API keys, roles and the people and departments of the directory. */
export const ACCESS_REASONS = {
  AUTHENTICATION_REQUIRED: t('请先登录（需要 Bearer 访问令牌）。', 'Sign in first: a bearer access token is required.'),
  INVALID_CREDENTIALS: t('邮箱或密码不正确。', 'The e-mail address or password is incorrect.'),
  INVALID_REFRESH_TOKEN: t('刷新令牌无效或已过期，请重新登录。', 'The refresh token is invalid or expired; please sign in again.'),
  REFRESH_TOKEN_REUSED: t('刷新令牌已被使用过，该会话已被注销。', 'The refresh token was already used; the session is revoked.'),
  SESSION_REVOKED: t('会话已结束，请重新登录。', 'The session has ended; please sign in again.'),
  ACCOUNT_DISABLED: t('该账号已被停用。', 'This account has been disabled.'),
  TOKEN_EXPIRED: t('访问令牌已过期，请刷新或重新登录。', 'The access token has expired; refresh it or sign in again.'),
  INVALID_TOKEN: t('访问令牌无效。', 'The access token is invalid.'),
  ROLE_REQUIRED: t('此操作需要以下角色之一：{roles}', 'This operation requires one of the roles: {roles}'),
  API_KEY_REQUIRED: t('需要 API 密钥（X-API-Key 或 Authorization: Bearer hrk_…）。', 'An API key is required (X-API-Key or Authorization: Bearer hrk_…).'),
  INVALID_API_KEY: t('API 密钥无效。', 'The API key is not valid.'),
  API_KEY_REVOKED: t('API 密钥已被吊销。', 'The API key has been revoked.'),
  API_KEY_EXPIRED: t('API 密钥已过期。', 'The API key has expired.'),
  SCOPE_REQUIRED: t('此操作需要 API 密钥具有以下权限范围：{scopes}', 'This operation requires the API key scopes: {scopes}'),
  EMAIL_TAKEN: t('该邮箱已被其他用户使用。', 'A user with this e-mail address already exists.'),
  DEPARTMENT_CODE_TAKEN: t('该部门编码已被使用。', 'A department with this code already exists.'),
  LAST_ADMIN: t('最后一位在用的管理员不能被停用或取消管理员角色。', 'The last active administrator cannot lose the admin role or be deactivated.'),
  INVALID_INTERVIEWER: t('所选面试官须为在用且具有面试官角色的用户。', 'Every interviewer must be an active user holding the interviewer role.'),
  INVALID_RECRUITER: t('所选招聘负责人须为在用的 HR 用户。', 'The recruiter must be an active HR user.'),
  INVALID_REFERRER: t('推荐人须为在用的用户。', 'The referrer must be an active user.'),
  INVALID_REPORTING_MANAGER: t('汇报对象须为在用的用户。', 'The reporting manager must be an active user.'),
  DEPARTMENT_UNKNOWN: t('该招聘需求所属的部门不在组织架构中。', "The requisition's department is not in the directory."),
  DELIVERY_LOG_ADMINS_ONLY: t('只有管理员可以查看发送记录。', 'Only administrators may read the delivery log.'),
} as const;
