import { rmSync } from 'node:fs';
import { openStore } from '../../bot/storage/open-store';
import type { Store } from '../../bot/storage/store';
import { bundleServer, ChildServer, typed } from '../support/child-server';
import { describeWith, requireReachable, runTag, service } from './services';

const postgres = service('PostgreSQL');

type PgClient = {
  connect(): Promise<void>;
  query(sql: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Client } = require('pg') as { Client: new (o: { connectionString: string; connectionTimeoutMillis: number }) => PgClient };

async function admin(base: string): Promise<{ client: PgClient; url: string }> {
  const u = new URL(base);
  for (const user of u.username ? [u.username] : ['postgres', 'root']) {
    const url = Object.assign(new URL(base), { username: user }).toString();
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      return { client, url };
    } catch {
      await client.end().catch(() => undefined);
    }
  }
  throw new Error(`PostgreSQL: no user may connect at ${base}`);
}

describeWith(postgres)('PostgreSQL failures', () => {
  jest.setTimeout(90_000);
  const table = runTag('pca_out');
  const schema = runTag('pca_schema');
  let pg: { client: PgClient; url: string };

  beforeAll(async () => {
    requireReachable(postgres);
    pg = await admin(postgres.url);
  });

  afterAll(async () => {
    if (!pg) return;
    await pg.client.query(`DROP TABLE IF EXISTS public.${table}, public.${table}_locks`);
    await pg.client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await pg.client.end();
  });

  it('finding 3: a dropped connection (pg_terminate_backend) does not end the process; the next turns are served', async () => {
    const app = runTag('pcaapp');
    const script = bundleServer();
    const server = await new ChildServer({ STORAGE_URL: `${pg.url}?table=${table}&application_name=${app}` }, script).start();
    const say = async (id: string, text: string) => {
      const r = await server.post(typed('pg-drop', 'ada', id, text), AbortSignal.timeout(20_000));
      expect(r.status).toBe(200);
      return r.replies.map((x) => x.plain).join('\n');
    };
    const terminate = async () =>
      (await pg.client.query('SELECT pg_terminate_backend(pid) AS t FROM pg_stat_activity WHERE application_name = $1', [app])).rows.length;
    try {
      expect(await say('d1', 'cancel a software purchase')).toMatch(/Which customer bought the software/);
      expect(await terminate()).toBeGreaterThan(0);
      // The pool reports the dropped connections; the process lives on and opens new ones.
      await new Promise((ok) => setTimeout(ok, 500));
      expect(server.running).toBe(true);
      expect(await say('d2', 'contoso.com')).toMatch(/Which product of Contoso Ltd/);
      // Dropped while a turn is in flight: that turn may be told to try again, the process lives.
      const inFlight = say('d3', 'Office LTSC Professional Plus 2024');
      await terminate();
      expect(await inFlight).toMatch(/Which order of Office LTSC|cannot reach my storage|went wrong/);
      expect(server.running).toBe(true);
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(200);
    } finally {
      if (server.running) await server.stop('SIGKILL');
      rmSync(script, { force: true });
    }
  });

  it('finding 14: the lock table follows the schema and table, and lock keys the namespace', async () => {
    const base = `${pg.url}?schema=${schema}&table=kv_a`;
    const stores: Store[] = [];
    const open = async (url: string, namespace: string) => {
      const s = await openStore(url, { namespace });
      stores.push(s);
      return s;
    };
    try {
      const a = await open(base, 'deployA');
      const b = await open(base, 'deployB');
      const a2 = await open(base, 'deployA');
      const other = await open(`${pg.url}?schema=${schema}&table=kv_b`, 'deployA');
      const tables = (
        await pg.client.query('SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name', [schema])
      ).rows.map((r) => r.table_name);
      expect(tables).toEqual(['kv_a', 'kv_a_locks', 'kv_b', 'kv_b_locks']);
      const owner = await a.acquire('conversation/emulator/same-id', 10_000);
      expect(owner).toBeDefined();
      // Same deployment: held. Another namespace or another table: its own lock.
      expect(await a2.acquire('conversation/emulator/same-id', 10_000)).toBeUndefined();
      expect(await b.acquire('conversation/emulator/same-id', 10_000)).toBeDefined();
      expect(await other.acquire('conversation/emulator/same-id', 10_000)).toBeDefined();
      const keys = (await pg.client.query(`SELECT key FROM ${schema}.kv_a_locks ORDER BY key`)).rows.map((r) => r.key);
      expect(keys).toEqual(['deployA:conversation/emulator/same-id', 'deployB:conversation/emulator/same-id']);
    } finally {
      for (const s of stores) await s.disconnect();
    }
  });
});
