import type { CandidateSearchDocument } from '../../services/resume/src/app/ports';
import * as V from './synthetic-vocabulary';

/** mulberry32: small, fast and the same sequence on every machine for a seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
export const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));
export const some = <T>(random: Random, items: readonly T[], low: number, high: number): T[] => {
  const count = between(random, low, high);
  return [...new Set(Array.from({ length: count }, () => pick(random, items)))];
};

export const REQUISITIONS = Array.from({ length: 300 }, (_, i) => `req-${String(i + 1).padStart(4, '0')}`);
export const HRS = Array.from({ length: 40 }, (_, i) => `hr-${String(i + 1).padStart(2, '0')}`);
export const NEWEST = Date.UTC(2026, 10, 1);
const DAY = 86_400_000;

function resumeText(random: Random, name: string, years: number, employers: string[], school: string, skills: string[]): string {
  const role = pick(random, V.ROLES);
  const lines = [
    `${name}，${years}年${role}工作经验，毕业于${school}${pick(random, V.MAJORS)}专业。`,
    ...employers.map((employer) => `曾就职于${employer}，担任${pick(random, V.ROLES)}，负责${pick(random, V.DUTIES)}和${pick(random, V.DUTIES)}。`),
    `熟悉${skills.join('、')}，${pick(random, V.TRAITS)}，${pick(random, V.TRAITS)}。`,
    `主要业绩：主导${pick(random, V.DUTIES)}，参与${pick(random, V.DUTIES)}，获得年度优秀员工。`,
    `项目经历：${between(random, 2012, 2025)}年参与${pick(random, V.DUTIES)}项目，使用${pick(random, skills)}，${pick(random, V.RESULTS)}。`,
    `自我评价：${pick(random, V.TRAITS)}，期望在${pick(random, V.CITIES)}发展，${pick(random, ['可立即到岗', '一个月内到岗', '两周内到岗'])}。`,
  ];
  if (random() < 0.4) lines.push(pick(random, V.ENGLISH_LINES));
  return lines.join('\n');
}

/** The i-th person of the pool for a seed: the same every run, independent of the others. */
export function syntheticCandidate(seed: number, i: number): CandidateSearchDocument {
  const random = seededRandom(seed * 1_000_003 + i);
  const english = random() < 0.15;
  const name = english ? `${pick(random, V.ENGLISH_FIRST)} ${pick(random, V.ENGLISH_LAST)}` : pick(random, V.SURNAMES) + pick(random, V.GIVEN_NAMES);
  const years = random() < 0.05 ? undefined : Math.min(30, Math.floor(random() * random() * 25));
  const employers = some(random, V.EMPLOYERS, 1, 3);
  const schools = some(random, V.SCHOOLS, 1, 2);
  const skills = some(random, V.SKILLS, 3, 8);
  const tags = some(random, V.TAGS, 0, 3);
  const categories = some(random, V.CATEGORIES, 0, 2);
  const requisitionIds = some(random, REQUISITIONS, 0, 2);
  const createdAt = new Date(NEWEST - Math.floor(random() * 3 * 365 * DAY));
  return {
    candidateId: `cand-${String(i).padStart(7, '0')}`,
    name,
    text: { name, skills, employers, schools, resumeText: resumeText(random, name, years ?? 0, employers, schools[0]!, skills), tags: [...tags, ...categories] },
    status: pick(random, V.STATUSES),
    tags,
    categories,
    sourceChannels: some(random, V.SOURCE_CHANNELS, 1, 2),
    city: pick(random, V.CITIES),
    yearsOfExperience: years,
    educationRank: pick(random, [0, 1, 2, 2, 3, 3, 3, 3, 4, 4, 5]),
    stages: requisitionIds.length ? some(random, V.STAGES, 1, requisitionIds.length) : [],
    requisitionIds,
    hrIds: some(random, HRS, 1, 3),
    createdAt,
    updatedAt: new Date(createdAt.getTime() + Math.floor(random() * 180 * DAY)),
  };
}
