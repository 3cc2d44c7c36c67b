import type Keyv from 'keyv';
import type { StoreBackend } from '../../domain/sandbox/store';
import { KeyedQueue } from '../keyed-queue';
import { LOCK_BUSY, withLock, type StoreLock } from './lock';

interface SqlStore {
  query(sql: string, ...args: unknown[]): Promise<unknown>;
  opts: { table?: string };
}
interface PgStore {
  query(sql: string, values?: unknown[]): Promise<unknown>;
  opts: { table?: string; schema?: string };
}
interface RedisStore {
  getClient(): Promise<{ multi(): { set(k: string, v: string): unknown; exec(): Promise<unknown> } }>;
  createKeyPrefix(key: string, namespace?: string): string;
}

const EXCLUSIVE = 'sandbox-exclusive';

/**
 * The sandbox's atomic writes and its "alone" section on the real store: one multi-row
 * upsert (SQLite, PostgreSQL) or one MULTI (Redis), and the store's lock.
 */
export function createStoreBackend(kv: Keyv, url: string, lock: StoreLock): StoreBackend {
  const store = kv.opts.store as unknown;
  const namespace = kv.opts.namespace ?? 'pca';
  const serialize = (value: unknown) => JSON.stringify({ value });
  const queue = new KeyedQueue();
  const exclusive = <T>(task: () => Promise<T>) =>
    queue.run(EXCLUSIVE, async () => {
      const r = await withLock(lock, EXCLUSIVE, { ttlMs: 10_000, waitMs: 15_000 }, task);
      if (r === LOCK_BUSY) throw new Error('the sandbox is busy: try again');
      return r;
    });

  let setMany: StoreBackend['setMany'];
  if (url.startsWith('sqlite://')) {
    const db = store as SqlStore;
    setMany = async (entries) => {
      if (!entries.length) return;
      const sql = `INSERT INTO ${db.opts.table ?? 'kv'} (key, value) VALUES ${entries.map(() => '(?, ?)').join(', ')} ON CONFLICT(key) DO UPDATE SET value = excluded.value`;
      await db.query(sql, ...entries.flatMap(([k, v]) => [`${namespace}:${k}`, serialize(v)]));
    };
  } else if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const db = store as PgStore;
    const table = `${db.opts.schema ?? 'public'}.${db.opts.table ?? 'kv'}`;
    setMany = async (entries) => {
      if (!entries.length) return;
      const sql = `INSERT INTO ${table} (key, value) VALUES ${entries.map((_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(', ')} ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`;
      await db.query(sql, entries.flatMap(([k, v]) => [`${namespace}:${k}`, serialize(v)]));
    };
  } else if (url.startsWith('redis://') || url.startsWith('rediss://')) {
    const redis = store as RedisStore;
    setMany = async (entries) => {
      if (!entries.length) return;
      const multi = (await redis.getClient()).multi();
      // The adapter names keys itself ("<namespace>::<key>").
      for (const [k, v] of entries) multi.set(redis.createKeyPrefix(k, namespace), serialize(v));
      await multi.exec();
    };
  } else {
    setMany = async (entries) => {
      for (const [k, v] of entries) await kv.set(k, v);
    };
  }
  return { setMany, exclusive };
}
