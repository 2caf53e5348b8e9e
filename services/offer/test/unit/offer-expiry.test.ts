import { answerByLink } from '../../src/domain/offer-answer';
import { expireOffer } from '../../src/domain/offer-expiry';
import { APPROVED_LIST_STATUSES } from '../../src/domain/offer-status';
import { NOW, approved, pending, sent } from './offer-fixtures';

describe('offer expiry', () => {
  const due = sent().expiresAt;

  it('expires a sent or approved offer from its expiry instant on', () => {
    expect(expireOffer(sent(), new Date(due.getTime() - 1))).toBeUndefined();
    const expired = expireOffer(sent(), due)!;
    expect(expired).toMatchObject({ status: 'expired', expiredAt: due });
    expect(expired.statusHistory.at(-1)).toMatchObject({ from: 'sent', to: 'expired', by: 'system' });
    expect(expireOffer(approved(), due)!.status).toBe('expired');
    expect(APPROVED_LIST_STATUSES).toContain('expired');
  });

  it('is idempotent and leaves answered or unapproved offers alone', () => {
    const expired = expireOffer(sent(), due)!;
    expect(expireOffer(expired, due)).toBeUndefined();
    const accepted = answerByLink(sent(), { offerId: 'of-1', action: 'accept', round: 1 }, { now: NOW });
    expect(expireOffer(accepted, due)).toBeUndefined();
    expect(expireOffer(pending(), due)).toBeUndefined();
  });
});
