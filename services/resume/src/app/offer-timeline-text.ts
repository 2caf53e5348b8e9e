import type { Labels } from '../domain/application-stage';

/** Bilingual wording of offer facts for the candidate timeline; an unknown level key is shown as it is. */
export const LEVEL_LABELS: Record<string, Labels> = {
  hr_manager: { 'zh-CN': 'HR经理', en: 'HR manager' },
  department_head: { 'zh-CN': '部门负责人', en: 'department head' },
  general_manager: { 'zh-CN': '总经理', en: 'general manager' },
};

export const VIA_LABELS: Record<string, Labels> = {
  link: { 'zh-CN': '通过Offer链接', en: 'through the offer link' },
  verbal: { 'zh-CN': '口头答复，HR记录', en: 'verbally, recorded by HR' },
};

/** "：reason" / ": reason", or nothing when no reason was given. */
export function reasonSuffix(reason: string | undefined): Labels {
  const text = reason?.trim();
  return text ? { 'zh-CN': `：${text}`, en: `: ${text}` } : { 'zh-CN': '', en: '' };
}
