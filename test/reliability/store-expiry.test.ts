import type { SqliteStore } from '../../bot/storage/sqlite-store';
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
