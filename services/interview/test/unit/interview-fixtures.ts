import type { DomainError, Principal } from '@hr/workflow';
import type { Interview } from '../../src/domain/interview';
import type { EvaluationInput } from '../../src/domain/evaluation';
import { ScheduleInput, scheduleInterview } from '../../src/domain/interview-lifecycle';

export const NOW = new Date('2026-11-28T02:00:00Z');
/** 2026-12-01 10:00 in Shanghai. */
export const START = new Date('2026-12-01T02:00:00Z');
export const AFTER_START = new Date('2026-12-01T03:30:00Z');

export const recruiter: Principal = { userId: 'u-hr', roles: ['hr'], name: '李娜' };
export const hrManager: Principal = { userId: 'u-hrm', roles: ['hr_manager'] };
export const salesManager: Principal = { userId: 'u-sales-mgr', roles: ['dept_manager'], departmentId: 'sales' };
export const techManager: Principal = { userId: 'u-tech-mgr', roles: ['dept_manager'], departmentId: 'tech' };
export const alice: Principal = { userId: 'u-alice', roles: ['interviewer'], departmentId: 'sales' };
export const bob: Principal = { userId: 'u-bob', roles: ['interviewer'], departmentId: 'sales' };
/** Interviews the same candidate in another round, but not this interview. */
export const carol: Principal = { userId: 'u-carol', roles: ['interviewer'], departmentId: 'sales' };
export const admin: Principal = { userId: 'u-admin', roles: ['admin'] };

export function scheduleInput(overrides: Partial<ScheduleInput> = {}): ScheduleInput {
  return {
    id: 'iv-1',
    applicationId: 'app-1',
    candidateId: 'cand-1',
    requisitionId: 'req-1',
    round: 'first',
    startsAt: START,
    durationMinutes: 60,
    format: { kind: 'onsite', address: '上海市浦东新区世纪大道100号', room: '28楼 3号会议室' },
    interviewerIds: ['u-alice', 'u-bob'],
    noteToCandidate: ' 请携带身份证 ',
    ...overrides,
  };
}

export function scheduled(overrides: Partial<ScheduleInput> = {}): Interview {
  return scheduleInterview(scheduleInput(overrides), recruiter, NOW);
}

export function evaluationInput(overrides: Partial<EvaluationInput> = {}): EvaluationInput {
  return {
    ratings: { professional_skills: 4, communication: 5, learning_ability: 4, culture_fit: 3, stability: 4 },
    strengths: '沟通清晰',
    concerns: '经验略少',
    verdict: 'pass',
    ...overrides,
  };
}

export function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected an error');
}
