import { createHash } from 'node:crypto';
import { ownerId } from './lock';
import {
  decode,
  encode,
  expiryOf,
  lastPerKey,
  LockLostError,
  STORE_CALL_TIMEOUT_MS,
  StoreUnavailableError,
  withTimeout,
  type DueList,
  type HeldLock,
  type Store,
  type Write,
} from './store';

interface QueryConfig {
  name?: string;
  text: string;
  values?: unknown[];
}
interface PgClient {
  query(q: string | QueryConfig, values?: unknown[]): Promise<{ rows: Record<string, unknown>[]; rowCount: number | null }>;
  release(err?: Error | boolean): void;
}
interface PgPool {
  query: PgClient['query'];
  connect(): Promise<PgClient>;
  on(event: 'error' | 'connect', listener: (err?: Error) => void): unknown;
  end(): Promise<void>;
}
// pg has no types installed here; only these calls are used.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Pool } = require('pg') as { Pool: new (o: Record<string, unknown>) => PgPool };

/** `?table=` and `?schema=` are ours, not the driver's: plain SQL names, the lock table is `<table>_locks`. */
export function postgresTarget(url: string): { connectionString: string; schema: string; table: string } {
  const parsed = new URL(url);
  const table = parsed.searchParams.get('table') ?? 'kv';
  const schema = parsed.searchParams.get('schema') ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,56}$/.test(table))
    throw new Error('STORAGE_URL: table must be a plain SQL name (letters, digits, _; at most 57)');
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error('STORAGE_URL: schema must be a plain SQL name (letters, digits, _)');
  parsed.searchParams.delete('table');
  parsed.searchParams.delete('schema');
  return { connectionString: parsed.toString(), schema, table };
}

/**
 * PostgreSQL, for deployments that have it rather than Redis: table `kv` (key, value, expiry)
 * and its lock table `kv_locks` in the schema the URL names, keys prefixed by the namespace.
 * A dropped connection is logged and replaced by the pool; every call has a time limit.
 */
export class PostgresStore implements Store {
  readonly kind = 'postgres';
  private readonly prefix: string;
  private readonly sql;
  private readonly reconnectListeners: (() => void)[] = [];
  private down = false;

  private constructor(
    private readonly pool: PgPool,
    schema: string,
    table: string,
    namespace: string,
    private readonly timeoutMs: number,
  ) {
    this.prefix = `${namespace}:`;
    const kv = `${schema}.${table}`;
    const locks = `${schema}.${table}_locks`;
    // Statement names are per connection and at most 63 bytes: short, and unique per table.
    const id = createHash('sha1').update(kv).digest('hex').slice(0, 12);
    const name = (n: string) => `pca_${id}_${n}`;
    const writes = (from: number) =>
      `INSERT INTO ${kv} (key, value, expires, due) SELECT k, v, e, t FROM unnest($${from}::text[], $${from + 1}::text[], $${from + 2}::bigint[], $${from + 3}::bigint[]) AS w(k, v, e, t) WHERE v IS NOT NULL`;
    const upsert = 'ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, expires = EXCLUDED.expires';
    // A commit's write states the record's place in the due list (none: NULL).
    const upsertDue = `${upsert}, due = EXCLUDED.due`;
    this.sql = {
      ddl: [
        `CREATE SCHEMA IF NOT EXISTS ${schema}`,
        `CREATE TABLE IF NOT EXISTS ${kv} (key VARCHAR(2048) PRIMARY KEY, value TEXT)`,
        `ALTER TABLE ${kv} ADD COLUMN IF NOT EXISTS expires BIGINT`,
        `CREATE INDEX IF NOT EXISTS ${table}_expires ON ${kv} (expires) WHERE expires IS NOT NULL`,
        `ALTER TABLE ${kv} ADD COLUMN IF NOT EXISTS due BIGINT`,
        `CREATE INDEX IF NOT EXISTS ${table}_due ON ${kv} (due) WHERE due IS NOT NULL`,
        `CREATE TABLE IF NOT EXISTS ${locks} (key TEXT PRIMARY KEY, owner TEXT NOT NULL, expires BIGINT NOT NULL)`,
      ],
      // Prepared once per connection (named), planned once.
      get: { name: name('get'), text: `SELECT value FROM ${kv} WHERE key = $1 AND (expires IS NULL OR expires > $2)` },
      getMany: { name: name('get_many'), text: `SELECT key, value FROM ${kv} WHERE key = ANY($1) AND (expires IS NULL OR expires > $2)` },
      set: { name: name('set'), text: `INSERT INTO ${kv} (key, value, expires) VALUES ($1, $2, $3) ${upsert}` },
      delete: { name: name('delete'), text: `DELETE FROM ${kv} WHERE key = $1` },
      // One statement: the writes, the deletes and (with a lock) its release, all or nothing.
      commit: {
        name: name('commit'),
        text: `WITH w AS (${writes(1)} ${upsertDue} RETURNING 1), d AS (DELETE FROM ${kv} WHERE key = ANY($5) RETURNING 1) SELECT (SELECT count(*) FROM w) + (SELECT count(*) FROM d) AS n`,
      },
      commitReleasing: {
        name: name('commit_release'),
        text: `WITH r AS (DELETE FROM ${locks} WHERE key = $1 AND owner = $2 RETURNING 1),
          w AS (${writes(3)} AND EXISTS (SELECT 1 FROM r) ${upsertDue} RETURNING 1),
          d AS (DELETE FROM ${kv} WHERE key = ANY($7) AND EXISTS (SELECT 1 FROM r) RETURNING 1)
          SELECT (SELECT count(*) FROM r) AS released, (SELECT count(*) FROM w) + (SELECT count(*) FROM d) AS n`,
      },
      acquire: {
        name: name('acquire'),
        text: `INSERT INTO ${locks} (key, owner, expires) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET owner = EXCLUDED.owner, expires = EXCLUDED.expires WHERE ${locks}.expires < $4 RETURNING owner`,
      },
      release: { name: name('release'), text: `DELETE FROM ${locks} WHERE key = $1 AND owner = $2` },
      due: {
        name: name('due'),
        text: `SELECT key FROM ${kv} WHERE due IS NOT NULL AND due <= $1 AND left(key, $2) = $3 AND (expires IS NULL OR expires > $4) ORDER BY due LIMIT $5`,
      },
      listed: { name: name('listed'), text: `SELECT count(*) AS n FROM ${kv} WHERE due IS NOT NULL AND left(key, $1) = $2` },
      sweep: { name: name('sweep'), text: `DELETE FROM ${kv} WHERE key IN (SELECT key FROM ${kv} WHERE expires <= $1 LIMIT 500)` },
      sweepLocks: { name: name('sweep_locks'), text: `DELETE FROM ${locks} WHERE expires < $1` },
    };
  }

  static async open(
    url: string,
    namespace: string,
    options: { onError: (err: Error) => void; connectTimeoutMs?: number; callTimeoutMs?: number },
  ): Promise<PostgresStore> {
    const { connectionString, schema, table } = postgresTarget(url);
    // Waiting for a free connection counts against a call's limit: a busy pool needs some slack.
    const timeoutMs = options.callTimeoutMs ?? STORE_CALL_TIMEOUT_MS * 1.5;
    const pool = new Pool({
      connectionString,
      max: 20,
      connectionTimeoutMillis: timeoutMs,
      idleTimeoutMillis: 30_000,
      query_timeout: timeoutMs * 2,
    });
    const store = new PostgresStore(pool, schema, table, namespace, timeoutMs);
    // A connection that drops while idle (restart, failover, pg_terminate_backend) is reported
    // here; without a listener it would end the process. The pool opens a new one when needed.
    pool.on('error', (err) => {
      if (!store.down) options.onError(new StoreUnavailableError(`PostgreSQL: ${err?.message ?? 'connection lost'}`));
      store.markDown();
    });
    const deadline = Date.now() + (options.connectTimeoutMs ?? 10_000);
    for (let attempt = 0; ; attempt++) {
      try {
        await store.createTables();
        break;
      } catch (err) {
        if (Date.now() > deadline) {
          await pool.end().catch(() => undefined);
          throw new StoreUnavailableError(
            `cannot reach PostgreSQL at ${connectionString.replace(/\/\/[^@]*@/, '//***@')}: ${(err as Error).message}`,
          );
        }
        await new Promise((r) => setTimeout(r, Math.min(100 * 2 ** attempt, 2_000)));
      }
    }
    return store;
  }

  /** Two processes starting at once must not both create the table: one at a time (advisory lock). */
  private async createTables(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT pg_advisory_xact_lock(hashtext('partner-center-assistant-schema'))");
      for (const statement of this.sql.ddl) await client.query(statement);
      await client.query('COMMIT');
      client.release();
    } catch (err) {
      client.release(true);
      throw err;
    }
  }

  private markDown(): void {
    this.down = true;
  }

  private async q(what: string, config: QueryConfig): Promise<{ rows: Record<string, unknown>[]; rowCount: number | null }> {
    try {
      const r = await withTimeout(this.pool.query(config), this.timeoutMs, what);
      if (this.down) {
        this.down = false;
        for (const l of this.reconnectListeners) l();
      }
      return r;
    } catch (err) {
      if (err instanceof StoreUnavailableError) {
        this.down = true;
        throw err;
      }
      const e = err as Error & { code?: string };
      // SQL errors (class 22, 23, 42, ...) are ours to see; anything about the connection means "unavailable".
      if (typeof e.code === 'string' && /^(22|23|25|40|42)/.test(e.code)) throw err;
      this.down = true;
      throw new StoreUnavailableError(`${what}: ${e.message}`);
    }
  }

  async get(key: string): Promise<unknown> {
    const now = Date.now();
    const r = await this.q('get', { ...this.sql.get, values: [this.prefix + key, now] });
    return decode(r.rows[0]?.value, now);
  }

  async getMany(keys: string[]): Promise<unknown[]> {
    if (keys.length === 0) return [];
    const now = Date.now();
    const r = await this.q('getMany', { ...this.sql.getMany, values: [keys.map((k) => this.prefix + k), now] });
    const found = new Map(r.rows.map((row) => [row.key as string, row.value]));
    return keys.map((k) => decode(found.get(this.prefix + k), now));
  }

  async set(key: string, value: unknown, ttlMs?: number): Promise<void> {
    await this.q('set', { ...this.sql.set, values: [this.prefix + key, encode(value), ttlMs ? expiryOf(Date.now(), ttlMs) : null] });
  }

  async delete(key: string): Promise<void> {
    await this.q('delete', { ...this.sql.delete, values: [this.prefix + key] });
  }

  async commit(writes: Write[], release?: HeldLock): Promise<void> {
    if (writes.length === 0 && !release) return;
    const now = Date.now();
    const list = lastPerKey(writes);
    const sets = list.filter((w) => w.value !== undefined);
    const values = [
      release ? this.prefix + release.key : null,
      release?.owner ?? null,
      sets.map((w) => this.prefix + w.key),
      sets.map((w) => encode(w.value)),
      sets.map((w) => (w.ttlMs ? expiryOf(now, w.ttlMs) : null)),
      sets.map((w) => w.due ?? null),
      list.filter((w) => w.value === undefined).map((w) => this.prefix + w.key),
    ];
    if (!release) {
      await this.q('commit', { ...this.sql.commit, values: values.slice(2) });
      return;
    }
    const r = await this.q('commit', { ...this.sql.commitReleasing, values });
    if (Number(r.rows[0]?.released) !== 1)
      throw new LockLostError(`the lock on ${release.key} expired and was taken over: nothing was written`);
    release.released = true;
  }

  async listDue(prefix: string, until: number, limit: number): Promise<DueList> {
    const p = this.prefix + prefix;
    const [due, listed] = await Promise.all([
      this.q('listDue', { ...this.sql.due, values: [until, p.length, p, Date.now(), limit] }),
      this.q('listDue', { ...this.sql.listed, values: [p.length, p] }),
    ]);
    return { keys: due.rows.map((r) => (r.key as string).slice(this.prefix.length)), listed: Number(listed.rows[0]?.n ?? 0) };
  }

  async acquire(key: string, ttlMs: number): Promise<string | undefined> {
    const owner = ownerId();
    const now = Date.now();
    const r = await this.q('acquire', { ...this.sql.acquire, values: [this.prefix + key, owner, now + ttlMs, now] });
    return r.rows[0]?.owner === owner ? owner : undefined;
  }

  /** Two statements: a turn on PostgreSQL waits on the network either way, and the pool may run them on different connections. */
  async acquireAndRead(key: string, ttlMs: number, keys: string[]): Promise<{ owner?: string; values?: unknown[] }> {
    const owner = await this.acquire(key, ttlMs);
    return { owner, values: owner ? await this.getMany(keys) : undefined };
  }

  async release(key: string, owner: string): Promise<void> {
    await this.q('release', { ...this.sql.release, values: [this.prefix + key, owner] });
  }

  async ping(): Promise<void> {
    await this.q('ping', { text: 'SELECT 1' });
  }

  async sweep(now: number): Promise<number> {
    let total = 0;
    for (;;) {
      const n = (await this.q('sweep', { ...this.sql.sweep, values: [now] })).rowCount ?? 0;
      total += n;
      if (n < 500) break;
    }
    await this.q('sweep', { ...this.sql.sweepLocks, values: [now - 60 * 60 * 1000] });
    return total;
  }

  onReconnect(listener: () => void): void {
    this.reconnectListeners.push(listener);
  }

  async disconnect(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}
