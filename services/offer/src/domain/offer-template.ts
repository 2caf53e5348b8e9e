import { DomainError } from '@hr/workflow';
import { LOCALES, Locale } from './offer';
import { ViolationCollector } from './validation-collector';

/**
 * An offer-letter template for one position (or the default, positionId "") in one language. Every
 * save adds an immutable version; a sent offer names the exact version it used.
 */
export interface OfferTemplate {
  id: string;
  /** "" for the company default of its language. */
  positionId: string;
  locale: Locale;
  name: string;
  latestVersion: number;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: string;
}

export interface TemplateContent {
  /** Handlebars, one line. */
  subject: string;
  /** Markdown with Handlebars variables: the e-mail body and the PDF letter. */
  body: string;
}

export interface TemplateVersion extends TemplateContent {
  templateId: string;
  version: number;
  name: string;
  createdBy: string;
  createdAt: Date;
}

export interface TemplateDraft extends TemplateContent {
  positionId: string;
  locale: Locale;
  name: string;
}

export const MAX_BODY_LENGTH = 20_000;

export function validateTemplateDraft(draft: TemplateDraft): TemplateDraft {
  const v = new ViolationCollector();
  v.check(LOCALES.includes(draft.locale), 'locale', 'enum', { values: LOCALES });
  v.text(draft.positionId, 'positionId', { max: 100 });
  v.text(draft.name, 'name', { required: true, max: 100, name: true });
  v.text(draft.subject, 'subject', { required: true, max: 200 });
  v.check(!/[\r\n]/.test(draft.subject.trim()), 'subject', 'single_line');
  v.text(draft.body, 'body', { required: true, max: MAX_BODY_LENGTH });
  v.throwIfAny();
  return { ...draft, positionId: draft.positionId.trim(), name: draft.name.trim(), subject: draft.subject.trim() };
}

/** The position's own template in the language, else the company default in it, else the zh-CN default. */
export function chooseTemplate(templates: OfferTemplate[], positionId: string, locale: Locale): OfferTemplate {
  const find = (position: string, language: Locale) =>
    templates.find((t) => t.positionId === position && t.locale === language);
  const chosen = (positionId && find(positionId, locale)) || find('', locale) || find('', 'zh-CN');
  if (!chosen) throw DomainError.conflict('NO_OFFER_TEMPLATE', `no offer-letter template for ${locale}`);
  return chosen;
}
