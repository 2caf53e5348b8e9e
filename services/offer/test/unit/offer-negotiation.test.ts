import { negotiateOffer } from '../../src/domain/offer-negotiation';
import { LEVELS, NOW, clock, draft, errorOf, hr, sent, techHead } from './offer-fixtures';

const negotiate = (offer = sent(), change = {}, comment = '与候选人电话沟通') =>
  negotiateOffer(offer, { change, comment, principal: hr, levels: LEVELS, clock });

describe('negotiated changes', () => {
  it('sends a salary change back through a new approval round', () => {
    const salary = { ...sent().salary, bonus: '80000' };
    const { offer, negotiation } = negotiate(sent(), { salary });
    expect(offer.status).toBe('pending_approval');
    expect(offer.salary.bonus).toBe('80000.00');
    expect(offer.approval).toMatchObject({ round: 2, current: 0, closed: false });
    expect(negotiation).toMatchObject({ by: 'u-hr', comment: '与候选人电话沟通', reapproval: true });
    expect(negotiation.changes.map((c) => c.field)).toEqual(['salary']);
    expect(offer.sends).toHaveLength(1);
    expect(offer.negotiations).toEqual([negotiation]);
  });

  it('sends a start-date change back too, and re-checks probation against the new pay', () => {
    expect(negotiate(sent(), { startDate: '2026-12-20' }).offer.status).toBe('pending_approval');
    const lower = { ...sent().salary, monthlyBase: '20000' };
    expect(errorOf(() => negotiate(sent(), { salary: lower })).violations[0]).toMatchObject({ field: 'probation.monthlySalary', rule: 'lte_base' });
    const { offer } = negotiate(sent(), { salary: lower, probation: { months: 3, monthlySalary: '16000' } });
    expect(offer.probation.monthlySalary).toBe('16000.00');
  });

  it('extends the expiry alone without a new approval', () => {
    const { offer, negotiation } = negotiate(sent(), { expiresAt: new Date('2026-12-10T10:00:00Z') });
    expect(offer.status).toBe('sent');
    expect(offer.approval!.round).toBe(1);
    expect(negotiation.reapproval).toBe(false);
  });

  it('refuses a change that changes nothing, without a comment, by non-HR, or on an unapproved offer', () => {
    expect(errorOf(() => negotiate(sent(), { startDate: sent().startDate })).violations[0].field).toBe('change');
    expect(errorOf(() => negotiate(sent(), { startDate: '2026-12-20' }, ' ')).violations[0].field).toBe('comment');
    expect(errorOf(() => negotiateOffer(sent(), { change: {}, comment: 'x', principal: techHead, levels: LEVELS, clock })).reason).toBe(
      'OFFER_FORBIDDEN',
    );
    expect(errorOf(() => negotiate(draft(), { startDate: '2026-12-20' })).reason).toBe('OFFER_NOT_NEGOTIABLE');
    const past = { ...clock, now: sent().expiresAt };
    expect(errorOf(() => negotiateOffer(sent(), { change: {}, comment: 'x', principal: hr, levels: LEVELS, clock: past })).reason).toBe(
      'OFFER_EXPIRED',
    );
    expect(NOW).toBeDefined();
  });
});
