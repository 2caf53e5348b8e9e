import { DomainError, fromGrpcError, toGrpcError, violation } from '@hr/platform';
import { HttpProblem, toProblem } from '../../src/middleware/problem';

const HAN = /\p{Script=Han}/u;

describe('problems read in the reader language', () => {
  const notApproved = () => DomainError.conflict('OFFER_NOT_APPROVED', 'only an approved offer can be sent; this one is a draft');

  it('reads a reason in Chinese and leaves the English account of the service to the logs', () => {
    expect(toProblem(notApproved(), 'zh-CN', '/api/v1/offers/o1/send')).toEqual({
      type: 'urn:hr:problem:failed-precondition',
      title: '当前状态不允许此操作',
      status: 409,
      detail: '只有审批通过的录用通知才能发送。',
      instance: '/api/v1/offers/o1/send',
      reason: 'OFFER_NOT_APPROVED',
    });
    expect(toProblem(notApproved(), 'en', '/x').detail).toBe('Only an approved offer can be sent.');
  });

  it('names the invalid fields and reads each rule, with the values it names, in either language', () => {
    const error = DomainError.invalidFields([
      violation('probation.monthlySalary', 'min_percent', { percent: 80 }),
      violation('salary.monthsPerYear', 'range', { min: 12, max: 18 }),
    ]);
    const zh = toProblem(error, 'zh-CN', '/');
    expect(zh.detail).toBe('以下字段不符合要求：probation.monthlySalary、salary.monthsPerYear');
    expect(zh.errors).toEqual([
      { field: 'probation.monthlySalary', rule: 'min_percent', message: '试用期工资不得低于月基本工资的 80%' },
      { field: 'salary.monthsPerYear', rule: 'range', message: '须为 12 到 18 之间的整数' },
    ]);
    const en = toProblem(error, 'en', '/');
    expect(en.detail).toBe('These fields are invalid: probation.monthlySalary, salary.monthsPerYear');
    expect(en.errors?.[0].message).toBe('the probation salary must be at least 80% of the monthly base');
  });

  it('reads a service refusal carried over gRPC (reason, rule and values) in Chinese', () => {
    const sent = new DomainError('invalid_argument', 'VALIDATION_FAILED', 'department d9 does not exist', [violation('departmentId', 'exists', { id: 'd9' })]);
    const received = fromGrpcError({ ...toGrpcError(sent), message: '' } as never);
    expect(toProblem(received, 'zh-CN', '/')).toMatchObject({
      detail: '以下字段不符合要求：departmentId',
      errors: [{ field: 'departmentId', rule: 'exists', message: '不存在或已停用：d9' }],
    });
    const missing = fromGrpcError({ ...toGrpcError(DomainError.notFound('DEPARTMENT_NOT_FOUND', 'd9')), message: '' } as never);
    expect(toProblem(missing, 'zh-CN', '/').detail).toBe('找不到该部门。');
  });

  it('fills the values a reason names, e.g. the roles a route needs', () => {
    const error = new DomainError('permission_denied', 'ROLE_REQUIRED', 'needs hr', [], { roles: ['hr', 'hr_manager'] });
    expect(toProblem(error, 'zh-CN', '/').detail).toBe('此操作需要以下角色之一：hr、hr_manager');
    expect(toProblem(new HttpProblem(404, 'route_not_found', 'ROUTE_NOT_FOUND', 'x', [], { method: 'GET', path: '/nope' }), 'zh-CN', '/').detail).toBe(
      '没有此接口：GET /nope',
    );
  });

  it('reads a reason this build does not know (a newer service) by its title', () => {
    const error = new DomainError('failed_precondition', 'WIDGET_FROBNICATED' as never, 'the widget is frobnicated');
    for (const locale of ['zh-CN', 'en'] as const) {
      const problem = toProblem(error, locale, '/');
      expect(problem.detail).toBe(problem.title);
      expect(problem.reason).toBe('WIDGET_FROBNICATED');
    }
  });

  it('still hides the message of 5xx errors, whatever their reason', () => {
    const problem = toProblem(new DomainError('unavailable', 'OFFER_NOT_FOUND', 'connect ECONNREFUSED 10.0.0.3:50051'), 'zh-CN', '/');
    expect(problem.detail).toMatch(HAN);
    expect(problem.detail).not.toContain('10.0.0.3');
    expect(problem).not.toHaveProperty('errors');
  });

  it('quotes each refused file of a batch with its own reason', () => {
    const error = DomainError.invalidFields([
      violation('files.0', 'CANDIDATE_BLACKLISTED', { filename: '张三.pdf', detail: { 'zh-CN': '此人已被列入黑名单。', en: 'Blacklisted.' } }, 'file_refused'),
    ]);
    expect(toProblem(error, 'zh-CN', '/').errors).toEqual([{ field: 'files.0', rule: 'CANDIDATE_BLACKLISTED', message: '张三.pdf：此人已被列入黑名单。' }]);
    expect(toProblem(error, 'en', '/').errors?.[0].message).toBe('张三.pdf: Blacklisted.');
  });
});
