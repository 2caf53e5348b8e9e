import { DomainError } from '@hr/workflow';
import { SignedTokenOptions, deriveSecret, signToken, verifyToken } from '@hr/platform';
import type { AnswerLinks } from '../app/ports';
import { AnswerLinkClaims, LINK_ACTIONS, LinkAction } from '../domain/offer-answer';

const PURPOSE = 'hr.offer.answer-link.v1';
export const ANSWER_LINK_PATH = '/public/v1/offer-responses/';

/** The link key: OFFER_LINK_SECRET, else one derived from the internal token secret for this use only. */
export function answerLinkSecret(config: { OFFER_LINK_SECRET?: string; INTERNAL_TOKEN_SECRET: string }): string {
  return config.OFFER_LINK_SECRET ?? deriveSecret(config.INTERNAL_TOKEN_SECRET, PURPOSE);
}

/**
 * Signed accept/decline links: one action on one offer, for the terms of one approval round,
 * valid until the offer expires. `<PUBLIC_BASE_URL>/public/v1/offer-responses/<token>`.
 */
export function signedAnswerLinks(settings: { secret: string; publicBaseUrl: string }): AnswerLinks {
  const options: SignedTokenOptions = { purpose: PURPOSE, secret: settings.secret, reasonPrefix: 'OFFER_LINK', noun: 'link' };
  const base = settings.publicBaseUrl.replace(/\/+$/, '');
  return {
    url(claims, expiresAt) {
      const token = signToken({ o: claims.offerId, a: claims.action, r: claims.round }, expiresAt, options);
      return `${base}${ANSWER_LINK_PATH}${token}`;
    },
    verify(token, now): AnswerLinkClaims {
      const { claims } = verifyToken(token, options, now);
      const { o, a, r } = claims;
      if (typeof o !== 'string' || !LINK_ACTIONS.includes(a as LinkAction) || !Number.isInteger(r)) {
        throw DomainError.forbidden('OFFER_LINK_INVALID', 'the link is not valid');
      }
      return { offerId: o, action: a as LinkAction, round: r as number };
    },
  };
}
