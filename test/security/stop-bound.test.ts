import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleServer, ChildServer } from '../support/child-server';

jest.setTimeout(30_000);

/**
 * Review 2026-11 finding 8 (second half): with a channel that never answers, SIGTERM never
 * finished (the graceful stop waited for the stuck turn forever). A stop now ends within 10 s.
 */
describe('finding 8: SIGTERM ends within its bound, even while a channel never answers', () => {
  it('exits while a turn waits on a channel that never answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pca-stop-'));
    const sockets: Socket[] = [];
    const pit = createServer((s) => sockets.push(s));
    await new Promise<void>((ok) => pit.listen(0, '127.0.0.1', () => ok()));
    const script = bundleServer();
    // The channel's own time limit is longer than the stop's: only the stop's bound ends this.
    const server = await new ChildServer(
      { STORAGE_URL: `sqlite://${join(dir, 'store.sqlite')}`, OUTBOUND_TIMEOUT_MS: '120000' },
      script,
    ).start();
    try {
      const stuck = server
        .post({
          type: 'message',
          id: 'stuck-1',
          channelId: 'emulator',
          serviceUrl: `http://127.0.0.1:${(pit.address() as AddressInfo).port}/`,
          from: { id: 'ada' },
          recipient: { id: 'bot' },
          conversation: { id: 'stuck' },
          text: 'hello',
        })
        .catch(() => undefined);
      while (sockets.length === 0) await new Promise((ok) => setTimeout(ok, 50));
      const exit = await server.stop('SIGTERM');
      expect(exit.signal).toBeNull();
      expect(exit.code).toBe(1);
      expect(server.stderr).toMatch(/Stopping took longer than 10 s: exiting now/);
      await stuck;
    } finally {
      if (server.running) await server.stop('SIGKILL');
      for (const s of sockets) s.destroy();
      pit.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(script, { force: true });
    }
  });
});
