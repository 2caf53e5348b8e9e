import type { Labels } from '../domain/application-stage';

/** Bilingual wording of interview facts for the candidate timeline. */
export const ROUND_LABELS: Record<string, Labels> = {
  first: { 'zh-CN': '初试', en: 'first-round' },
  second: { 'zh-CN': '复试', en: 'second-round' },
  final: { 'zh-CN': '终面', en: 'final' },
  hr: { 'zh-CN': 'HR面', en: 'HR' },
};

export const FORMAT_LABELS: Record<string, Labels> = {
  onsite: { 'zh-CN': '现场面试', en: 'on-site' },
  video: { 'zh-CN': '视频面试', en: 'video' },
  phone: { 'zh-CN': '电话面试', en: 'phone' },
};

export const NEXT_LABELS: Record<string, Labels> = {
  next_round: { 'zh-CN': '进入下一轮面试', en: 'on to the next round' },
  offer: { 'zh-CN': '进入录用（Offer）阶段', en: 'on to the offer stage' },
  rejected: { 'zh-CN': '淘汰', en: 'rejected' },
};

export const VERDICT_LABELS: Record<string, Labels> = {
  pass: { 'zh-CN': '通过', en: 'pass' },
  fail: { 'zh-CN': '不通过', en: 'fail' },
};

export function labelOf(labels: Record<string, Labels>, key: string | undefined): Labels {
  return (key && labels[key]) || { 'zh-CN': key ?? '', en: key ?? '' };
}

/** "2026-05-12 14:30" in the interview's own time zone; UTC when that zone is unknown to this runtime. */
export function localTime(iso: string, timeZone: string): string {
  const format = (zone: string) =>
    new Intl.DateTimeFormat('sv-SE', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));
  try {
    return `${format(timeZone)} (${timeZone})`;
  } catch {
    return `${format('UTC')} (UTC)`;
  }
}
