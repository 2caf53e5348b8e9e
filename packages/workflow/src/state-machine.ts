import { DomainError } from './domain-error';

export interface StateMachine<S extends string> {
  readonly name: string;
  can(from: S, to: S): boolean;
  assert(from: S, to: S): void;
  targets(from: S): readonly S[];
}

export function defineStateMachine<S extends string>(
  name: string,
  transitions: Record<S, readonly S[]>,
): StateMachine<S> {
  const can = (from: S, to: S) => (transitions[from] ?? []).includes(to);
  return {
    name,
    can,
    targets: (from) => transitions[from] ?? [],
    assert(from, to) {
      if (!can(from, to)) {
        throw DomainError.conflict('ILLEGAL_TRANSITION', `${name} cannot go from ${from} to ${to}`);
      }
    },
  };
}
