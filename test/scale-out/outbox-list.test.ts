import { createClient } from '@keyv/redis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutboxStore, type FollowUpRequest } from '../../bot/outbox-store';
import { openStore } from '../../bot/storage/open-store';
import type { Store } from '../../bot/storage/store';
import { describeWith, runTag, service } from './services';

const request = (n: number): FollowUpRequest => ({
  reference: { channelId: 'slack', conversation: { id: `c${n}` } as never, serviceUrl: 'http://127.0.0.1:9' },
  activities: [{ type: 'message', text: `follow-up ${n}` }],
  topic: 'test',
});

const redis = service('Redis');
const postgres = service('PostgreSQL');
const pgTable = runTag('outbox');
/** The PostgreSQL URL with a user (the scale-out tests' default user when none is named). */
const pgUrl = () => {
  const u = new URL(postgres.url);
  if (!u.username) u.username = 'postgres';
  return u.toString();
};
const dir = mkdtempSync(join(tmpdir(), 'pca-outbox-list-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every store lists pending follow-ups itself, by due time: no list record rewritten per follow-up. */
const redisNamespace = runTag('t');
const stores: { name: string; open: () => Promise<Store>; run: jest.Describe }[] = [
  { name: 'SQLite', open: () => openStore(`sqlite://${join(dir, 'store.sqlite')}`, { namespace: runTag('t') }), run: describe },
  { name: 'Redis', open: () => openStore(`${redis.url}/13`, { namespace: redisNamespace }), run: describeWith(redis) },
  {
    name: 'PostgreSQL',
    open: () => openStore(`${pgUrl()}?table=${pgTable}`, { namespace: 'pca' }),
    run: describeWith(postgres),
  },
];

for (const s of stores) {
  s.run(`the outbox's pending list on ${s.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await s.open();
    });
    afterAll(async () => {
      await store?.disconnect();
      if (s.name === 'Redis') {
        const client = createClient({ url: `${redis.url}/13` });
        await client.connect();
        const keys = await client.keys(`${redisNamespace}*`);
        if (keys.length) await client.del(keys);
        await client.quit();
      }
      if (s.name !== 'PostgreSQL') return;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { Client } = require('pg') as {
        Client: new (o: {
          connectionString: string;
        }) => { connect(): Promise<void>; query(q: string): Promise<unknown>; end(): Promise<void> };
      };
      const c = new Client({ connectionString: pgUrl() });
      await c.connect();
      await c.query(`DROP TABLE IF EXISTS public.${pgTable}, public.${pgTable}_locks`);
      await c.end();
    });

    it('lists what is due, the earliest first; a finished item leaves the list, a retried one stays', async () => {
      const outbox = new OutboxStore(store);
      const late = await outbox.add(request(1), 3_000, 0);
      const early = await outbox.add(request(2), 1_000, 0);
      const middle = await outbox.add(request(3), 2_000, 0);
      expect((await outbox.due(500)).items).toEqual([]);
      const due = await outbox.due(2_500);
      expect(due.items.map((i) => i.id)).toEqual([early.id, middle.id]);
      expect(due.listed).toBe(3);
      await outbox.save({ ...early, status: 'sent', doneAt: 1 });
      await outbox.save({ ...middle, attempts: 1, nextAttempt: 99 });
      const after = await outbox.due(5_000);
      expect(after.items.map((i) => [i.id, i.attempts])).toEqual([
        [middle.id, 1],
        [late.id, 0],
      ]);
      expect(await outbox.listed()).toBe(2);
      expect((await outbox.get(early.id))?.status).toBe('sent');
    });

    it('moves a pending list kept the old way (one record) into the store, once', async () => {
      const outbox = new OutboxStore(store);
      const item = await outbox.add(request(4), 10, 0);
      // As written before: the item without its place, the list in one record.
      await store.set(`outbox:${item.id}`, item);
      await store.commit([{ key: `outbox:${item.id}`, value: item }]);
      await store.set('outbox:index', [[item.id, item.due]]);
      const fresh = new OutboxStore(store);
      expect((await fresh.due(20)).items.map((i) => i.id)).toContain(item.id);
      expect(await store.get('outbox:index')).toBeUndefined();
    });
  });
}
