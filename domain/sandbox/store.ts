import { randomUUID } from 'node:crypto';
import { ReadCache } from './read-cache';
import { SectionScope } from './section-scope';

/** The records underneath: what the sandbox reads and writes (keyv has this shape too). */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  getMany(keys: string[]): Promise<unknown[]>;
  set(key: string, value: unknown): Promise<unknown>;
}

/**
 * What the store underneath can do beyond reads and writes: write several records in one atomic step,
 * and run a task alone among all the processes that share the store.
 */
export interface StoreBackend {
  setMany(entries: [string, unknown][]): Promise<void>;
  exclusive<T>(task: () => Promise<T>): Promise<T>;
}

/** One process on a store without those powers: writes one by one, a queue in memory. */
export function localBackend(kv: KeyValueStore): StoreBackend {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    async setMany(entries) {
      for (const [k, v] of entries) await kv.set(k, v);
    },
    exclusive(task) {
      const run = tail.then(task, task);
      tail = run.catch(() => undefined);
      return run;
    },
  };
}

/** An exclusive section in progress. */
interface Scope {
  /** Writes of the side effect in progress, committed together with its outcome. */
  writes?: Map<string, unknown>;
}

/** Rewritten with a fresh random id in the same atomic step as every sandbox write (a counter could be written twice by two processes). */
const GENERATION = 'sandbox:generation';
/**
 * What a read session reads as it starts: a caller that reads the same store just before (a
 * turn, as it takes its conversation's lock) may read these along and hand them to `session`.
 */
export const SESSION_KEYS: readonly string[] = [GENERATION];
/** Idempotency records expire in the store (see bot/storage/store-backend.ts): always read afresh. */
const UNCACHED_PREFIX = 'effect:';

/**
 * The sandbox's records in the store: one key per record plus small index lists, so that
 * a record is read without loading the whole data set.
 */
export class SandboxStore {
  /** The exclusive section in progress (its side effect's writes): see SectionScope. */
  private readonly scope = new SectionScope<Scope>();
  private readonly backend: StoreBackend;
  private readonly cache: ReadCache;
  /** Read sessions running now (an exclusive section runs one of its own): only while one runs are reads served from the cache. */
  private open = 0;

  constructor(
    private readonly kv: KeyValueStore,
    backend?: StoreBackend,
    options: { cacheEntries?: number } = {},
  ) {
    this.backend = backend ?? localBackend(kv);
    this.cache = new ReadCache(options.cacheEntries ?? 2000);
  }

  /**
   * Runs `task` (a turn) as one read session: it starts by checking the store's generation
   * record, and the reads made while it runs are then served from the records this process read
   * under that generation. A session started after another process's write has finished sees
   * that write. Values read in a session are frozen: they may be shared with other sessions.
   *
   * A session is not carried through the task's calls (that would cost every promise of the
   * process, see SectionScope): the cache is checked at each session's start, so whatever reads
   * it while a session runs reads what was stored when the latest session started, or later.
   *
   * `opened`: SESSION_KEYS' records as read from this store just before, in the caller's trip
   * to it; what was read then counts as the session's start.
   */
  async session<T>(task: () => Promise<T>, opened?: ReadonlyMap<string, unknown>): Promise<T> {
    this.open++;
    try {
      await this.validate(opened);
      return await task();
    } finally {
      this.open--;
    }
  }

  async get<T>(key: string): Promise<T | undefined> {
    const writes = this.scope.current()?.writes;
    if (writes?.has(key)) return writes.get(key) as T;
    return (await this.read([key]))[0] as T | undefined;
  }

  async set<T>(key: string, value: T): Promise<void> {
    const writes = this.scope.current()?.writes;
    if (writes) writes.set(key, value);
    else await this.write([[key, value]]);
  }

  /** Several records in one step: in the side effect's commit when one is in progress, else one atomic write. */
  async setAll(entries: [string, unknown][]): Promise<void> {
    const writes = this.scope.current()?.writes;
    if (writes) for (const [k, v] of entries) writes.set(k, v);
    else if (entries.length > 0) await this.write(entries);
  }

  /** The values of `keys` in their order, undefined where none is stored. */
  async getMaybe<T extends unknown[]>(keys: string[]): Promise<T> {
    const writes = this.scope.current()?.writes;
    const values = await this.read(keys);
    return keys.map((k, i) => (writes?.has(k) ? writes.get(k) : values[i])) as T;
  }

  async getMany<T>(keys: string[]): Promise<T[]> {
    if (keys.length === 0) return [];
    const writes = this.scope.current()?.writes;
    const values = (await this.read(keys)) as (T | undefined)[];
    return keys.map((k, i) => (writes?.has(k) ? (writes.get(k) as T) : values[i])).filter((v): v is T => v !== undefined);
  }

  /**
   * Runs a read-change-write of shared records alone (in this process and among processes
   * sharing the store), so that no concurrent change is lost. Re-entrant. It starts by checking
   * the generation again, once it is alone: what it reads is as of then, or later.
   */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    if (this.scope.current()) return task();
    // A session of its own, once alone: its check of the generation sees what was written before.
    return this.backend.exclusive(() => this.scope.run({}, () => this.session(task)));
  }

  async index(name: string): Promise<string[]> {
    return (await this.get<string[]>(`index:${name}`)) ?? [];
  }

  addToIndex(name: string, id: string): Promise<void> {
    return this.exclusive(async () => {
      const ids = await this.index(name);
      if (!ids.includes(id)) await this.set(`index:${name}`, [...ids, id]);
    });
  }

  /**
   * Runs a side effect once per key: a second call with the same key returns the first
   * call's recorded outcome without acting again. The effect's writes and its outcome are
   * committed in one atomic step: a process killed in between has done neither.
   */
  async once<T>(idempotencyKey: string, effect: () => Promise<T>): Promise<T> {
    const key = `effect:${idempotencyKey}`;
    return this.exclusive(async () => {
      const recorded = await this.get<{ outcome: T }>(key);
      if (recorded) return recorded.outcome;
      const writes = new Map<string, unknown>();
      const outcome = await this.scope.run({ writes }, effect);
      // A refusal changed nothing: it is not the key's outcome, so a later attempt of the same
      // run (the role given back, another order picked) is judged afresh. Its log entry stays.
      if (!isRefusal(outcome)) writes.set(key, { outcome });
      if (writes.size > 0) await this.write([...writes.entries()]);
      return outcome;
    });
  }

  /** Writes with a new generation, in one atomic step (the generation last, for a backend writing one by one). */
  private async write(entries: [string, unknown][]): Promise<void> {
    try {
      await this.backend.setMany([...entries, [GENERATION, randomUUID()]]);
    } finally {
      // Also when the write failed: it may have been made all the same (a timeout). Until the
      // next session's check, reads go to the store.
      this.cache.drop();
    }
  }

  /** Records as stored: from the cache while a session runs, else (and for what it lacks) from the store. */
  private async read(keys: string[]): Promise<unknown[]> {
    const epoch = this.cache.epoch;
    // A batch larger than half the cache would only push everything else out of it.
    if (this.open === 0 || !this.cache.keeps(epoch) || keys.length > this.cache.capacity / 2) return this.fetch(keys);
    const values: unknown[] = new Array(keys.length);
    const missing: number[] = [];
    for (const [i, key] of keys.entries()) {
      if (this.cache.has(key)) values[i] = this.cache.take(key);
      else missing.push(i);
    }
    if (missing.length === 0) return values;
    const fetched = await this.fetch(missing.map((i) => keys[i]));
    for (const [j, i] of missing.entries())
      values[i] = keys[i].startsWith(UNCACHED_PREFIX) ? fetched[j] : this.cache.keep(epoch, keys[i], fetched[j]);
    return values;
  }

  /**
   * Checks the cache against the store's generation (as the caller read it just before, in
   * `opened`, else as the store holds it now): a new one (another process wrote) empties it.
   */
  private async validate(opened?: ReadonlyMap<string, unknown>): Promise<void> {
    const generation = opened?.has(GENERATION) ? opened.get(GENERATION) : await this.kv.get(GENERATION);
    this.cache.adopt(generation as string | undefined);
  }

  private async fetch(keys: string[]): Promise<unknown[]> {
    return keys.length === 1 ? [await this.kv.get(keys[0])] : this.kv.getMany(keys);
  }

  /** Records a generation if the store has none (written before generations were), so that read sessions can use the cache. */
  async markGeneration(): Promise<void> {
    if ((await this.kv.get(GENERATION)) === undefined) await this.write([]);
  }
}

function isRefusal(outcome: unknown): boolean {
  return typeof outcome === 'object' && outcome !== null && (outcome as { status?: unknown }).status === 'refused';
}
