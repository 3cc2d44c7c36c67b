import { createClient } from '@keyv/redis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../bot/storage/open-store';
import type { Store } from '../../bot/storage/store';
import { connectable, describeWith, requireReachable, runTag, service, type Service } from './services';

const sqlite: Service = { name: 'SQLite', url: '', reachable: true };
const stores = [sqlite, service('Redis'), service('PostgreSQL')];

/** A turn's first trip to the store: the lock, then what the turn reads, on every store. */
for (const s of stores) {
  describeWith(s)(`a lock taken with what it guards read (${s.name})`, () => {
    let store: Store;
    let dir: string | undefined;
    const keys = ['conversation/x', 'user/u', 'missing', 'nested'];

    beforeAll(async () => {
      if (s === sqlite) dir = mkdtempSync(join(tmpdir(), 'pca-acquire-read-'));
      else requireReachable(s);
      const url = s === sqlite ? `sqlite://${join(dir!, 'store.sqlite')}` : s.name === 'PostgreSQL' ? await connectable(s.url) : s.url;
      store = await openStore(url, { namespace: runTag('pcatest') });
    });

    afterAll(async () => {
      for (const k of keys) await store?.delete(k);
      await store?.disconnect();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('reads the keys, missing ones too, once the lock is taken, and nothing while another holds it', async () => {
      await store.commit([
        { key: 'conversation/x', value: { record: { step: 2 } } },
        { key: 'user/u', value: { locale: 'sv-SE', chosen: true } },
        { key: 'nested', value: { list: [1, { deep: 'é' }], none: null } },
      ]);
      const taken = await store.acquireAndRead('lock/x', 30_000, ['user/u', 'missing', 'conversation/x', 'nested', 'missing']);
      expect(taken.owner).toEqual(expect.any(String));
      expect(taken.values).toEqual([
        { locale: 'sv-SE', chosen: true },
        undefined,
        { record: { step: 2 } },
        { list: [1, { deep: 'é' }], none: null },
        undefined,
      ]);
      // Held: neither the lock nor the values for another.
      expect(await store.acquireAndRead('lock/x', 30_000, ['conversation/x'])).toEqual({});
      await store.release('lock/x', taken.owner!);
      // Only missing keys: one undefined per key.
      const again = await store.acquireAndRead('lock/x', 30_000, ['missing', 'missing']);
      expect(again.values).toEqual([undefined, undefined]);
      await store.release('lock/x', again.owner!);
    });

    it('sees the writes committed by the lock holder before it released the lock', async () => {
      const first = await store.acquireAndRead('lock/y', 30_000, ['conversation/x']);
      const second = store.acquireAndRead('lock/y', 30_000, ['conversation/x']);
      expect(await second).toEqual({});
      await store.commit([{ key: 'conversation/x', value: { record: { step: 3 } } }], {
        key: 'lock/y',
        owner: first.owner!,
        released: false,
      });
      const next = await store.acquireAndRead('lock/y', 30_000, ['conversation/x']);
      expect(next.values).toEqual([{ record: { step: 3 } }]);
      await store.release('lock/y', next.owner!);
    });

    if (s.name === 'Redis')
      it('takes, commits and releases after Redis forgot its scripts (a restart): they are sent again', async () => {
        const client = createClient({ url: s.url });
        await client.connect();
        try {
          await client.scriptFlush();
          const taken = await store.acquireAndRead('lock/z', 30_000, ['conversation/x']);
          expect(taken.values).toEqual([{ record: { step: 3 } }]);
          await client.scriptFlush();
          await store.commit([{ key: 'conversation/x', value: { record: { step: 4 } } }], {
            key: 'lock/z',
            owner: taken.owner!,
            released: false,
          });
          const next = await store.acquireAndRead('lock/z', 30_000, ['conversation/x']);
          expect(next.values).toEqual([{ record: { step: 4 } }]);
          await client.scriptFlush();
          await store.release('lock/z', next.owner!);
          const last = await store.acquireAndRead('lock/z', 30_000, []);
          expect(last.owner).toEqual(expect.any(String));
          await store.release('lock/z', last.owner!);
        } finally {
          await client.quit();
        }
      });
  });
}
