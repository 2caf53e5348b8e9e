import { TtlCache } from '../../src/auth/ttl-cache';

describe('TtlCache (sessions and API keys remembered between requests)', () => {
  let now = 1_000;
  const clock = () => now;

  it('answers until the time is up, then reads again', () => {
    const cache = new TtlCache<string>(5000, 100, clock);
    cache.remember('s1', 'alice');
    now += 4999;
    expect(cache.get('s1')).toBe('alice');
    now += 1;
    expect(cache.get('s1')).toBeUndefined();
  });

  it('forgets one entry, or every entry that matches (all sessions of a user)', () => {
    const cache = new TtlCache<{ user: string }>(5000, 100, clock);
    cache.remember('s1', { user: 'u1' });
    cache.remember('s2', { user: 'u1' });
    cache.remember('s3', { user: 'u2' });
    cache.forget('s3');
    expect(cache.get('s3')).toBeUndefined();
    cache.forgetWhere((v) => v.user === 'u1');
    expect([cache.get('s1'), cache.get('s2')]).toEqual([undefined, undefined]);
  });

  it('keeps at most maxEntries, dropping the oldest', () => {
    const cache = new TtlCache<number>(5000, 2, clock);
    cache.remember('a', 1);
    cache.remember('b', 2);
    cache.remember('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 3]);
  });

  it('keeps nothing with a TTL of 0', () => {
    const cache = new TtlCache<number>(0, 2, clock);
    cache.remember('a', 1);
    expect(cache.get('a')).toBeUndefined();
  });
});
