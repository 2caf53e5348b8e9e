import type { RequestHandler } from 'express';
import { DomainError } from '@hr/platform';

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isForbidden(key: string): boolean {
  // Bracket and dot segments too, so `a[$gt]` or `x.__proto__` cannot slip through a nesting query parser.
  return key.split(/[[\].]/).some((segment) => segment.startsWith('$') || PROTOTYPE_KEYS.has(segment));
}

/** Finds the first key that could reach a Mongo operator or an object prototype; returns its path. */
export function findForbiddenKey(value: unknown): string | undefined {
  const pending: Array<{ node: unknown; path: string }> = [{ node: value, path: '' }];
  while (pending.length) {
    const { node, path } = pending.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      node.forEach((item, index) => pending.push({ node: item, path: path ? `${path}.${index}` : String(index) }));
      continue;
    }
    for (const key of Object.keys(node)) {
      const child = path ? `${path}.${key}` : key;
      if (isForbidden(key)) return child;
      pending.push({ node: (node as Record<string, unknown>)[key], path: child });
    }
  }
  return undefined;
}

/** Throws when a value holds a key that could reach a Mongo operator or an object prototype. */
export function assertNoForbiddenKeys(location: string, value: unknown): void {
  const field = findForbiddenKey(value);
  if (field) {
    throw new DomainError('invalid_argument', 'FORBIDDEN_KEY', `the ${location} contains the forbidden key "${field}"`, [
      { field, rule: 'forbidden_key' },
    ]);
  }
}

/** Rejects `$`-prefixed and prototype keys in the JSON body and the query string. */
export function forbiddenKeyGuard(): RequestHandler {
  return (req, _res, next) => {
    try {
      assertNoForbiddenKeys('body', req.body);
      assertNoForbiddenKeys('query', req.query);
    } catch (error) {
      next(error);
      return;
    }
    next();
  };
}
