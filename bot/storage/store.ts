/**
 * The one store every piece of state lives in (conversations, kept replies, the sandbox
 * Partner Center, follow-ups), with the lock that serialises a conversation's turns across
 * processes. Implemented on SQLite (better-sqlite3), Redis and PostgreSQL.
 *
 * A record is one key and one JSON value. A new kind of record needs nothing but a key
 * prefix of its own (`followup:<id>`, `conversation/<channel>/<id>`): `get`/`set` for one,
 * `getMany` and `commit` for several at once; give it an expiry (`ttlMs`) when nothing reads
 * it after some time, so that it does not grow the store forever.
 */
export interface StoreLock {
  /** Takes the lock unless another owner holds it; the owner id to release it with, or nothing. */
  acquire(key: string, ttlMs: number, timing?: WriteTiming): Promise<string | undefined>;
  /**
   * Takes the lock as `acquire` does and, once it is taken, reads `keys` as `getMany` does, in
   * one step where the store allows it (one script in Redis, the batch's transaction in SQLite):
   * a turn's first trip to the store, not two.
   */
  acquireAndRead(key: string, ttlMs: number, keys: string[]): Promise<{ owner?: string; values?: unknown[] }>;
  release(key: string, owner: string, timing?: WriteTiming): Promise<void>;
}

/**
 * A store may gather the writes asked for in one turn of the event loop into one step (SQLite
 * does: one transaction instead of one each); `promptly` writes at once, for a section others
 * wait behind, which must not last a turn of the loop longer per write.
 */
export interface WriteTiming {
  promptly?: boolean;
}

/** A lock held by this process, released by `commit` (then `released` is true) or by `release`. */
export interface HeldLock {
  key: string;
  owner: string;
  released: boolean;
  /** What was read when the lock was taken (`withLock`'s `read`), in the order of its keys. */
  read?: unknown[];
}

/**
 * One write of a commit: a value (kept `ttlMs`, or for ever), or a delete (`value` undefined).
 * With `due`, the record is listed by `listDue` from that time on (a queue of records, such as
 * the outbox's, without a list record that every write would rewrite); a commit's write
 * without `due`, or its delete, takes it off that list.
 */
export interface Write {
  key: string;
  value: unknown;
  ttlMs?: number;
  due?: number;
}

/** What `listDue` finds: the keys due (the earliest first), and how many are listed at all. */
export interface DueList {
  keys: string[];
  listed: number;
}

export interface Store extends StoreLock {
  readonly kind: 'sqlite' | 'redis' | 'postgres';
  get(key: string): Promise<unknown>;
  /** One round trip: the values in the order of `keys`, undefined where none is stored. */
  getMany(keys: string[]): Promise<unknown[]>;
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * The writes in one atomic step. With `release`, the lock is released in the same step, and
   * nothing is written if this owner no longer holds it (it expired and another process took
   * it): then `LockLostError` is thrown.
   */
  commit(writes: Write[], release?: HeldLock, timing?: WriteTiming): Promise<void>;
  /**
   * The keys under `prefix` whose `due` is at most `until`, the earliest first, at most `limit`.
   * (`set` and `delete` leave the list alone: a key listed whose record is gone may show; its
   * owner takes it off with a commit.)
   */
  listDue(prefix: string, until: number, limit: number): Promise<DueList>;
  /** Resolves when the store answers (readiness). */
  ping(): Promise<void>;
  /** Deletes expired records, a batch at a time; returns how many. */
  sweep(now: number): Promise<number>;
  /** Called when the store is reachable again after an outage (it may have come back empty). */
  onReconnect(listener: () => void): void;
  disconnect(): Promise<void>;
}

/** The store did not answer (down, unreachable, timed out): nothing was changed by this call. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}

export class LockLostError extends Error {
  override readonly name = 'LockLostError';
}

/** How long one store call may take before the turn gives up and says "try again". */
export const STORE_CALL_TIMEOUT_MS = 1_000;

/** Rejects with StoreUnavailableError when `promise` takes longer than `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new StoreUnavailableError(`${what}: no answer from the store in ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * When a record written at `now` to be kept `ttlMs` expires: rounded up to a hundredth of that
 * time (an hour at most). A record rewritten every turn then keeps one expiry for a while, and
 * a store with an index of expiries (SQLite, PostgreSQL) does not rewrite that index each time:
 * on SQLite, the statements of a turn cost about a third less.
 */
export function expiryOf(now: number, ttlMs: number): number {
  const step = Math.max(1, Math.min(HOUR_MS, Math.floor(ttlMs / 100)));
  return Math.ceil((now + ttlMs) / step) * step;
}

/** Values are stored as keyv stored them (`{"value":...}`), so that existing data stays readable. */
export function encode(value: unknown): string {
  return `{"value":${JSON.stringify(value)}}`;
}

export function decode(raw: unknown, now: number): unknown {
  if (typeof raw !== 'string') return undefined;
  const o = JSON.parse(raw) as { value?: unknown; expires?: number };
  // Rows written by keyv with a time to live carry it in the value.
  if (typeof o.expires === 'number' && o.expires <= now) return undefined;
  return o.value;
}

/** The last writes per key win, so that one commit never names a key twice. */
export function lastPerKey(writes: Write[]): Write[] {
  if (writes.length < 2) return writes;
  const byKey = new Map<string, Write>();
  for (const w of writes) byKey.set(w.key, w);
  return [...byKey.values()];
}
