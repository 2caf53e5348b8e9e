import { DomainError } from '@hr/platform';
import { problemDetail } from '../../src/i18n/problem-details';
import { SERVICE_DETAIL_RULE, toProblem } from '../../src/middleware/problem';

const HAN = /\p{Script=Han}/u;

describe('localised problem details', () => {
  const notApproved = () => DomainError.conflict('OFFER_NOT_APPROVED', 'only an approved offer can be sent; this one is a draft');

  it('reads a known reason in Chinese and keeps the service message, with its specifics, in errors', () => {
    expect(toProblem(notApproved(), 'zh-CN', '/api/v1/offers/o1/send')).toEqual({
      type: 'urn:hr:problem:failed-precondition',
      title: '当前状态不允许此操作',
      status: 409,
      detail: '只有审批通过的录用通知才能发送。',
      instance: '/api/v1/offers/o1/send',
      reason: 'OFFER_NOT_APPROVED',
      errors: [{ field: '', rule: SERVICE_DETAIL_RULE, message: 'only an approved offer can be sent; this one is a draft' }],
    });
  });

  it('reads the same reason in English from the table', () => {
    const problem = toProblem(notApproved(), 'en', '/x');
    expect(problem.detail).toBe('Only an approved offer can be sent.');
    expect(problem.errors).toEqual([{ field: '', rule: SERVICE_DETAIL_RULE, message: expect.stringContaining('a draft') }]);
  });

  it.each([
    ['ROUND_CLOSED', '本轮面试已关闭。', 'This interview round is closed.'],
    ['EVALUATION_EXISTS', '您已评价过该面试，如需调整请修改原评价。', 'You have already evaluated this interview; amend your evaluation instead.'],
    ['NOT_CURRENT_APPROVER', '当前审批环节不由您审批。', 'You are not the approver at the current level.'],
    ['RESPONSE_LINK_EXPIRED', '此链接已过期。如仍需回复，请联系招聘负责人。', 'The link has expired; please contact the recruiter.'],
  ])('localises %s in both languages', (reason, zh, en) => {
    const error = DomainError.conflict(reason, 'service words');
    expect(toProblem(error, 'zh-CN', '/').detail).toBe(zh);
    expect(toProblem(error, 'en', '/').detail).toBe(en);
  });

  it('keeps field violations as they are and does not add the service message beside them', () => {
    const violations = [{ field: 'interviewerIds', rule: 'conflict', message: 'u2 has interview i9 from 2030-01-01T02:00:00.000Z' }];
    const error = new DomainError('failed_precondition', 'INTERVIEWER_CONFLICT', 'interviewers already busy at that time: u2', violations);
    const problem = toProblem(error, 'zh-CN', '/');
    expect(problem.detail).toContain('面试官');
    expect(problem.errors).toEqual(violations);
  });

  it('keeps the service message for a reason without a table entry, in either language', () => {
    const error = DomainError.conflict('SOMETHING_NEW', 'the widget is frobnicated');
    for (const locale of ['zh-CN', 'en'] as const) {
      const problem = toProblem(error, locale, '/');
      expect(problem.detail).toBe('the widget is frobnicated');
      expect(problem).not.toHaveProperty('errors');
    }
    expect(toProblem(DomainError.invalid('salary.max', 'gte_min', 'min must not exceed max'), 'zh-CN', '/').detail).toBe('min must not exceed max');
  });

  it('still hides the message of 5xx errors, whatever their reason', () => {
    const problem = toProblem(new DomainError('unavailable', 'OFFER_NOT_FOUND', 'connect ECONNREFUSED 10.0.0.3:50051'), 'zh-CN', '/');
    expect(problem.detail).not.toContain('10.0.0.3');
    expect(problem).not.toHaveProperty('errors');
  });

  it.each([
    'INTERVIEWER_CONFLICT', 'NOT_ASSIGNED_INTERVIEWER', 'EVALUATION_EXISTS', 'ROUND_CLOSED', 'INTERVIEW_NOT_STARTED',
    'INTERVIEW_NOT_SCHEDULED', 'INTERVIEW_ALREADY_SCHEDULED', 'APPLICATION_CLOSED', 'FAIL_VERDICT_NOT_OVERRIDDEN',
    'RESPONSE_LINK_INVALID', 'RESPONSE_LINK_EXPIRED', 'RESPONSE_LINK_SUPERSEDED', 'RESPONSE_LINK_MALFORMED', 'RESPONSE_LINK_WRONG_ACTION',
    'OFFER_NOT_APPROVED', 'OFFER_EXPIRED', 'OFFER_CLOSED', 'NOT_CURRENT_APPROVER', 'ALREADY_DECIDED', 'APPLICATION_NOT_IN_OFFER_STAGE',
    'OFFER_LINK_INVALID', 'OFFER_LINK_EXPIRED', 'OFFER_LINK_SUPERSEDED', 'OFFER_LINK_MALFORMED', 'OFFER_LINK_WRONG_ACTION',
    'CANDIDATE_BLACKLISTED', 'CANDIDATE_EMAIL_MISSING',
  ])('has a Chinese and an English text for %s', (reason) => {
    expect(problemDetail(reason, 'zh-CN')).toMatch(HAN);
    expect(problemDetail(reason, 'en')).toMatch(/^[A-Z][^\p{Script=Han}]+\.$/u);
  });

  it('does not mistake inherited object keys for reasons', () => {
    expect(problemDetail('constructor', 'en')).toBeUndefined();
    expect(problemDetail('__proto__', 'zh-CN')).toBeUndefined();
  });
});
