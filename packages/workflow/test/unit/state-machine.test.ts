import { defineStateMachine, DomainError } from '@hr/workflow';

type Status = 'draft' | 'pending' | 'approved' | 'rejected' | 'closed';

const requisition = defineStateMachine<Status>('requisition', {
  draft: ['pending', 'closed'],
  pending: ['approved', 'rejected'],
  approved: ['closed'],
  rejected: ['pending', 'closed'],
  closed: [],
});

describe('defineStateMachine', () => {
  it('allows exactly the declared transitions', () => {
    expect(requisition.name).toBe('requisition');
    expect(requisition.can('draft', 'pending')).toBe(true);
    expect(requisition.can('rejected', 'pending')).toBe(true);
    expect(requisition.can('draft', 'approved')).toBe(false);
    expect(requisition.can('pending', 'pending')).toBe(false);
    expect(requisition.can('closed', 'draft')).toBe(false);
  });

  it('lists the states reachable from one', () => {
    expect(requisition.targets('pending')).toEqual(['approved', 'rejected']);
    expect(requisition.targets('closed')).toEqual([]);
    expect(requisition.targets('unknown' as Status)).toEqual([]);
  });

  it('refuses an illegal transition as a conflict naming the machine and both states', () => {
    expect(() => requisition.assert('draft', 'pending')).not.toThrow();
    let error: unknown;
    try {
      requisition.assert('approved', 'draft');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: 'failed_precondition', reason: 'ILLEGAL_TRANSITION' });
    expect((error as Error).message).toBe('requisition cannot go from approved to draft');
  });
});
