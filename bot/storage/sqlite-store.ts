import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { isDeadLocalOwner, ownerId } from './lock';
import { decode, encode, expiryOf, lastPerKey, LockLostError, type DueList, type HeldLock, type Store, type Write } from './store';

/** How long a statement waits for another process's write to finish (it blocks: keep it short). */
const BUSY_TIMEOUT_MS = 2_000;
const SWEEP_BATCH = 500;
/** Keys per statement of a `getMany` (SQLite binds at most 32,766 parameters). */
const GET_MANY_MAX = 256;
/** A lock whose time ran out this long ago is no one's any more: the sweep removes it. */
const STALE_LOCK_MS = 60 * 60 * 1000;

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
  private readonly commitTx: (writes: Write[], release?: HeldLock) => void;

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
    const tx = db.transaction((writes: Write[], release?: HeldLock) => {
      if (release && this.stmt.release.run(this.prefix + release.key, release.owner).changes === 0) {
        throw new LockLostError(`the lock on ${release.key} expired and was taken over: nothing was written`);
      }
      const now = Date.now();
      for (const w of lastPerKey(writes)) {
        if (w.value === undefined) this.stmt.delete.run(this.prefix + w.key);
        else this.stmt.write.run(this.prefix + w.key, encode(w.value), w.ttlMs ? expiryOf(now, w.ttlMs) : null, w.due ?? null);
      }
    });
    // BEGIN IMMEDIATE: the write lock from the start, so that the transaction never has to upgrade.
    this.commitTx = tx.immediate;
  }

  async get(key: string): Promise<unknown> {
    const now = Date.now();
    return decode(this.stmt.get.get(this.prefix + key, now), now);
  }

  async getMany(keys: string[]): Promise<unknown[]> {
    if (keys.length === 0) return [];
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
    this.stmt.upsert.run(this.prefix + key, encode(value), ttlMs ? expiryOf(Date.now(), ttlMs) : null);
  }

  async delete(key: string): Promise<void> {
    this.stmt.delete.run(this.prefix + key);
  }

  async commit(writes: Write[], release?: HeldLock): Promise<void> {
    if (writes.length === 0 && !release) return;
    this.commitTx(writes, release);
    if (release) release.released = true;
  }

  async listDue(prefix: string, until: number, limit: number): Promise<DueList> {
    const p = this.prefix + prefix;
    const keys = this.stmt.due.all(until, p.length, p, Date.now(), limit) as string[];
    const listed = this.stmt.listed.get(p.length, p) as number;
    return { keys: keys.map((k) => k.slice(this.prefix.length)), listed };
  }

  async acquire(key: string, ttlMs: number): Promise<string | undefined> {
    const owner = ownerId();
    const k = this.prefix + key;
    if (this.tryAcquire(k, owner, ttlMs)) return owner;
    // An SQLite file is shared by processes of one machine: a lock whose process is gone
    // (killed) is taken over at once instead of waiting for it to expire.
    const holder = this.stmt.holder.get(k) as string | undefined;
    if (holder && isDeadLocalOwner(holder)) {
      this.stmt.release.run(k, holder);
      if (this.tryAcquire(k, owner, ttlMs)) return owner;
    }
    return undefined;
  }

  private tryAcquire(key: string, owner: string, ttlMs: number): boolean {
    const now = Date.now();
    return this.stmt.acquire.get(key, owner, now + ttlMs, now) === owner;
  }

  async release(key: string, owner: string): Promise<void> {
    this.stmt.release.run(this.prefix + key, owner);
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
    if (this.db.open) this.db.close();
  }

  /** For tests and the benchmark's inspector: a statement on the file. */
  query(sql: string, ...params: unknown[]): unknown[] {
    const stmt = this.db.prepare(sql);
    return stmt.reader ? stmt.all(...params) : [stmt.run(...params)];
  }
}
