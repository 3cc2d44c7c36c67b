import { resolve } from 'node:path';
import type { Store } from './store';

export interface OpenOptions {
  namespace?: string;
  /** Store errors that no call is waiting for (a connection dropped while idle). */
  onError?: (err: Error) => void;
  connectTimeoutMs?: number;
  callTimeoutMs?: number;
}

/** The store a URL names: an SQLite file by default, Redis or PostgreSQL to share it. Loads only that driver. */
export async function openStore(url: string, options: OpenOptions = {}): Promise<Store> {
  const namespace = options.namespace ?? 'pca';
  const o = {
    onError: options.onError ?? (() => undefined),
    connectTimeoutMs: options.connectTimeoutMs,
    callTimeoutMs: options.callTimeoutMs,
  };
  if (url.startsWith('sqlite://')) {
    const { SqliteStore } = await import('./sqlite-store');
    return new SqliteStore(resolve(url.slice('sqlite://'.length)), namespace);
  }
  if (url.startsWith('redis://') || url.startsWith('rediss://')) {
    const { RedisStore } = await import('./redis-store');
    return RedisStore.open(url, namespace, o);
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const { PostgresStore } = await import('./postgres-store');
    return PostgresStore.open(url, namespace, o);
  }
  throw new Error(`unsupported storage URL ${url.replace(/\/\/[^@]*@/, '//***@')}`);
}
