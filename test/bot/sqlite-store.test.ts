import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../bot/storage/sqlite-store';

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
});
