import { z } from 'zod';
import { toViolations } from '../../src/middleware/validation';
import { normalizeCnPhone } from '../../src/routes/schemas/phone';
import { compareDecimal, createRequisitionBody } from '../../src/routes/schemas/requisition.schemas';
import { createUserBody } from '../../src/routes/schemas/user.schemas';

describe('mainland phone numbers', () => {
  it.each([
    ['13812345678', '+8613812345678'],
    ['138 1234 5678', '+8613812345678'],
    ['+86 138-1234-5678', '+8613812345678'],
    ['008613812345678', '+8613812345678'],
    ['8613812345678', '+8613812345678'],
    ['010-12345678', '+861012345678'],
    ['(0755) 8765 4321', '+8675587654321'],
    ['+86 21 6123 4567', '+862161234567'],
  ])('normalises %s to %s', (raw, e164) => {
    expect(normalizeCnPhone(raw)).toBe(e164);
  });

  it.each(['12345', '+1 415 555 0100', '23812345678', '1381234567', 'phone', '138123456789'])('rejects %s', (raw) => {
    expect(normalizeCnPhone(raw)).toBeUndefined();
  });
});

describe('user input', () => {
  it('accepts Chinese names and lowercases the email', () => {
    const parsed = createUserBody.parse({ email: ' Wang.Fang@Example.CN ', name: '王芳', roles: ['hr', 'hr'], password: '0123456789' });
    expect(parsed).toMatchObject({ email: 'wang.fang@example.cn', name: '王芳', roles: ['hr'], locale: 'zh-CN' });
  });

  it.each(['Alice\u202Efdp.exe', '王\u0000芳', '王\u0007芳', '王芳\u200B'])('refuses the name %p by the shared text rule', (name) => {
    const result = createUserBody.safeParse({ email: 'a@b.cn', name, roles: ['hr'], password: '0123456789' });
    expect(toViolations('body', result.error!.issues, {})).toEqual([expect.objectContaining({ field: 'name', rule: 'pattern', text: 'name_text' })]);
  });

  it('needs at least 10 characters of password and one known role', () => {
    const result = createUserBody.safeParse({ email: 'a@b.cn', name: '欧阳娜娜', roles: [], password: '123456789' });
    const violations = toViolations('body', result.error!.issues, {});
    expect(violations.map((v) => `${v.field}:${v.rule}`).sort()).toEqual(['password:min_length', 'roles:min_items']);
  });
});

describe('requisition input', () => {
  it('compares decimal strings exactly', () => {
    expect(compareDecimal('9.5', '10')).toBe(-1);
    expect(compareDecimal('18000.00', '18000')).toBe(0);
    expect(compareDecimal('100000000000.01', '100000000000')).toBe(1);
  });

  it('names missing, mistyped and out-of-range fields with their rule', () => {
    const input = { headcount: 1.5, reason: 'whim', salary: { min: 'abc', max: '1' }, requirements: 'x' };
    const result = createRequisitionBody.safeParse(input);
    const rules = Object.fromEntries(toViolations('body', result.error!.issues, input).map((v) => [v.field, v.rule]));
    expect(rules).toMatchObject({
      positionId: 'required',
      headcount: 'type',
      reason: 'enum',
      'salary.min': 'pattern',
      requirements: 'type',
      workLocation: 'required',
    });
  });

  it('reports numbers given as salary amounts instead of crashing', () => {
    const input = { salary: { min: 18000, max: 20000 } };
    const result = createRequisitionBody.safeParse(input);
    const rules = toViolations('body', result.error!.issues, input).map((v) => `${v.field}:${v.rule}`);
    expect(rules).toEqual(expect.arrayContaining(['salary.min:type', 'salary.max:type']));
  });

  it('reports the whole body as the field when it is not an object', () => {
    const result = z.strictObject({ a: z.string() }).safeParse('text');
    expect(toViolations('body', result.error!.issues, 'text')).toEqual([expect.objectContaining({ field: 'body', rule: 'type' })]);
  });
});
