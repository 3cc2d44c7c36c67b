import type { StoreBackend } from '../../domain/sandbox/store';
import { KeyedQueue } from '../keyed-queue';
import { LOCK_BUSY, withLock } from './lock';
import type { Store } from './store';

const EXCLUSIVE = 'sandbox-exclusive';

/**
 * The sandbox's atomic writes and its "alone" section on the real store: one commit, and the
 * store's lock. Idempotency records (`effect:...`) expire with idle conversations: only a run
 * of a stored conversation can ask for the same effect again.
 */
export function createStoreBackend(store: Store, options: { effectTtlMs?: number } = {}): StoreBackend {
  const queue = new KeyedQueue();
  const ttl = options.effectTtlMs;
  return {
    // Written promptly: a change's writes happen in its exclusive section, which every other
    // change waits behind.
    setMany: (entries) =>
      store.commit(
        entries.map(([key, value]) => ({ key, value, ...(ttl && key.startsWith('effect:') ? { ttlMs: ttl } : {}) })),
        undefined,
        { promptly: true },
      ),
    exclusive: <T>(task: () => Promise<T>) =>
      queue.run(EXCLUSIVE, async () => {
        const r = await withLock(store, EXCLUSIVE, { ttlMs: 10_000, waitMs: 15_000, promptly: true }, task);
        if (r === LOCK_BUSY) throw new Error('the sandbox is busy: try again');
        return r;
      }),
  };
}
