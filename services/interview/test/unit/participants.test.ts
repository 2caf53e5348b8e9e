import { validateContact, validateInterviewers, validateLocale } from '../../src/app/participants';
import { errorOf, recruiter } from './interview-fixtures';

describe('participants', () => {
  it('keeps each interviewer once, trimmed, in zh-CN unless en is asked for', () => {
    const list = validateInterviewers([
      { userId: 'u-alice', name: ' Alice ', email: 'alice@example.com', locale: 'en' },
      { userId: 'u-bob', name: '王强' },
      { userId: 'u-alice', name: 'Alice again' },
    ]);
    expect(list).toEqual([
      { userId: 'u-alice', name: 'Alice', email: 'alice@example.com', locale: 'en' },
      { userId: 'u-bob', name: '王强', email: undefined, locale: 'zh-CN' },
    ]);
  });

  it.each([
    [[], 'interviewers', 'required'],
    [[{ userId: 'u-1', name: '' }], 'interviewers.0.name', 'required'],
    [[{ name: '无账号' }], 'interviewers.0.userId', 'required'],
    [[{ userId: 'u-1', name: 'x', email: 'not-an-address' }], 'interviewers.0.email', 'email'],
    [[{ userId: 'u-1', name: 'x', locale: 'fr' as never }], 'interviewers.0.locale', 'enum'],
    [[{ userId: 'u-1', name: 'Alice\u202Efdp.exe' }], 'interviewers.0.name', 'pattern'],
    [[{ userId: 'u-1', name: '王\u0007强' }], 'interviewers.0.name', 'pattern'],
  ])('names the invalid field %#', (list, field, rule) => {
    expect(errorOf(() => validateInterviewers(list)).violations[0]).toMatchObject({ field, rule });
  });

  it('takes the given contact, else the caller by name', () => {
    expect(validateContact({ name: '李娜', email: 'lina@example.com', locale: 'en' }, recruiter)).toMatchObject({ name: '李娜', locale: 'en' });
    expect(validateContact(undefined, recruiter)).toEqual({ userId: 'u-hr', name: '李娜', locale: 'zh-CN' });
    expect(validateContact(undefined, { userId: 'u-x', roles: ['hr'] })).toBeUndefined();
  });

  it('defaults the locale to zh-CN', () => {
    expect(validateLocale('', 'candidateLocale')).toBe('zh-CN');
    expect(errorOf(() => validateLocale('de', 'candidateLocale')).violations[0].field).toBe('candidateLocale');
  });
});
