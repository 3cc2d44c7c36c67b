import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../bot/storage/sqlite-store';
import { bundleServer, ChildServer, typed } from '../support/child-server';

jest.setTimeout(30_000);

describe('SIGTERM', () => {
  it('lets the turn in flight finish and answer, then exits with 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pca-term-'));
    const storageUrl = `sqlite://${join(dir, 'store.sqlite')}`;
    const script = bundleServer();
    const server = await new ChildServer({ STORAGE_URL: storageUrl }, script).start();
    // A second connection to the same SQLite file.
    const kv = new SqliteStore(join(dir, 'store.sqlite'), 'pca');
    const sql = kv;
    try {
      const first = await server.post(typed('term-1', 'ada', 'term-1-0', 'cancel a purchase'));
      expect(first.replies.map((r) => r.plain).join('\n')).toMatch(/Which customer/);
      // A slow turn: the conversation's lock is held elsewhere for a while, so the turn waits for it.
      await sql.query(
        'UPDATE turn_locks SET owner = ?, expires = ? WHERE key = ?',
        'elsewhere',
        Date.now() + 1500,
        'pca:conversation/slack/term-1',
      );
      await sql.query(
        'INSERT OR IGNORE INTO turn_locks (key, owner, expires) VALUES (?, ?, ?)',
        'pca:conversation/slack/term-1',
        'elsewhere',
        Date.now() + 1500,
      );
      let answered = false;
      const slow = server.post(typed('term-1', 'ada', 'term-1-1', 'contoso.com')).then((r) => {
        answered = true;
        return r;
      });
      await new Promise((ok) => setTimeout(ok, 400));
      expect(answered).toBe(false);
      const exit = server.stop('SIGTERM');
      await new Promise((ok) => setTimeout(ok, 200));
      // Stopping: no new requests are taken, the one in flight is still being served.
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
      expect(answered).toBe(false);
      const reply = await slow;
      expect(reply.status).toBe(200);
      expect(reply.replies.map((r) => r.plain).join('\n')).toMatch(/Which product of Contoso Ltd/);
      expect(await exit).toEqual({ code: 0, signal: null });
      // The answered turn was saved before the exit.
      const saved = (await kv.get('conversation/slack/term-1')) as { value: { record: { run?: { snapshot: { value: unknown } } } } };
      expect(saved.value.record.run?.snapshot.value).toBe('chooseProduct');
    } finally {
      if (server.running) await server.stop('SIGKILL');
      await kv.disconnect();
      rmSync(dir, { recursive: true, force: true });
      rmSync(script, { force: true });
    }
  });
});
