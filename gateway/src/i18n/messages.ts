import type { ErrorKind } from '@hr/platform';
import { DEFAULT_LOCALE, Locale } from '@hr/workflow';

export { DEFAULT_LOCALE, LOCALES } from '@hr/workflow';
export type { Locale } from '@hr/workflow';

export type TitleKey =
  | ErrorKind
  | 'route_not_found'
  | 'malformed_json'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited';

const TITLES: Record<Locale, Record<TitleKey, string>> = {
  'zh-CN': {
    invalid_argument: '请求参数无效',
    unauthenticated: '未登录或登录已失效',
    permission_denied: '没有权限执行此操作',
    not_found: '资源不存在',
    failed_precondition: '当前状态不允许此操作',
    already_exists: '资源已存在',
    aborted: '操作冲突，请重试',
    unavailable: '服务暂时不可用',
    internal: '服务器内部错误',
    route_not_found: '接口不存在',
    malformed_json: '请求体不是合法的 JSON',
    payload_too_large: '请求体过大',
    unsupported_media_type: '不支持的请求内容类型',
    rate_limited: '请求过于频繁，请稍后再试',
  },
  en: {
    invalid_argument: 'Invalid request',
    unauthenticated: 'Authentication required',
    permission_denied: 'Permission denied',
    not_found: 'Resource not found',
    failed_precondition: 'Operation not allowed in the current state',
    already_exists: 'Resource already exists',
    aborted: 'Conflicting operation, please retry',
    unavailable: 'Service temporarily unavailable',
    internal: 'Internal server error',
    route_not_found: 'Route not found',
    malformed_json: 'Request body is not valid JSON',
    payload_too_large: 'Request body too large',
    unsupported_media_type: 'Unsupported content type',
    rate_limited: 'Too many requests, please try again later',
  },
};

export function problemTitle(key: TitleKey, locale: Locale): string {
  return TITLES[locale][key];
}

/** Picks zh-CN or en from an Accept-Language header by quality; anything else falls back to zh-CN. */
export function negotiateLocale(header: string | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag, quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
  }
  return DEFAULT_LOCALE;
}

export function adminPasswordBanner(email: string, password: string): string {
  const rule = '='.repeat(72);
  return [
    rule,
    '  已创建首个管理员账号 / First administrator account created',
    `  邮箱 / Email:     ${email}`,
    `  密码 / Password:  ${password}`,
    '  此密码只显示这一次，请立即登录并修改。',
    '  This password is shown only once: sign in and change it now.',
    rule,
  ].join('\n');
}
