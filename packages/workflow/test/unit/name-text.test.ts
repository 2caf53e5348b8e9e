import { DomainError, assertNameText, isNameText } from '../../src';

describe('the text rule for names', () => {
  it.each(['王芳', '欧阳 娜娜', "O'Brien-Smith", 'Zoë Ångström', 'محمد', '株式会社 · 东京', 'C++ / Node.js', '123 Main St., #4'])('accepts %p', (name) => {
    expect(isNameText(name)).toBe(true);
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['BEL', '销售\u0007部'],
    ['a line feed', 'a\nb'],
    ['DEL', 'a\u007fb'],
    ['a C1 control', 'a\u0085b'],
    ['the right-to-left override', 'Alice\u202Efdp.exe'],
    ['a right-to-left isolate', 'a\u2067b'],
    ['a zero-width space', '店\u200B长'],
    ['a byte-order mark', '\uFEFF张三'],
    ['a line separator', 'a\u2028b'],
  ])('refuses %s', (_what, name) => {
    expect(isNameText(name)).toBe(false);
    let error: DomainError | undefined;
    try {
      assertNameText('name', name);
    } catch (caught) {
      error = caught as DomainError;
    }
    expect(error?.violations).toEqual([expect.objectContaining({ field: 'name', rule: 'pattern', text: 'name_text' })]);
  });
});
