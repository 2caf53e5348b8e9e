import { z } from 'zod';
import { AnyRoute, defineRoute } from '../openapi/route-registry';
import { attachmentDisposition } from '../uploads/content-disposition';
import { presentTemplate } from './offer.mappers';
import { OFFER_AUTHORS } from './offers.routes';
import { present } from './present';
import type { RouteDeps } from './route-deps';
import {
  listTemplatesQuery,
  offerTemplateSchema,
  previewBody,
  previewQuery,
  previewSchema,
  saveTemplateBody,
  templateIdParams,
  templateVersionParams,
  templateVersionSchema,
  templateWithVersionSchema,
} from './schemas/offer-template.schemas';

const TAGS = ['offer-templates'];
const BASE = '/api/v1/offer-templates';
const TEMPLATE_400 =
  'Invalid template, named in `errors`: a field, or a template that does not fill in with sample data ' +
  '(an unknown variable or a Handlebars syntax error; templates run in strict mode)';

function withVersion(response: { template?: Parameters<typeof presentTemplate>[0]; version?: object }) {
  return { template: presentTemplate(present(response.template, 'template')), version: present(response.version, 'template version') };
}

export function offerTemplateRoutes({ offers, fileCallDeadlineMs }: RouteDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: BASE,
      operationId: 'listOfferTemplates',
      summary: 'Offer-letter templates: one per position and language, plus the company default per language',
      tags: TAGS,
      roles: OFFER_AUTHORS,
      query: listTemplatesQuery,
      responses: { 200: { description: 'The templates', schema: z.object({ data: z.array(offerTemplateSchema) }).meta({ id: 'OfferTemplateList' }) } },
      handler: async ({ query }) => ({ data: (await offers.listTemplates(query)).templates.map(presentTemplate) }),
    }),
    defineRoute({
      method: 'post',
      path: BASE,
      operationId: 'saveOfferTemplate',
      summary: "Save a new version of a position's (or the default) template for a language",
      description:
        'Each save is a new immutable version of the template for (`positionId`, `locale`); the first save creates it. ' +
        'A sent offer keeps the exact version it used.',
      tags: TAGS,
      roles: OFFER_AUTHORS,
      body: saveTemplateBody,
      responses: { 201: { description: 'The template and the version saved', schema: templateWithVersionSchema } },
      problems: { 400: TEMPLATE_400 },
      handler: async ({ body }) => withVersion(await offers.saveTemplate({ ...body, positionId: body.positionId ?? '' })),
    }),
    defineRoute({
      method: 'post',
      path: `${BASE}/preview`,
      operationId: 'previewOfferTemplate',
      summary: 'Preview a stored version or unsaved content, with sample data or an offer’s terms',
      description:
        'Answers the subject, HTML and text; with `?format=pdf` or `Accept: application/pdf`, the PDF letter. ' +
        'A preview never carries working accept / decline links.',
      tags: TAGS,
      roles: OFFER_AUTHORS,
      query: previewQuery,
      body: previewBody,
      responses: { 200: { description: 'The letter filled in', schema: previewSchema, mediaTypes: ['application/pdf'] } },
      problems: { 400: TEMPLATE_400, 404: 'The template version or the offer does not exist' },
      handler: async ({ query, body, req, res }) => {
        const pdf = (query.format ?? (req.accepts(['application/json', 'application/pdf']) === 'application/pdf' ? 'pdf' : 'html')) === 'pdf';
        const request = {
          templateId: body.templateId ?? '',
          templateVersion: body.templateVersion ?? 0,
          subject: body.subject ?? '',
          body: body.body ?? '',
          locale: body.locale ?? '',
          offerId: body.offerId ?? '',
          includePdf: pdf,
        };
        const letter = await offers.previewTemplate(request, pdf ? { deadlineMs: fileCallDeadlineMs } : {});
        if (!pdf) return { subject: letter.subject, html: letter.html, text: letter.text };
        res.status(200);
        res.setHeader('Content-Type', 'application/pdf');
        res.setHeader('Content-Disposition', attachmentDisposition('offer-letter-preview.pdf'));
        res.setHeader('Content-Length', String(letter.pdf.length));
        res.setHeader('Cache-Control', 'private, no-store');
        res.end(letter.pdf);
        return undefined;
      },
    }),
    defineRoute({
      method: 'get',
      path: `${BASE}/{id}/versions`,
      operationId: 'listOfferTemplateVersions',
      summary: 'Every version of a template, oldest first',
      tags: TAGS,
      roles: OFFER_AUTHORS,
      params: templateIdParams,
      responses: { 200: { description: 'The versions', schema: z.object({ data: z.array(templateVersionSchema) }).meta({ id: 'OfferTemplateVersionList' }) } },
      handler: async ({ params }) => ({ data: (await offers.listTemplateVersions({ templateId: params.id })).versions }),
    }),
    defineRoute({
      method: 'get',
      path: `${BASE}/{id}/versions/{version}`,
      operationId: 'getOfferTemplateVersion',
      summary: 'One version of a template (`latest` for the newest)',
      tags: TAGS,
      roles: OFFER_AUTHORS,
      params: templateVersionParams,
      responses: { 200: { description: 'The template and the version', schema: templateWithVersionSchema } },
      handler: async ({ params }) => withVersion(await offers.getTemplateVersion({ templateId: params.id, version: params.version })),
    }),
  ];
}
