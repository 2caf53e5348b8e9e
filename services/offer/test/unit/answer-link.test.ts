import { ANSWER_LINK_PATH, answerLinkSecret, signedAnswerLinks } from '../../src/infra/answer-link';
import { NOW, errorOf, later } from './offer-fixtures';

const INTERNAL = 'internal-token-secret-of-at-least-32-chars';
const links = signedAnswerLinks({ secret: answerLinkSecret({ INTERNAL_TOKEN_SECRET: INTERNAL }), publicBaseUrl: 'https://hr.example.com/' });
const claims = { offerId: 'of-1', action: 'accept' as const, round: 2 };
const tokenOf = (url: string) => url.split(ANSWER_LINK_PATH)[1];

describe('offer answer links', () => {
  it('are public URLs whose token carries one action on one round of one offer', () => {
    const url = links.url(claims, later(60_000));
    expect(url).toMatch(/^https:\/\/hr\.example\.com\/public\/v1\/offer-responses\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(links.verify(tokenOf(url), NOW)).toEqual(claims);
  });

  it('are refused when tampered, expired, or signed with the internal secret itself', () => {
    const token = tokenOf(links.url(claims, later(60_000)));
    const [payload, signature] = token.split('.');
    const forged = Buffer.from(Buffer.from(payload, 'base64url').toString().replace('"accept"', '"decline"')).toString('base64url');
    expect(errorOf(() => links.verify(`${forged}.${signature}`, NOW))).toMatchObject({ kind: 'permission_denied', reason: 'OFFER_LINK_INVALID' });
    expect(errorOf(() => links.verify(token, later(60_000)))).toMatchObject({ kind: 'failed_precondition', reason: 'OFFER_LINK_EXPIRED' });
    expect(errorOf(() => links.verify('garbage', NOW))).toMatchObject({ kind: 'invalid_argument', reason: 'OFFER_LINK_MALFORMED' });
    const raw = signedAnswerLinks({ secret: INTERNAL, publicBaseUrl: 'https://hr.example.com' });
    expect(errorOf(() => links.verify(tokenOf(raw.url(claims, later(60_000))), NOW)).reason).toBe('OFFER_LINK_INVALID');
  });

  it('use OFFER_LINK_SECRET when it is set', () => {
    expect(answerLinkSecret({ OFFER_LINK_SECRET: 'x'.repeat(32), INTERNAL_TOKEN_SECRET: INTERNAL })).toBe('x'.repeat(32));
  });
});
