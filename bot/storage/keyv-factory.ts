import Keyv from 'keyv';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** One keyv store for everything: SQLite file by default, Redis or PostgreSQL by URL. */
export async function createKeyv(url: string, namespace = 'pca'): Promise<Keyv> {
  if (url.startsWith('sqlite://')) {
    const file = resolve(url.slice('sqlite://'.length));
    mkdirSync(dirname(file), { recursive: true });
    const { default: KeyvSqlite } = await import('@keyv/sqlite');
    return new Keyv({ store: new KeyvSqlite({ uri: `sqlite://${file}`, table: 'kv', busyTimeout: 5000 }), namespace });
  }
  if (url.startsWith('redis://') || url.startsWith('rediss://')) {
    const { default: KeyvRedis } = await import('@keyv/redis');
    return new Keyv({ store: new KeyvRedis(url), namespace, useKeyPrefix: false });
  }
  throw new Error(`unsupported storage URL ${url.replace(/\/\/[^@]*@/, '//***@')}`);
}
