export type Labels = { 'zh-CN': string; en: string };

export interface Criterion {
  key: string;
  labels: Labels;
}

export const MIN_RATING = 1;
export const MAX_RATING = 5;

export const DEFAULT_CRITERIA: readonly Criterion[] = [
  { key: 'professional_skills', labels: { 'zh-CN': '专业能力', en: 'Professional skills' } },
  { key: 'communication', labels: { 'zh-CN': '沟通能力', en: 'Communication' } },
  { key: 'learning_ability', labels: { 'zh-CN': '学习能力', en: 'Learning ability' } },
  { key: 'culture_fit', labels: { 'zh-CN': '文化契合度', en: 'Culture fit' } },
  { key: 'stability', labels: { 'zh-CN': '稳定性', en: 'Stability' } },
];

export const VERDICTS = ['pass', 'fail'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, Labels> = {
  pass: { 'zh-CN': '通过', en: 'Pass' },
  fail: { 'zh-CN': '不通过', en: 'Fail' },
};
