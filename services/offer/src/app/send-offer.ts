import { OfferSent } from '@hr/contracts';
import { DomainError, Principal } from '@hr/workflow';
import { LOCALES, Locale, Offer, OfferSend } from '../domain/offer';
import { assertMayManage } from '../domain/offer-access';
import { assertSendable, recordSend } from '../domain/offer-sending';
import { chooseTemplate } from '../domain/offer-template';
import { loadVisibleOffer } from './load-offer';
import { offerEvent, offerRef } from './offer-events';
import type { OfferDeps } from './ports';

export interface SendOfferInput {
  id: string;
  toEmail?: string;
  locale?: string;
  templateId?: string;
  templateVersion?: number;
}

async function resolveTemplate(deps: OfferDeps, offer: Offer, locale: Locale, input: SendOfferInput) {
  const template = input.templateId
    ? await deps.templates.get(input.templateId)
    : chooseTemplate(
        [...(await deps.templates.list({ positionId: offer.positionId })), ...(await deps.templates.list({ positionId: '' }))],
        offer.positionId,
        locale,
      );
  if (!template) throw DomainError.notFound('TEMPLATE_NOT_FOUND', input.templateId ?? '');
  const version = await deps.templates.getVersion(template.id, input.templateVersion ?? 0);
  if (!version) throw DomainError.notFound('TEMPLATE_VERSION_NOT_FOUND', `${template.id}@${input.templateVersion}`);
  return version;
}

type Composed = Awaited<ReturnType<OfferDeps['composer']['compose']>>;

function sentEvent(offer: Offer, send: OfferSend, letter: Composed, links: { accept: string; decline: string }, principal: Principal, now: Date) {
  const attachment = { filename: letter.filename, contentType: 'application/pdf', content: letter.pdf.toString('base64'), encoding: 'base64' as const };
  const data = {
    ...offerRef(offer),
    sequence: send.sequence,
    sentBy: send.sentBy,
    recipient: { name: send.toName, email: send.toEmail, locale: send.locale },
    subject: letter.subject,
    html: letter.html,
    text: letter.text,
    attachments: [attachment],
    acceptUrl: links.accept,
    declineUrl: links.decline,
    expiresAt: offer.expiresAt.toISOString(),
    template: { id: send.templateId, version: send.templateVersion },
  };
  return offerEvent(OfferSent, data, principal, now);
}

/**
 * Renders the letter, keeps it, records the send and publishes offer.offer.sent.v1 in the same write;
 * the notification service mails what the event carries.
 */
export async function sendOffer(deps: OfferDeps, input: SendOfferInput, principal: Principal): Promise<{ offer: Offer; send: OfferSend }> {
  const now = deps.now();
  const offer = await loadVisibleOffer(deps, input.id, principal);
  assertMayManage(principal, 'send');
  assertSendable(offer, now);
  const locale = (input.locale || offer.candidate.locale) as Locale;
  if (!LOCALES.includes(locale)) throw DomainError.invalid('locale', 'enum', { values: LOCALES });
  const version = await resolveTemplate(deps, offer, locale, input);
  const round = offer.approval?.round ?? 0;
  const links = {
    accept: deps.links.url({ offerId: offer.id, action: 'accept', round }, offer.expiresAt),
    decline: deps.links.url({ offerId: offer.id, action: 'decline', round }, offer.expiresAt),
  };
  const letter = await deps.composer.compose({ content: version, terms: offer, locale, offerNumber: offer.number, issuedAt: now, links });
  const record = {
    letterId: deps.newId(),
    sentAt: now,
    sentBy: principal.userId,
    toEmail: input.toEmail?.trim() || offer.candidate.email,
    toName: offer.candidate.name,
    locale,
    templateId: version.templateId,
    templateVersion: version.version,
    subject: letter.subject,
  };
  const sent = recordSend(offer, record, principal, now);
  const send = sent.sends.at(-1)!;
  const { pdf, filename, ...rendered } = letter;
  const kept = { ...rendered, id: record.letterId, offerId: offer.id, templateId: record.templateId, templateVersion: record.templateVersion };
  await deps.letters.save({ ...kept, pdf, pdfFilename: filename, createdAt: now });
  return { offer: await deps.offers.save(sent, [sentEvent(sent, send, letter, links, principal, now)]), send };
}
