import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type Keyv from 'keyv';

/**
 * A lock that lives in the shared store, so that one conversation is served one turn at a
 * time also across several bot processes. Locks expire, so a killed process frees its own.
 */
export interface StoreLock {
  acquire(key: string, ttlMs: number): Promise<string | undefined>;
  release(key: string, owner: string): Promise<void>;
}

interface SqlStore {
  query(sql: string, ...args: unknown[]): Promise<unknown[]>;
}

interface RedisStore {
  client: {
    set(key: string, value: string, options: { NX: true; PX: number }): Promise<string | null>;
    eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  };
  getClient?: () => Promise<unknown>;
}

class SqliteLock implements StoreLock {
  private ready?: Promise<unknown>;
  constructor(private readonly db: SqlStore) {}

  private init(): Promise<unknown> {
    this.ready ??= this.db.query('CREATE TABLE IF NOT EXISTS turn_locks (key TEXT PRIMARY KEY, owner TEXT NOT NULL, expires INTEGER NOT NULL)');
    return this.ready;
  }

  async acquire(key: string, ttlMs: number): Promise<string | undefined> {
    await this.init();
    const owner = ownerId();
    const got = await this.tryAcquire(key, owner, ttlMs);
    if (got) return got;
    // An SQLite file is shared by processes of one machine: a lock whose process is gone
    // (killed) is taken over at once instead of waiting for it to expire.
    const rows = (await this.db.query('SELECT owner FROM turn_locks WHERE key = ?', key)) as { owner: string }[];
    const holder = rows[0]?.owner;
    if (holder && isDeadLocalOwner(holder)) {
      await this.db.query('DELETE FROM turn_locks WHERE key = ? AND owner = ?', key, holder);
      return this.tryAcquire(key, owner, ttlMs);
    }
    return undefined;
  }

  private async tryAcquire(key: string, owner: string, ttlMs: number): Promise<string | undefined> {
    const now = Date.now();
    // One statement: takes a free or expired lock, leaves a held one alone.
    const rows = (await this.db.query(
      'INSERT INTO turn_locks (key, owner, expires) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET owner = excluded.owner, expires = excluded.expires WHERE turn_locks.expires < ? RETURNING owner',
      key,
      owner,
      now + ttlMs,
      now,
    )) as { owner: string }[];
    return rows[0]?.owner === owner ? owner : undefined;
  }

  async release(key: string, owner: string): Promise<void> {
    await this.db.query('DELETE FROM turn_locks WHERE key = ? AND owner = ?', key, owner);
  }
}

/** A lock owner names its machine and process, so that a dead holder can be recognised. */
function ownerId(): string {
  return `${hostname()}/${process.pid}/${randomUUID()}`;
}

function isDeadLocalOwner(owner: string): boolean {
  const [host, pid] = owner.split('/');
  if (host !== hostname() || !/^\d+$/.test(pid ?? '') || Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

interface PgStore {
  query(sql: string, values?: unknown[]): Promise<unknown[]>;
}

class PostgresLock implements StoreLock {
  private ready?: Promise<unknown>;
  constructor(private readonly db: PgStore) {}

  private init(): Promise<unknown> {
    this.ready ??= this.db.query('CREATE TABLE IF NOT EXISTS turn_locks (key TEXT PRIMARY KEY, owner TEXT NOT NULL, expires BIGINT NOT NULL)');
    return this.ready;
  }

  async acquire(key: string, ttlMs: number): Promise<string | undefined> {
    await this.init();
    const owner = ownerId();
    const now = Date.now();
    const rows = (await this.db.query(
      'INSERT INTO turn_locks (key, owner, expires) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET owner = EXCLUDED.owner, expires = EXCLUDED.expires WHERE turn_locks.expires < $4 RETURNING owner',
      [key, owner, now + ttlMs, now],
    )) as { owner: string }[];
    return rows[0]?.owner === owner ? owner : undefined;
  }

  async release(key: string, owner: string): Promise<void> {
    await this.db.query('DELETE FROM turn_locks WHERE key = $1 AND owner = $2', [key, owner]);
  }
}

const RELEASE_SCRIPT = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

class RedisLock implements StoreLock {
  constructor(
    private readonly store: RedisStore,
    private readonly prefix: string,
  ) {}

  async acquire(key: string, ttlMs: number): Promise<string | undefined> {
    const owner = ownerId();
    const client = await this.client();
    return (await client.set(`${this.prefix}lock:${key}`, owner, { NX: true, PX: ttlMs })) === 'OK' ? owner : undefined;
  }

  async release(key: string, owner: string): Promise<void> {
    const client = await this.client();
    await client.eval(RELEASE_SCRIPT, { keys: [`${this.prefix}lock:${key}`], arguments: [owner] });
  }

  private async client(): Promise<RedisStore['client']> {
    if (this.store.getClient) return (await this.store.getClient()) as RedisStore['client'];
    return this.store.client;
  }
}

/** A store without a shared primitive serves one process: a lock in memory is then enough. */
class MemoryLock implements StoreLock {
  private readonly held = new Map<string, { owner: string; expires: number }>();
  async acquire(key: string, ttlMs: number): Promise<string | undefined> {
    const now = Date.now();
    const current = this.held.get(key);
    if (current && current.expires >= now) return undefined;
    const owner = ownerId();
    this.held.set(key, { owner, expires: now + ttlMs });
    return owner;
  }
  async release(key: string, owner: string): Promise<void> {
    if (this.held.get(key)?.owner === owner) this.held.delete(key);
  }
}

export function createStoreLock(kv: Keyv, url: string): StoreLock {
  const store = kv.opts.store as unknown;
  if (url.startsWith('sqlite://')) return new SqliteLock(store as SqlStore);
  if (url.startsWith('redis://') || url.startsWith('rediss://')) return new RedisLock(store as RedisStore, `${kv.opts.namespace ?? 'pca'}:`);
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return new PostgresLock(store as PgStore);
  return new MemoryLock();
}

/** Waits for the lock, a little longer each try, up to `waitMs`. */
export async function withLock<T>(lock: StoreLock, key: string, options: { ttlMs: number; waitMs: number }, task: () => Promise<T>): Promise<T | typeof LOCK_BUSY> {
  const deadline = Date.now() + options.waitMs;
  let delay = 5;
  let owner = await lock.acquire(key, options.ttlMs);
  while (!owner) {
    if (Date.now() > deadline) return LOCK_BUSY;
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 100);
    owner = await lock.acquire(key, options.ttlMs);
  }
  try {
    return await task();
  } finally {
    await lock.release(key, owner).catch(() => undefined);
  }
}

export const LOCK_BUSY = Symbol('lock-busy');
