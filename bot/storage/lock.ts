import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { StoreUnavailableError, type HeldLock, type StoreLock, type WriteTiming } from './store';

export type { HeldLock, StoreLock } from './store';

/** This machine's name, read once: every turn names its lock's owner, and asking the system each time costs a system call. */
const HOST = hostname();

/**
 * A lock lives in the shared store, so that one conversation is served one turn at a time
 * also across several bot processes. Locks expire, so a killed process frees its own.
 * A lock owner names its machine and process, so that a dead holder can be recognised.
 */
export function ownerId(): string {
  return `${HOST}/${process.pid}/${randomUUID()}`;
}

/** A holder on this machine whose process is gone (killed): its lock may be taken at once. */
export function isDeadLocalOwner(owner: string): boolean {
  const [host, pid] = owner.split('/');
  if (host !== HOST || !/^\d+$/.test(pid ?? '') || Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Waits for the lock, a little longer each try, up to `waitMs`, then runs `task` holding it
 * (with `read`, the values of those keys read once it was taken are in `held.read`).
 * The task may release the lock itself (a store commit that releases it with its writes);
 * otherwise it is released when the task ends.
 */
export async function withLock<T>(
  lock: StoreLock,
  key: string,
  options: { ttlMs: number; waitMs: number; read?: string[] } & WriteTiming,
  task: (held: HeldLock) => Promise<T>,
): Promise<T | typeof LOCK_BUSY> {
  const deadline = Date.now() + options.waitMs;
  let delay = 5;
  const timing = { promptly: options.promptly };
  const read = options.read;
  const take = () =>
    read ? lock.acquireAndRead(key, options.ttlMs, read) : lock.acquire(key, options.ttlMs, timing).then((owner) => ({ owner }));
  let taken: { owner?: string; values?: unknown[] } = await take();
  while (!taken.owner) {
    if (Date.now() > deadline) return LOCK_BUSY;
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 100);
    taken = await take();
  }
  const owner = taken.owner;
  const held: HeldLock = { key, owner, released: false, read: taken.values };
  let storeDown = false;
  try {
    return await task(held);
  } catch (err) {
    storeDown = err instanceof StoreUnavailableError;
    throw err;
  } finally {
    // With the store down, the user is not kept waiting for a release that cannot happen.
    const released = held.released ? undefined : lock.release(key, owner, timing).catch(() => undefined);
    if (!storeDown) await released;
  }
}

export const LOCK_BUSY = Symbol('lock-busy');
