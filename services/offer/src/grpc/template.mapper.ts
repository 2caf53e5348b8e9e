import { offerV1 } from '@hr/contracts';
import type { OfferTemplate, TemplateVersion } from '../domain/offer-template';

export function toProtoTemplate(template: OfferTemplate): offerV1.OfferTemplate {
  return offerV1.OfferTemplate.fromPartial(template);
}

export function toProtoVersion(version: TemplateVersion): offerV1.TemplateVersion {
  return offerV1.TemplateVersion.fromPartial(version);
}
