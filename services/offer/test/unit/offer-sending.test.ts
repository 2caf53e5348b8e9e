import { decideOffer, withdrawOffer } from '../../src/domain/offer-lifecycle';
import { answerOffer } from '../../src/domain/offer-answer';
import { expireOffer } from '../../src/domain/offer-expiry';
import { NewSend, assertSendable, recordSend, sendCount } from '../../src/domain/offer-sending';
import { NOW, approved, draft, errorOf, hr, hrManager, later, pending, techHead } from './offer-fixtures';

const send: NewSend = {
  letterId: 'l-1',
  sentAt: NOW,
  sentBy: 'u-hr',
  toEmail: 'zhangsan@example.com',
  toName: '张三',
  locale: 'zh-CN',
  templateId: 't-1',
  templateVersion: 3,
  subject: '录用通知',
};

describe('sending an offer', () => {
  it('refuses anything not approved, saying what it is', () => {
    const rejected = decideOffer(pending(), { decision: 'rejected', comment: '预算不足', principal: hrManager, now: NOW }).offer;
    const returned = decideOffer(pending(), { decision: 'returned', comment: '请修改', principal: hrManager, now: NOW }).offer;
    for (const [offer, words] of [
      [draft(), 'a draft'],
      [pending(), 'pending approval'],
      [rejected, 'rejected'],
      [returned, 'returned for changes'],
    ] as const) {
      const error = errorOf(() => recordSend(offer, send, hr, NOW));
      expect(error).toMatchObject({ kind: 'failed_precondition', reason: 'OFFER_NOT_APPROVED' });
      expect(error.message).toBe(`only an approved offer can be sent; this one is ${words}`);
    }
  });

  it('refuses an expired offer, whether or not the expiry job has run', () => {
    const due = approved().expiresAt;
    expect(errorOf(() => assertSendable(approved(), due))).toMatchObject({ reason: 'OFFER_EXPIRED' });
    const expired = expireOffer(approved(), due)!;
    expect(errorOf(() => recordSend(expired, send, hr, NOW))).toMatchObject({ reason: 'OFFER_EXPIRED' });
  });

  it('refuses answered and withdrawn offers', () => {
    const first = recordSend(approved(), send, hr, NOW);
    const accepted = answerOffer(first, { answer: 'accepted', via: 'link', by: 'candidate', now: NOW });
    expect(errorOf(() => recordSend(accepted, send, hr, NOW))).toMatchObject({ reason: 'OFFER_CLOSED' });
    const withdrawn = withdrawOffer(approved(), { reason: '岗位取消', principal: hr, now: NOW });
    expect(errorOf(() => recordSend(withdrawn, send, hr, NOW))).toMatchObject({ reason: 'OFFER_CLOSED' });
  });

  it('lets only HR send, to an e-mail address', () => {
    expect(errorOf(() => recordSend(approved(), send, techHead, NOW)).reason).toBe('OFFER_FORBIDDEN');
    expect(errorOf(() => recordSend(approved(), { ...send, toEmail: 'nobody' }, hr, NOW)).violations[0].field).toBe('toEmail');
  });

  it('moves to sent on the first send and counts every send with its template version and round', () => {
    const once = recordSend(approved(), send, hr, NOW);
    expect(once.status).toBe('sent');
    expect(once.statusHistory.at(-1)).toMatchObject({ from: 'approved', to: 'sent', by: 'u-hr' });
    const twice = recordSend(once, { ...send, letterId: 'l-2', sentAt: later(60_000), toEmail: 'zs@example.org' }, hr, later(60_000));
    expect(twice.status).toBe('sent');
    expect(sendCount(twice)).toBe(2);
    expect(twice.sends.map((s) => [s.sequence, s.toEmail, s.templateVersion, s.round])).toEqual([
      [1, 'zhangsan@example.com', 3, 1],
      [2, 'zs@example.org', 3, 1],
    ]);
    expect(twice.statusHistory.filter((c) => c.to === 'sent')).toHaveLength(1);
  });
});
