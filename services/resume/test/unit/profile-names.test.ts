import { DomainError } from '@hr/workflow';
import { assertLabels, assertProfileNames } from '../../src/domain/profile-names';

const refusal = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    return (error as DomainError).violations.map((v) => `${v.field}:${v.rule}:${v.text}`);
  }
  return [];
};

describe('names in a profile HR or a job board typed', () => {
  it('accepts names in any script, with spaces and punctuation', () => {
    const profile = { name: '欧阳 娜娜', city: 'Saint-Étienne', education: [{ school: "King's College London", major: '工商管理' }], skills: ['C++', 'Node.js'] };
    expect(refusal(() => assertProfileNames(profile))).toEqual([]);
  });

  it('refuses control and text-direction characters, naming every field', () => {
    const profile = {
      name: 'Alice\u202Efdp.exe',
      city: '苏州',
      workHistory: [{ employer: '某某\u0007公司', title: '店长' }],
      languages: ['英语\u200B'],
    };
    expect(refusal(() => assertProfileNames(profile))).toEqual([
      'name:pattern:name_text',
      'workHistory.0.employer:pattern:name_text',
      'languages.0:pattern:name_text',
    ]);
  });

  it('refuses tags with commas or control characters', () => {
    expect(refusal(() => assertLabels('tags', ['销售', 'a,b']))).toEqual(['tags.1:pattern:label_text']);
    expect(refusal(() => assertLabels('categories', ['储备\u0000干部']))).toEqual(['categories.0:pattern:label_text']);
  });
});
