import { t } from '../localised-text';

/** Reasons any service or the gateway may answer: input, concurrency, the platform itself. */
export const COMMON_REASONS = {
  VALIDATION_FAILED: t('以下字段不符合要求：{fields}', 'These fields are invalid: {fields}'),
  CONCURRENT_MODIFICATION: t('数据已被他人修改，请刷新后重试。', 'Someone else changed this in the meantime; reload and retry.'),
  ILLEGAL_TRANSITION: t('当前状态不允许此变更。', 'That change is not allowed in the current status.'),
  ALREADY_EXISTS: t('该记录已存在。', 'It already exists.'),
  INTERNAL: t('服务器发生意外错误，请稍后重试。', 'An unexpected error occurred; please retry later.'),
  UNAVAILABLE: t('后端服务暂时不可用，请稍后重试。', 'A backend service is unavailable; please retry later.'),
  EMPTY_RESPONSE: t('后端服务没有返回应有的数据。', 'A backend service answered without the expected data.'),
  PRINCIPAL_REQUIRED: t('无法识别调用方。', 'The caller is not identified.'),
  INVALID_PRINCIPAL_TOKEN: t('无法验证调用方身份。', 'The caller could not be authenticated.'),
} as const;
