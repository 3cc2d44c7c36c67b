import { RateLimiter } from '../../bot/rate-limit';

describe('the rate limiter', () => {
  it('allows a burst, then as many as the rate refills', () => {
    const limiter = new RateLimiter(3, 2);
    expect([0, 0, 0, 0].map((at) => limiter.allow('a', at))).toEqual([true, true, true, false]);
    expect(limiter.allow('a', 499)).toBe(false);
    expect(limiter.allow('a', 1_000)).toBe(true);
    // Another sender has a bucket of its own.
    expect(limiter.allow('b', 1_000)).toBe(true);
  });

  it('forgets the sender it heard from least recently when it holds too many', () => {
    const limiter = new RateLimiter(1, 0.001, 2);
    expect(limiter.allow('a', 0)).toBe(true);
    expect(limiter.allow('b', 1)).toBe(true);
    // a again, later: a is now the more recent of the two.
    expect(limiter.allow('a', 2_000)).toBe(false);
    expect(limiter.allow('c', 2_001)).toBe(true);
    // b went (its empty bucket with it), a stayed.
    expect(limiter.allow('a', 2_002)).toBe(false);
    expect(limiter.allow('b', 2_003)).toBe(true);
  });
});
