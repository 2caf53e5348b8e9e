import { DomainError, Principal } from '@hr/workflow';
import { LOCALES, Locale } from '../domain/offer';
import { assertMayManage } from '../domain/offer-access';
import { TemplateContent, validateTemplateDraft } from '../domain/offer-template';
import { loadVisibleOffer } from './load-offer';
import type { OfferDeps, RenderedLetter } from './ports';

export interface PreviewInput {
  templateId?: string;
  templateVersion?: number;
  content?: TemplateContent;
  locale?: string;
  offerId?: string;
  includePdf: boolean;
}

async function contentOf(deps: OfferDeps, input: PreviewInput): Promise<{ content: TemplateContent; locale?: Locale }> {
  if (input.templateId) {
    const template = await deps.templates.get(input.templateId);
    const version = template && (await deps.templates.getVersion(template.id, input.templateVersion ?? 0));
    if (!template || !version) throw DomainError.notFound('TEMPLATE_VERSION_NOT_FOUND', `${input.templateId}@${input.templateVersion || 'latest'}`);
    return { content: version, locale: template.locale };
  }
  const { subject, body } = input.content ?? { subject: '', body: '' };
  const locale = (input.locale || 'zh-CN') as Locale;
  return { content: validateTemplateDraft({ subject, body, locale, name: 'preview', positionId: '' }) };
}

/**
 * Fills a stored version or unsaved content with an offer's terms or sample data. The answer links
 * are placeholders: a preview never carries a link that would answer the offer.
 */
export async function previewTemplate(
  deps: OfferDeps,
  input: PreviewInput,
  principal: Principal,
): Promise<RenderedLetter & { pdf?: Buffer }> {
  assertMayManage(principal, 'preview');
  const { content, locale: templateLocale } = await contentOf(deps, input);
  const locale = (input.locale || templateLocale || 'zh-CN') as Locale;
  if (!LOCALES.includes(locale)) throw DomainError.invalid('locale', 'enum', { values: LOCALES });
  const now = deps.now();
  const sample = deps.composer.sample(locale, now);
  const offer = input.offerId ? await loadVisibleOffer(deps, input.offerId, principal) : undefined;
  const request = offer ? { ...sample, content, terms: offer, offerNumber: offer.number } : { ...sample, content };
  if (!input.includePdf) return deps.composer.render(request);
  const { filename: _filename, ...letter } = await deps.composer.compose(request);
  return letter;
}
