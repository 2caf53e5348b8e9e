import { offerV1 } from '@hr/contracts';
import { CallInfo, requirePrincipal } from '@hr/platform';
import { getTemplateVersion, listTemplateVersions, listTemplates, saveTemplate } from '../app/manage-templates';
import type { OfferDeps } from '../app/ports';
import { previewTemplate } from '../app/preview-template';
import type { Locale } from '../domain/offer';
import { toProtoTemplate, toProtoVersion } from './template.mapper';

export function templateHandlers(deps: OfferDeps) {
  return {
    saveTemplate: async (req: offerV1.SaveTemplateRequest, call: CallInfo) => {
      const { template, version } = await saveTemplate(deps, { ...req, locale: req.locale as Locale }, requirePrincipal(call));
      return { template: toProtoTemplate(template), version: toProtoVersion(version) };
    },
    listTemplates: async (req: offerV1.ListTemplatesRequest, call: CallInfo) => ({
      templates: (await listTemplates(deps, req, requirePrincipal(call))).map(toProtoTemplate),
    }),
    listTemplateVersions: async (req: offerV1.ListTemplateVersionsRequest, call: CallInfo) => ({
      versions: (await listTemplateVersions(deps, req.templateId, requirePrincipal(call))).map(toProtoVersion),
    }),
    getTemplateVersion: async (req: offerV1.GetTemplateVersionRequest, call: CallInfo) => {
      const { template, version } = await getTemplateVersion(deps, req, requirePrincipal(call));
      return { template: toProtoTemplate(template), version: toProtoVersion(version) };
    },
    previewTemplate: async (req: offerV1.PreviewTemplateRequest, call: CallInfo) => {
      const input = {
        templateId: req.templateId,
        templateVersion: req.templateVersion,
        content: { subject: req.subject, body: req.body },
        locale: req.locale,
        offerId: req.offerId,
        includePdf: req.includePdf,
      };
      const letter = await previewTemplate(deps, input, requirePrincipal(call));
      return { subject: letter.subject, html: letter.html, text: letter.text, pdf: letter.pdf ?? Buffer.alloc(0) };
    },
  };
}
