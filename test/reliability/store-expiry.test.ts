import type { SqliteStore } from '../../bot/storage/sqlite-store';
import { expiryOf } from '../../bot/storage/store';
import { TestAssistant } from '../support/client';

describe('finding 13: idle conversations expire', () => {
  it('a conversation and its kept replies carry the configured expiry, and the sweep removes them once it has passed; the sandbox data stays', async () => {
    // 0.00002 days: under two seconds.
    const bot = await new TestAssistant({ CONVERSATION_IDLE_DAYS: '0.00002' }).start();
    try {
      const c = bot.conversation('ada', { channelId: 'slack', id: 'idle-1' });
      const before = Date.now();
      expect(await c.say('cancel a software purchase')).toMatch(/Which customer/);
      const store = bot.app.kv as SqliteStore;
      const rows = store.query(
        "SELECT key, expires FROM kv WHERE key IN ('pca:conversation/slack/idle-1', 'pca:delivery/slack/idle-1/0')",
      ) as { key: string; expires: number }[];
      expect(rows).toHaveLength(2);
      for (const r of rows) expect(r.expires).toBeGreaterThanOrEqual(before + 1728);
      expect(await store.get('conversation/slack/idle-1')).toBeDefined();

      await new Promise((ok) => setTimeout(ok, 2_000));
      // Expired: no longer read, even before the sweep.
      expect(await store.get('conversation/slack/idle-1')).toBeUndefined();
      expect(await store.sweep(Date.now())).toBeGreaterThanOrEqual(2);
      expect(store.query("SELECT key FROM kv WHERE key LIKE 'pca:%/slack/idle-1%'")).toEqual([]);
      expect(await store.get('purchase:4711')).toBeDefined();
      // The user comes back: a fresh start, not the old question.
      expect(await c.say('contoso.com')).not.toMatch(/Which product of Contoso Ltd/);
    } finally {
      await bot.stop();
    }
  });
});

describe('an expiry, rounded up', () => {
  it('is never earlier than asked, at most a hundredth of the time to live (an hour at most) later, and the same for writes close together', () => {
    const day = 24 * 60 * 60 * 1000;
    const now = Date.UTC(2026, 11, 1, 10, 17, 3, 123);
    for (const ttl of [1, 1_728, 30_000, day, 30 * day]) {
      const e = expiryOf(now, ttl);
      expect(e).toBeGreaterThanOrEqual(now + ttl);
      expect(e - (now + ttl)).toBeLessThanOrEqual(Math.min(60 * 60 * 1000, Math.max(1, ttl / 100)));
    }
    // A conversation written every few seconds keeps its expiry (its index entry is not rewritten).
    expect(expiryOf(now + 5_000, 30 * day)).toBe(expiryOf(now, 30 * day));
  });
});
