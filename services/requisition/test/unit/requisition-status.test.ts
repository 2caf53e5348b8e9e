import { DomainError } from '@hr/workflow';
import { requisitionStatus } from '../../src/domain/requisition-status';

describe('requisition status machine', () => {
  it.each([
    ['draft', 'pending_approval'],
    ['pending_approval', 'approved'],
    ['pending_approval', 'rejected'],
    ['rejected', 'pending_approval'],
    ['approved', 'open'],
    ['open', 'paused'],
    ['paused', 'open'],
    ['open', 'filled'],
    ['filled', 'open'],
    ['open', 'closed'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(requisitionStatus.can(from, to)).toBe(true);
  });

  it.each([
    ['draft', 'open'],
    ['draft', 'approved'],
    ['pending_approval', 'open'],
    ['rejected', 'open'],
    ['closed', 'open'],
    ['approved', 'closed'],
  ] as const)('refuses %s → %s with a conflict naming both states', (from, to) => {
    expect(requisitionStatus.can(from, to)).toBe(false);
    let caught: unknown;
    try {
      requisitionStatus.assert(from, to);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect(caught).toMatchObject({ kind: 'failed_precondition', reason: 'ILLEGAL_TRANSITION' });
    expect((caught as Error).message).toContain(`${from} to ${to}`);
  });

  it('has no way out of closed', () => {
    expect(requisitionStatus.targets('closed')).toEqual([]);
  });
});
