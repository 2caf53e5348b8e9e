import { DomainError, Principal } from '@hr/workflow';
import { LOCALES, Locale } from '../domain/offer';
import { assertMayManage } from '../domain/offer-access';
import { OfferTemplate, TemplateContent, TemplateDraft, TemplateVersion, validateTemplateDraft } from '../domain/offer-template';
import type { OfferDeps } from './ports';

/** Saves a new immutable version; the template must fill in with sample data in strict mode first. */
export async function saveTemplate(
  deps: OfferDeps,
  draft: TemplateDraft,
  principal: Principal,
): Promise<{ template: OfferTemplate; version: TemplateVersion }> {
  assertMayManage(principal, 'edit the templates of');
  const valid = validateTemplateDraft(draft);
  const now = deps.now();
  deps.composer.check(valid, valid.locale, now);
  const saved = await deps.templates.saveVersion(valid, { by: principal.userId, now, newId: deps.newId });
  return saved!;
}

export function listTemplates(deps: OfferDeps, filter: { positionId?: string; locale?: string }, principal: Principal) {
  assertMayManage(principal, 'read the templates of');
  if (filter.locale && !LOCALES.includes(filter.locale as Locale)) return Promise.resolve([]);
  return deps.templates.list({ positionId: filter.positionId, locale: filter.locale as Locale | undefined });
}

export async function listTemplateVersions(deps: OfferDeps, templateId: string, principal: Principal): Promise<TemplateVersion[]> {
  assertMayManage(principal, 'read the templates of');
  if (!(await deps.templates.get(templateId))) throw DomainError.notFound('TEMPLATE_NOT_FOUND', templateId);
  return deps.templates.listVersions(templateId);
}

export async function getTemplateVersion(
  deps: OfferDeps,
  input: { templateId: string; version: number },
  principal: Principal,
): Promise<{ template: OfferTemplate; version: TemplateVersion }> {
  assertMayManage(principal, 'read the templates of');
  const template = await deps.templates.get(input.templateId);
  const version = template && (await deps.templates.getVersion(template.id, input.version));
  if (!template || !version) throw DomainError.notFound('TEMPLATE_VERSION_NOT_FOUND', `${input.templateId}@${input.version || 'latest'}`);
  return { template, version };
}

/** Stores the built-in defaults as version 1 of each language's default template, once. */
export async function seedDefaultTemplates(deps: OfferDeps, defaults: Record<Locale, TemplateContent & { name: string }>): Promise<void> {
  for (const locale of LOCALES) {
    const draft = { ...defaults[locale], positionId: '', locale };
    await deps.templates.saveVersion(draft, { by: 'system', now: deps.now(), newId: deps.newId, onlyIfNew: true });
  }
}
