/** A token bucket per user: bursts are fine, a flood is slowed down. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly capacity = 60,
    private readonly perSecond = 10,
    private readonly maxUsers = 100_000,
  ) {}

  allow(user: string, now = Date.now()): boolean {
    const b = this.buckets.get(user) ?? { tokens: this.capacity, at: now };
    b.tokens = Math.min(this.capacity, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    b.at = now;
    const ok = b.tokens >= 1;
    if (ok) b.tokens -= 1;
    // Re-inserting keeps the map ordered by last use, so the oldest can be dropped.
    this.buckets.delete(user);
    this.buckets.set(user, b);
    if (this.buckets.size > this.maxUsers) this.buckets.delete(this.buckets.keys().next().value as string);
    return ok;
  }
}

/**
 * The buckets one activity draws from: its sender and its conversation. Neither key includes
 * the channel id, so that a client without authentication cannot get fresh buckets by changing
 * it; with authentication the channel vouches for both ids.
 */
export function rateKeys(activity: { from?: { id?: string }; conversation?: { id?: string } }): string[] {
  return [`user:${activity.from?.id ?? 'anonymous'}`, `conversation:${activity.conversation?.id ?? ''}`];
}
