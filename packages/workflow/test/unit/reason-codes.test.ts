import { LOCALES, REASONS, REASON_CODES, VIOLATION_TEXTS, placeholdersOf, renderViolation } from '../../src';

const HAN = /\p{Script=Han}/u;
/** Chinese text: characters, or at least Chinese punctuation around the values it quotes. */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
const LOWER_SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

describe('the registry of reason codes', () => {
  it('holds every code the system answers with, each UPPER_SNAKE', () => {
    const bad = REASON_CODES.filter((code) => !UPPER_SNAKE.test(code));
    expect(bad).toEqual([]);
    // Codes that once answered with spaces (`API KEY_NOT_FOUND`) are registered as what they mean.
    expect(REASON_CODES).toEqual(expect.arrayContaining(['API_KEY_NOT_FOUND', 'MERGE_SUGGESTION_NOT_FOUND', 'SAVED_FILTER_NOT_FOUND', 'TEMPLATE_VERSION_NOT_FOUND']));
  });

  it.each(REASON_CODES)('reads %s in Chinese and in English, naming the same values', (code) => {
    const text = REASONS[code];
    expect(text['zh-CN']).toMatch(HAN);
    expect(text.en).toMatch(/^[A-Z][^\p{Script=Han}]+[.:a-z}]$/u);
    expect(placeholdersOf(text['zh-CN']).sort()).toEqual(placeholdersOf(text.en).sort());
  });
});

describe('the texts of violation rules', () => {
  const rules = Object.keys(VIOLATION_TEXTS) as Array<keyof typeof VIOLATION_TEXTS>;

  it.each(rules)('%s is lower_snake and reads in Chinese and in English, naming the same values', (rule) => {
    expect(rule).toMatch(LOWER_SNAKE);
    const text = VIOLATION_TEXTS[rule];
    expect(text['zh-CN']).toMatch(CHINESE);
    expect(text.en).not.toMatch(HAN);
    expect(placeholdersOf(text['zh-CN']).sort()).toEqual(placeholdersOf(text.en).sort());
  });

  it('fills lists and labels in each language', () => {
    const v = { rule: 'enum' as const, params: { values: ['male', 'female'] } };
    expect(LOCALES.map((locale) => renderViolation(v, locale))).toEqual(['须为以下之一：male、female', 'must be one of: male, female']);
    const typed = { rule: 'type' as const, params: { expected: { 'zh-CN': '数字', en: 'a number' } } };
    expect(renderViolation(typed, 'zh-CN')).toBe('应为数字');
  });
});
