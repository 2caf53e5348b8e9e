import { DomainError } from '@hr/platform';

/** Every unary response wraps its entity; a missing one is the service breaking the contract. */
export function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new DomainError('internal', 'EMPTY_RESPONSE', `the service returned no ${what}`);
  return value;
}
