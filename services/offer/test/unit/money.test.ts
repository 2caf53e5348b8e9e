import { annualCashCents, fromCents, isMoney, normalizeMoney, toCents } from '../../src/domain/money';
import { terms } from './offer-fixtures';

describe('money as decimal strings', () => {
  it.each([
    ['0', 0],
    ['1', 100],
    ['1.5', 150],
    ['25000.05', 2500005],
    ['999999999.99', 99999999999],
  ])('reads %s as %d fen', (text, cents) => {
    expect(toCents(text)).toBe(cents);
    expect(toCents(fromCents(cents))).toBe(cents);
  });

  it.each(['', '-1', '1.234', '1e5', '1,000', ' 1', '.5', '1234567890'])('refuses %p', (text) => {
    expect(isMoney(text)).toBe(false);
    expect(() => toCents(text)).toThrow();
  });

  it('normalises to two decimals', () => {
    expect(normalizeMoney('25000')).toBe('25000.00');
    expect(normalizeMoney('0.5')).toBe('0.50');
  });

  it('adds up annual cash: base × months + allowances × 12 + bonus, without float drift', () => {
    const salary = { ...terms().salary, monthlyBase: '0.10', monthsPerYear: 12, allowances: [{ name: 'a', amount: '0.20' }], bonus: '0.30' };
    expect(annualCashCents(salary)).toBe(10 * 12 + 20 * 12 + 30);
    expect(annualCashCents(terms().salary)).toBe((30000 * 13 + 1000.5 * 12 + 49994) * 100);
  });
});
