import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { setImmediate as nextLoopTurn } from 'node:timers';
import { dirname } from 'node:path';
import { isDeadLocalOwner, ownerId } from './lock';
import {
  decode,
  encode,
  expiryOf,
  lastPerKey,
  LockLostError,
  type DueList,
  type HeldLock,
  type Store,
  type Write,
  type WriteTiming,
} from './store';

/** How long a statement waits for another process's write to finish (it blocks: keep it short). */
const BUSY_TIMEOUT_MS = 2_000;
const SWEEP_BATCH = 500;
/** Keys per statement of a `getMany` (SQLite binds at most 32,766 parameters). */
const GET_MANY_MAX = 256;
/** A lock whose time ran out this long ago is no one's any more: the sweep removes it. */
const STALE_LOCK_MS = 60 * 60 * 1000;

/**
 * A write waiting for the next batch: a commit (its rows already encoded), a lock taken or a
 * lock released. Run in the order asked for, so a batch changes nothing in what each call sees.
 */
type Pending =
  | { kind: 'commit'; rows: EncodedWrite[]; release?: HeldLock; done: Settle<void> }
  | { kind: 'acquire'; key: string; owner: string; ttlMs: number; read?: string[]; done: Settle<{ owner?: string; values?: unknown[] }> }
  | { kind: 'release'; key: string; owner: string; done: Settle<void> };
interface Settle<T> {
  ok: (value: T) => void;
  fail: (err: unknown) => void;
}
interface EncodedWrite {
  key: string;
  value?: string;
  ttlMs?: number;
  due?: number;
}

/**
 * The embedded default: one SQLite file, synchronous calls on one connection (better-sqlite3),
 * statements prepared once. WAL lets readers work while a turn writes and, with
 * synchronous=NORMAL, a commit does not wait for the disk: a power cut may lose the last turns,
 * never corrupt the file; a killed process loses nothing. Several processes may share the file:
 * the lock table serialises a conversation's turns across them.
 */
export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private readonly prefix: string;
  private readonly stmt;
  private readonly getManyStmts = new Map<number, Database.Statement>();
  /** Writes asked for since the last batch, and the keys their commits write (reads of those wait for the batch). */
  private pending: Pending[] = [];
  private readonly pendingKeys = new Set<string>();
  private batchScheduled = false;
  private readonly runBatch: (batch: Pending[]) => unknown[];

  constructor(file: string, namespace: string) {
    mkdirSync(dirname(file), { recursive: true });
    this.prefix = `${namespace}:`;
    const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    this.db = db;
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // The table keyv used, plus an expiry column: files written before stay readable.
    db.transaction(() => {
      db.exec('CREATE TABLE IF NOT EXISTS kv (key VARCHAR(255) PRIMARY KEY, value TEXT)');
      const columns = db.prepare("SELECT name FROM pragma_table_info('kv')").pluck().all();
      if (!columns.includes('expires')) db.exec('ALTER TABLE kv ADD COLUMN expires INTEGER');
      db.exec('CREATE INDEX IF NOT EXISTS kv_expires ON kv (expires) WHERE expires IS NOT NULL');
      if (!columns.includes('due')) db.exec('ALTER TABLE kv ADD COLUMN due INTEGER');
      db.exec('CREATE INDEX IF NOT EXISTS kv_due ON kv (due) WHERE due IS NOT NULL');
      // Without a rowid: a lock taken and released writes one b-tree, not a table and its key's index.
      const locks = '(key TEXT PRIMARY KEY, owner TEXT NOT NULL, expires INTEGER NOT NULL) WITHOUT ROWID';
      const existing = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'turn_locks'").pluck().get() as
        | string
        | undefined;
      if (!existing) db.exec(`CREATE TABLE turn_locks ${locks}`);
      else if (!/WITHOUT ROWID/i.test(existing)) {
        // A file made before: its locks (other processes' too) move to the new table in this transaction.
        db.exec(`CREATE TABLE turn_locks_new ${locks}`);
        db.exec('INSERT INTO turn_locks_new SELECT key, owner, expires FROM turn_locks');
        db.exec('DROP TABLE turn_locks');
        db.exec('ALTER TABLE turn_locks_new RENAME TO turn_locks');
      }
    }).immediate();
    this.stmt = {
      get: db.prepare('SELECT value FROM kv WHERE key = ? AND (expires IS NULL OR expires > ?)').pluck(),
      upsert: db.prepare(
        'INSERT INTO kv (key, value, expires) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, expires = excluded.expires',
      ),
      delete: db.prepare('DELETE FROM kv WHERE key = ?'),
      // A commit's write states the record's place in the due list (none: NULL).
      write: db.prepare(
        'INSERT INTO kv (key, value, expires, due) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, expires = excluded.expires, due = excluded.due',
      ),
      due: db
        .prepare(
          'SELECT key FROM kv WHERE due IS NOT NULL AND due <= ? AND substr(key, 1, ?) = ? AND (expires IS NULL OR expires > ?) ORDER BY due LIMIT ?',
        )
        .pluck(),
      listed: db.prepare('SELECT count(*) FROM kv WHERE due IS NOT NULL AND substr(key, 1, ?) = ?').pluck(),
      // One statement: takes a free or expired lock, leaves a held one alone.
      acquire: db
        .prepare(
          'INSERT INTO turn_locks (key, owner, expires) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET owner = excluded.owner, expires = excluded.expires WHERE turn_locks.expires < ? RETURNING owner',
        )
        .pluck(),
      holder: db.prepare('SELECT owner FROM turn_locks WHERE key = ?').pluck(),
      release: db.prepare('DELETE FROM turn_locks WHERE key = ? AND owner = ?'),
      sweep: db.prepare('DELETE FROM kv WHERE key IN (SELECT key FROM kv WHERE expires <= ? LIMIT ?)'),
      sweepLocks: db.prepare('DELETE FROM turn_locks WHERE expires < ?'),
      ping: db.prepare('SELECT 1').pluck(),
    };
    // One write transaction for every write asked for in one turn of the event loop: its
    // BEGIN, COMMIT and the WAL's frames are most of a write's cost, and under load the turns
    // that run side by side take and release their locks in the same batch. BEGIN IMMEDIATE:
    // the write lock from the start, so that the transaction never has to upgrade.
    this.runBatch = db.transaction((batch: Pending[]) => batch.map((p) => this.apply(p))).immediate;
  }

  async get(key: string): Promise<unknown> {
    if (this.pendingKeys.has(key)) this.flush();
    const now = Date.now();
    return decode(this.stmt.get.get(this.prefix + key, now), now);
  }

  async getMany(keys: string[]): Promise<unknown[]> {
    if (keys.length === 0) return [];
    if (this.pendingKeys.size && keys.some((k) => this.pendingKeys.has(k))) this.flush();
    return this.readMany(keys);
  }

  private readMany(keys: string[]): unknown[] {
    const now = Date.now();
    const found = new Map<string, string>();
    for (let from = 0; from < keys.length; from += GET_MANY_MAX) {
      const chunk = keys.slice(from, from + GET_MANY_MAX).map((k) => this.prefix + k);
      // Padded to a power of two (with a key already asked for): a handful of statements, each prepared once.
      let size = 1;
      while (size < chunk.length) size *= 2;
      let stmt = this.getManyStmts.get(size);
      if (!stmt) {
        stmt = this.db
          .prepare(`SELECT key, value FROM kv WHERE key IN (${Array(size).fill('?').join(', ')}) AND (expires IS NULL OR expires > ?)`)
          .raw();
        this.getManyStmts.set(size, stmt);
      }
      const params = chunk.length === size ? chunk : [...chunk, ...Array(size - chunk.length).fill(chunk[0])];
      for (const [k, v] of stmt.all(...params, now) as [string, string][]) found.set(k, v);
    }
    return keys.map((k) => decode(found.get(this.prefix + k), now));
  }

  async set(key: string, value: unknown, ttlMs?: number): Promise<void> {
    this.flush();
    this.stmt.upsert.run(this.prefix + key, encode(value), ttlMs ? expiryOf(Date.now(), ttlMs) : null);
  }

  async delete(key: string): Promise<void> {
    this.flush();
    this.stmt.delete.run(this.prefix + key);
  }

  async commit(writes: Write[], release?: HeldLock, timing?: WriteTiming): Promise<void> {
    if (writes.length === 0 && !release) return;
    // Encoded now: a value that cannot be stored fails its own commit, not the batch.
    const rows = lastPerKey(writes).map((w) => ({
      key: w.key,
      value: w.value === undefined ? undefined : encode(w.value),
      ttlMs: w.ttlMs,
      due: w.due,
    }));
    await new Promise<void>((ok, fail) => {
      for (const r of rows) this.pendingKeys.add(r.key);
      this.enqueue({ kind: 'commit', rows, release, done: { ok, fail } }, timing);
    });
    if (release) release.released = true;
  }

  async listDue(prefix: string, until: number, limit: number): Promise<DueList> {
    this.flush();
    const p = this.prefix + prefix;
    const keys = this.stmt.due.all(until, p.length, p, Date.now(), limit) as string[];
    const listed = this.stmt.listed.get(p.length, p) as number;
    return { keys: keys.map((k) => k.slice(this.prefix.length)), listed };
  }

  async acquire(key: string, ttlMs: number, timing?: WriteTiming): Promise<string | undefined> {
    return (
      await new Promise<{ owner?: string }>((ok, fail) =>
        this.enqueue({ kind: 'acquire', key, owner: ownerId(), ttlMs, done: { ok, fail } }, timing),
      )
    ).owner;
  }

  acquireAndRead(key: string, ttlMs: number, keys: string[]): Promise<{ owner?: string; values?: unknown[] }> {
    return new Promise((ok, fail) => this.enqueue({ kind: 'acquire', key, owner: ownerId(), ttlMs, read: keys, done: { ok, fail } }));
  }

  release(key: string, owner: string, timing?: WriteTiming): Promise<void> {
    return new Promise((ok, fail) => this.enqueue({ kind: 'release', key, owner, done: { ok, fail } }, timing));
  }

  /** Asked for writes wait for the next turn of the event loop, unless `promptly`: then the batch runs now. */
  private enqueue(p: Pending, timing?: WriteTiming): void {
    this.pending.push(p);
    if (timing?.promptly) {
      this.flush();
      return;
    }
    if (this.batchScheduled) return;
    this.batchScheduled = true;
    nextLoopTurn(() => this.flush());
  }

  /** Runs the writes asked for so far, in one transaction, and settles each. */
  private flush(): void {
    this.batchScheduled = false;
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    this.pendingKeys.clear();
    let outcomes: unknown[];
    try {
      outcomes = this.runBatch(batch);
    } catch (err) {
      // Nothing of the batch was written. The file busy (another process's write outlasted
      // the wait) or failing fails every write; otherwise one write was at fault: each runs
      // alone again, so that only that one fails.
      if (batch.length === 1 || fileWide(err)) {
        for (const p of batch) p.done.fail(err);
        return;
      }
      for (const p of batch) {
        try {
          settle(p, this.runBatch([p])[0]);
        } catch (err) {
          p.done.fail(err);
        }
      }
      return;
    }
    for (const [i, p] of batch.entries()) settle(p, outcomes[i]);
  }

  /** One pending write, inside the batch's transaction; a lost lock is its outcome, not an error of the batch. */
  private apply(p: Pending): unknown {
    if (p.kind === 'acquire') {
      const owner = this.take(this.prefix + p.key, p.owner, p.ttlMs);
      // Read in the same transaction, after the batch's earlier writes: what the lock's holder sees.
      return { owner, values: owner && p.read?.length ? this.readMany(p.read) : undefined };
    }
    if (p.kind === 'release') {
      this.stmt.release.run(this.prefix + p.key, p.owner);
      return undefined;
    }
    if (p.release && this.stmt.release.run(this.prefix + p.release.key, p.release.owner).changes === 0) {
      return new LockLostError(`the lock on ${p.release.key} expired and was taken over: nothing was written`);
    }
    const now = Date.now();
    for (const w of p.rows) {
      if (w.value === undefined) this.stmt.delete.run(this.prefix + w.key);
      else this.stmt.write.run(this.prefix + w.key, w.value, w.ttlMs ? expiryOf(now, w.ttlMs) : null, w.due ?? null);
    }
    return undefined;
  }

  private take(key: string, owner: string, ttlMs: number): string | undefined {
    if (this.tryAcquire(key, owner, ttlMs)) return owner;
    // An SQLite file is shared by processes of one machine: a lock whose process is gone
    // (killed) is taken over at once instead of waiting for it to expire.
    const holder = this.stmt.holder.get(key) as string | undefined;
    if (holder && isDeadLocalOwner(holder)) {
      this.stmt.release.run(key, holder);
      if (this.tryAcquire(key, owner, ttlMs)) return owner;
    }
    return undefined;
  }

  private tryAcquire(key: string, owner: string, ttlMs: number): boolean {
    const now = Date.now();
    return this.stmt.acquire.get(key, owner, now + ttlMs, now) === owner;
  }

  async ping(): Promise<void> {
    this.stmt.ping.get();
  }

  async sweep(now: number): Promise<number> {
    let total = 0;
    for (;;) {
      const n = this.stmt.sweep.run(now, SWEEP_BATCH).changes;
      total += n;
      if (n < SWEEP_BATCH) break;
      // Let turns run between batches: these calls block the event loop.
      await new Promise((r) => setImmediate(r));
    }
    this.stmt.sweepLocks.run(now - STALE_LOCK_MS);
    return total;
  }

  onReconnect(): void {
    // A file does not go away and come back.
  }

  async disconnect(): Promise<void> {
    if (!this.db.open) return;
    this.flush();
    this.db.close();
  }

  /** For tests and the benchmark's inspector: a statement on the file. */
  query(sql: string, ...params: unknown[]): unknown[] {
    this.flush();
    const stmt = this.db.prepare(sql);
    return stmt.reader ? stmt.all(...params) : [stmt.run(...params)];
  }
}

function settle(p: Pending, outcome: unknown): void {
  if (outcome instanceof Error) p.done.fail(outcome);
  else (p.done as Settle<unknown>).ok(outcome);
}

/** An error of the file or the connection rather than of one statement's values. */
function fileWide(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CORRUPT|NOTADB|CANTOPEN|READONLY|PROTOCOL)/.test(code);
}
