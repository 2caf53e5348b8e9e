import { principalOf } from '../../src/app/follow-event';
import { planAcceptance, planOfferLapse } from '../../src/app/follow-offers';
import { WITHDRAWAL_REASONS, WITHDRAWAL_REASON_LABELS, assertStageChange } from '../../src/domain/application-stage';
import type { ApplicationStage } from '../../src/domain/application-stage';

const BEFORE_OFFER: ApplicationStage[] = ['new', 'screening', 'interview'];

describe('what an accepted offer does to an application', () => {
  it('hires an application at offer, a move the stage machine allows', () => {
    expect(planAcceptance('offer')).toEqual([{ to: 'hired' }]);
    expect(() => assertStageChange('offer', 'hired')).not.toThrow();
  });

  it('changes nothing for an application already hired', () => {
    expect(planAcceptance('hired')).toEqual([]);
  });

  it.each<ApplicationStage>(['rejected', 'withdrawn'])('leaves a %s application alone', (stage) => {
    expect(planAcceptance(stage)).toBe('closed');
  });

  it.each(BEFORE_OFFER)('waits (retry) while the application is still in %s', (stage) => {
    expect(planAcceptance(stage)).toBe('not_yet');
  });
});

describe('what a declined or expired offer does to an application', () => {
  const declined = { reasonCode: 'offer_declined', comment: '已接受其他公司的录用' } as const;

  it("withdraws an application at offer with the reason code and the candidate's reason", () => {
    const moves = planOfferLapse('offer', declined);
    expect(moves).toEqual([{ to: 'withdrawn', reasonCode: 'offer_declined', comment: '已接受其他公司的录用' }]);
    expect(planOfferLapse('offer', { reasonCode: 'offer_expired' })).toEqual([{ to: 'withdrawn', reasonCode: 'offer_expired', comment: undefined }]);
  });

  it.each(['offer_declined', 'offer_expired'])('accepts %s as a withdrawal reason, labelled in zh-CN and en', (reason) => {
    expect(WITHDRAWAL_REASONS).toContain(reason);
    expect(() => assertStageChange('offer', 'withdrawn', reason)).not.toThrow();
    expect(WITHDRAWAL_REASON_LABELS[reason as 'offer_declined']).toEqual({ 'zh-CN': expect.stringContaining('Offer'), en: expect.stringContaining('offer') });
  });

  it.each(BEFORE_OFFER)("keeps HR's decision for an application taken back to %s", (stage) => {
    expect(planOfferLapse(stage, declined)).toEqual([]);
  });

  it.each<ApplicationStage>(['hired', 'rejected', 'withdrawn'])('leaves a %s application alone', (stage) => {
    expect(planOfferLapse(stage, declined)).toBe('closed');
    expect(planOfferLapse(stage, { reasonCode: 'offer_expired' })).toBe('closed');
  });
});

describe('who answered', () => {
  const envelope = { id: 'e1', type: 'offer.offer.accepted.v1', version: 1, occurredAt: new Date().toISOString(), source: 'offer', correlationId: 'c1', data: {} };

  it('is the HR user who recorded a verbal answer', () => {
    expect(principalOf({ ...envelope, actor: { userId: 'u-hr-1', roles: ['hr'] } }, 'u-hr-1')).toEqual({ userId: 'u-hr-1', roles: ['hr'] });
  });

  it("is the event's `answeredBy` (the candidate) for an answer through the link, which names no actor", () => {
    expect(principalOf(envelope, 'candidate')).toEqual({ userId: 'candidate', roles: [] });
  });
});
