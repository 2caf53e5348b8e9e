import type { Offer } from '../domain/offer';
import { LinkAction, answerByLink as answer, assertLinkMatches } from '../domain/offer-answer';
import { answerEvents } from './answer-events';
import { loadOffer } from './load-offer';
import type { OfferDeps } from './ports';

export interface AnswerLinkView {
  action: LinkAction;
  offer: Offer;
  /** The language of the last letter sent (the one the link came in). */
  locale: string;
  companyName: string;
}

async function offerOfLink(deps: OfferDeps, token: string) {
  const claims = deps.links.verify(token, deps.now());
  const offer = await loadOffer(deps, claims.offerId);
  assertLinkMatches(offer, claims);
  return { claims, offer };
}

/** What the candidate sees before answering; no principal: the signed token is the proof. */
export async function describeAnswerLink(deps: OfferDeps, token: string): Promise<AnswerLinkView> {
  const { claims, offer } = await offerOfLink(deps, token);
  const locale = offer.sends.at(-1)?.locale ?? offer.candidate.locale;
  return { action: claims.action, offer, locale, companyName: deps.companyName };
}

export async function answerByLink(deps: OfferDeps, input: { token: string; reason?: string }): Promise<AnswerLinkView> {
  const { claims, offer } = await offerOfLink(deps, input.token);
  const now = deps.now();
  const answered = answer(offer, claims, { reason: input.reason, now });
  const saved = await deps.offers.save(answered, answerEvents(answered, undefined, now));
  const locale = saved.sends.at(-1)?.locale ?? saved.candidate.locale;
  return { action: claims.action, offer: saved, locale, companyName: deps.companyName };
}
