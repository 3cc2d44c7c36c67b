import Keyv from 'keyv';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * One keyv store for everything: SQLite file by default, Redis or PostgreSQL by URL.
 * Values are plain JSON (no Buffers are stored): keyv's own serializer costs 2-3 times more.
 */
export async function createKeyv(url: string, namespace = 'pca'): Promise<Keyv> {
  if (url.startsWith('sqlite://')) {
    const file = resolve(url.slice('sqlite://'.length));
    mkdirSync(dirname(file), { recursive: true });
    const { default: KeyvSqlite } = await import('@keyv/sqlite');
    const store = new KeyvSqlite({ uri: `sqlite://${file}`, table: 'kv', busyTimeout: 5000 });
    // WAL lets readers work while a turn writes and, with synchronous=NORMAL, a commit no
    // longer waits for the disk each time; a power cut may lose the last turns, never corrupt.
    await store.query('PRAGMA journal_mode=WAL');
    await store.query('PRAGMA synchronous=NORMAL');
    return new Keyv({ store, namespace, serialize: JSON.stringify, deserialize: JSON.parse });
  }
  if (url.startsWith('redis://') || url.startsWith('rediss://')) {
    const { default: KeyvRedis } = await import('@keyv/redis');
    return new Keyv({ store: new KeyvRedis(url), namespace, useKeyPrefix: false, serialize: JSON.stringify, deserialize: JSON.parse });
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const { default: KeyvPostgres } = await import('@keyv/postgres');
    // `table` and `schema` are ours, not the driver's: taken out of the connection string.
    const parsed = new URL(url);
    const table = parsed.searchParams.get('table') ?? 'kv';
    const schema = parsed.searchParams.get('schema') ?? 'public';
    for (const name of ['table', 'schema']) {
      if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name === 'table' ? table : schema)) throw new Error(`STORAGE_URL: ${name} must be a plain SQL name (letters, digits, _)`);
      parsed.searchParams.delete(name);
    }
    // Keys hold channel conversation and activity ids, which can be long (Teams): 255 is too short.
    const store = new KeyvPostgres({ uri: parsed.toString(), table, schema, keySize: 2048 });
    // Plain JSON: keyv's default serializer walks every value in JavaScript, 2-3 times slower (its
    // Buffer support is not needed here), and this table has no older data in its format.
    return new Keyv({ store, namespace, serialize: JSON.stringify, deserialize: JSON.parse });
  }
  throw new Error(`unsupported storage URL ${url.replace(/\/\/[^@]*@/, '//***@')}`);
}
