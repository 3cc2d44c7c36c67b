import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../bot/storage/sqlite-store';
import { LockLostError } from '../../bot/storage/store';

/** Pages appended to the WAL so far: each transaction appends every page it changed. */
function walFrames(file: string): number {
  const size = statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0;
  return size <= 32 ? 0 : (size - 32) / (4096 + 24);
}

describe('the SQLite store', () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pca-sqlite-'));
    store = new SqliteStore(join(dir, 'store.sqlite'), 'test');
  });
  afterEach(async () => {
    await store.disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads many keys at once, in their order, with gaps and repeats, beyond one statement', async () => {
    await store.commit(Array.from({ length: 700 }, (_, i) => ({ key: `k${i}`, value: { i } })));
    const keys = [...Array.from({ length: 1000 }, (_, i) => `k${999 - i}`), 'k5', 'missing'];
    const values = (await store.getMany(keys)) as ({ i: number } | undefined)[];
    expect(values).toHaveLength(1002);
    expect(values.slice(0, 300).every((v) => v === undefined)).toBe(true);
    expect(values[300]).toEqual({ i: 699 });
    expect(values[999]).toEqual({ i: 0 });
    expect(values[1000]).toEqual({ i: 5 });
    expect(values[1001]).toBeUndefined();
    for (const n of [1, 3, 17, 256, 257])
      expect(((await store.getMany(Array.from({ length: n }, (_, i) => `k${i}`))) as { i: number }[]).map((v) => v.i)).toEqual(
        Array.from({ length: n }, (_, i) => i),
      );
  });

  it('moves the locks of a file made before (a table with a rowid) to its own table, held locks and all', async () => {
    const file = join(dir, 'older.sqlite');
    const old = new Database(file);
    old.exec('CREATE TABLE turn_locks (key TEXT PRIMARY KEY, owner TEXT NOT NULL, expires INTEGER NOT NULL)');
    old.prepare('INSERT INTO turn_locks VALUES (?, ?, ?)').run('test:conversation/x', 'another-host/1/abc', Date.now() + 60_000);
    old.close();
    const reopened = new SqliteStore(file, 'test');
    try {
      const [table] = reopened.query("SELECT sql FROM sqlite_master WHERE name = 'turn_locks'") as { sql: string }[];
      expect(table.sql).toMatch(/WITHOUT ROWID/);
      // The lock another process held is still held.
      expect(await reopened.acquire('conversation/x', 30_000)).toBeUndefined();
      const owner = await reopened.acquire('conversation/y', 30_000);
      expect(owner).toBeDefined();
      await reopened.release('conversation/y', owner!);
      expect(await reopened.acquire('conversation/y', 30_000)).toBeDefined();
    } finally {
      await reopened.disconnect();
    }
    // Opened again: nothing to move.
    const again = new SqliteStore(file, 'test');
    expect(await again.acquire('conversation/x', 30_000)).toBeUndefined();
    await again.disconnect();
  });

  it('writes what is asked for in one turn of the event loop in one transaction, each call with its own outcome, in order', async () => {
    const file = join(dir, 'store.sqlite');
    const owner = (await store.acquire('conversation/a', 30_000))!;
    await store.commit([{ key: 'seed', value: 0 }]);
    const before = walFrames(file);
    const stranger = { key: 'conversation/a', owner: 'someone-else', released: false };
    const outcomes = await Promise.allSettled([
      store.commit([{ key: 'lost', value: 1 }], stranger),
      ...Array.from({ length: 20 }, (_, i) => store.commit([{ key: `k${i}`, value: i }])),
      store.acquire('conversation/a', 30_000),
      store.release('conversation/a', owner),
      store.acquire('conversation/a', 30_000),
    ]);
    // One transaction: a page or two appended, not one per call.
    expect(walFrames(file) - before).toBeLessThanOrEqual(3);
    expect(outcomes[0]).toMatchObject({ status: 'rejected', reason: expect.any(LockLostError) });
    expect(outcomes.slice(1, 21).every((o) => o.status === 'fulfilled')).toBe(true);
    // Taken while held, then released, then taken: in the order asked for.
    expect(outcomes[21]).toEqual({ status: 'fulfilled', value: undefined });
    expect(outcomes[23]).toMatchObject({ status: 'fulfilled', value: expect.any(String) });
    expect(await store.getMany(['lost', 'k0', 'k19'])).toEqual([undefined, 0, 19]);
    // Awaited one by one, the same writes are as many transactions.
    const between = walFrames(file);
    for (let i = 0; i < 20; i++) await store.commit([{ key: `k${i}`, value: -i }]);
    expect(walFrames(file) - between).toBeGreaterThanOrEqual(15);
  });

  it('reads its own writes still waiting for their batch, and writes promptly when asked to', async () => {
    const file = join(dir, 'store.sqlite');
    const pending = store.commit([{ key: 'soon', value: 'here' }]);
    // Not awaited: a read of the key waits for nothing, it runs the batch first.
    expect(await store.get('soon')).toBe('here');
    await pending;
    const other = new Database(file, { readonly: true });
    try {
      const read = () => other.prepare('SELECT value FROM kv WHERE key = ?').pluck().get('test:now');
      void store.commit([{ key: 'now', value: 1 }]);
      expect(read()).toBeUndefined();
      void store.commit([{ key: 'now', value: 2 }], undefined, { promptly: true });
      // Both in the file before the loop comes round: the prompt write ran the batch at once.
      expect(read()).toBe('{"value":2}');
    } finally {
      other.close();
    }
  });
});
