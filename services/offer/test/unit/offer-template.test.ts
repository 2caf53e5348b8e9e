import { OfferTemplate, chooseTemplate, validateTemplateDraft } from '../../src/domain/offer-template';
import { NOW, errorOf } from './offer-fixtures';

const template = (positionId: string, locale: 'zh-CN' | 'en'): OfferTemplate => ({
  id: `${positionId || 'default'}-${locale}`,
  positionId,
  locale,
  name: 'n',
  latestVersion: 1,
  createdAt: NOW,
  updatedAt: NOW,
  updatedBy: 'u',
});

describe('offer templates', () => {
  const all = [template('', 'zh-CN'), template('', 'en'), template('pos-java', 'zh-CN')];

  it('choose the position’s template, else the default in the language, else the Chinese default', () => {
    expect(chooseTemplate(all, 'pos-java', 'zh-CN').id).toBe('pos-java-zh-CN');
    expect(chooseTemplate(all, 'pos-java', 'en').id).toBe('default-en');
    expect(chooseTemplate(all, 'pos-sales', 'zh-CN').id).toBe('default-zh-CN');
    expect(chooseTemplate([template('', 'zh-CN')], 'pos-java', 'en').id).toBe('default-zh-CN');
    expect(errorOf(() => chooseTemplate([], 'pos-java', 'en')).reason).toBe('NO_OFFER_TEMPLATE');
  });

  it('validate a draft by field', () => {
    const draft = { positionId: ' pos-java ', locale: 'zh-CN' as const, name: ' 录用 ', subject: ' 主题 ', body: '正文' };
    expect(validateTemplateDraft(draft)).toMatchObject({ positionId: 'pos-java', name: '录用', subject: '主题' });
    const error = errorOf(() => validateTemplateDraft({ ...draft, locale: 'fr' as never, name: '', subject: 'a\nb', body: 'x'.repeat(20_001) }));
    expect(error.violations.map((v) => `${v.field}:${v.rule}`)).toEqual(['locale:enum', 'name:required', 'subject:single_line', 'body:max_length']);
  });
});
