import { answerByLink, recordVerbalAnswer } from '../../src/domain/offer-answer';
import { expireOffer } from '../../src/domain/offer-expiry';
import { negotiateOffer } from '../../src/domain/offer-negotiation';
import { LEVELS, NOW, approved, clock, errorOf, hr, later, sent, techHead } from './offer-fixtures';

const link = (action: 'accept' | 'decline', round = 1) => ({ offerId: 'of-1', action, round });

describe('answering an offer', () => {
  it('accepts through a signed link', () => {
    const accepted = answerByLink(sent(), link('accept'), { now: later(1000) });
    expect(accepted.status).toBe('accepted');
    expect(accepted.answer).toEqual({ answer: 'accepted', via: 'link', by: 'candidate', at: later(1000), reason: undefined });
  });

  it('declines through a link only with a reason, and keeps it', () => {
    expect(errorOf(() => answerByLink(sent(), link('decline'), { reason: '  ', now: NOW })).violations[0]).toMatchObject({
      field: 'reason',
      rule: 'required',
    });
    const declined = answerByLink(sent(), link('decline'), { reason: '已接受其他公司offer', now: NOW });
    expect(declined).toMatchObject({ status: 'declined', answer: { answer: 'declined', via: 'link', reason: '已接受其他公司offer' } });
  });

  it('answers once', () => {
    const accepted = answerByLink(sent(), link('accept'), { now: NOW });
    expect(errorOf(() => answerByLink(accepted, link('decline'), { reason: 'x', now: NOW }))).toMatchObject({
      reason: 'OFFER_ALREADY_ANSWERED',
    });
  });

  it('refuses an answer at or after the expiry, even before the job ran', () => {
    const offer = sent();
    expect(errorOf(() => answerByLink(offer, link('accept'), { now: offer.expiresAt }))).toMatchObject({
      kind: 'failed_precondition',
      reason: 'OFFER_EXPIRED',
    });
    const expired = expireOffer(offer, offer.expiresAt)!;
    expect(errorOf(() => answerByLink(expired, link('accept'), { now: NOW })).reason).toBe('OFFER_EXPIRED');
  });

  it('refuses a link for another offer, an approved offer not yet sent, or older terms', () => {
    expect(errorOf(() => answerByLink(sent(), { ...link('accept'), offerId: 'of-2' }, { now: NOW }))).toMatchObject({
      kind: 'permission_denied',
      reason: 'OFFER_LINK_INVALID',
    });
    expect(errorOf(() => answerByLink(approved(), link('accept'), { now: NOW })).reason).toBe('OFFER_NOT_SENT');
    const salary = { ...sent().salary, bonus: '80000' };
    const { offer: renegotiated } = negotiateOffer(sent(), { change: { salary }, comment: '候选人要求', principal: hr, levels: LEVELS, clock });
    expect(errorOf(() => answerByLink(renegotiated, link('accept'), { now: NOW })).reason).toBe('OFFER_LINK_SUPERSEDED');
  });

  it('lets HR record a verbal answer, also before the letter went out', () => {
    const accepted = recordVerbalAnswer(approved(), { answer: 'accepted', principal: hr, now: NOW });
    expect(accepted).toMatchObject({ status: 'accepted', answer: { via: 'verbal', by: 'u-hr' } });
    const declined = recordVerbalAnswer(sent(), { answer: 'declined', reason: '电话告知薪资不满意', principal: hr, now: NOW });
    expect(declined.answer).toMatchObject({ answer: 'declined', via: 'verbal', reason: '电话告知薪资不满意' });
    expect(errorOf(() => recordVerbalAnswer(sent(), { answer: 'accepted', principal: techHead, now: NOW })).reason).toBe('OFFER_FORBIDDEN');
  });
});
