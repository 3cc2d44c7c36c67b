import { AsyncLocalStorage } from 'node:async_hooks';

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

interface Scope {
  /** Writes of the side effect in progress, committed together with its outcome. */
  writes?: Map<string, unknown>;
  exclusive: boolean;
}

/**
 * The sandbox's records in the store: one key per record plus small index lists, so that
 * a record is read without loading the whole data set.
 */
export class SandboxStore {
  private readonly scope = new AsyncLocalStorage<Scope>();
  private readonly backend: StoreBackend;

  constructor(
    private readonly kv: KeyValueStore,
    backend?: StoreBackend,
  ) {
    this.backend = backend ?? localBackend(kv);
  }

  async get<T>(key: string): Promise<T | undefined> {
    const writes = this.scope.getStore()?.writes;
    if (writes?.has(key)) return writes.get(key) as T;
    return (await this.kv.get(key)) as T | undefined;
  }

  async set<T>(key: string, value: T): Promise<void> {
    const writes = this.scope.getStore()?.writes;
    if (writes) writes.set(key, value);
    else await this.kv.set(key, value);
  }

  /** Several records in one step: in the side effect's commit when one is in progress, else one atomic write. */
  async setAll(entries: [string, unknown][]): Promise<void> {
    const writes = this.scope.getStore()?.writes;
    if (writes) for (const [k, v] of entries) writes.set(k, v);
    else await this.backend.setMany(entries);
  }

  /** The values of `keys` in their order, undefined where none is stored. */
  async getMaybe<T extends unknown[]>(keys: string[]): Promise<T> {
    const writes = this.scope.getStore()?.writes;
    const values = await this.kv.getMany(keys);
    return keys.map((k, i) => (writes?.has(k) ? writes.get(k) : values[i])) as T;
  }

  async getMany<T>(keys: string[]): Promise<T[]> {
    if (keys.length === 0) return [];
    const writes = this.scope.getStore()?.writes;
    const values = (await this.kv.getMany(keys)) as (T | undefined)[];
    return keys.map((k, i) => (writes?.has(k) ? (writes.get(k) as T) : values[i])).filter((v): v is T => v !== undefined);
  }

  /**
   * Runs a read-change-write of shared records alone (in this process and among processes
   * sharing the store), so that no concurrent change is lost. Re-entrant.
   */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const current = this.scope.getStore();
    if (current?.exclusive) return task();
    return this.backend.exclusive(() => this.scope.run({ exclusive: true }, task));
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
      const outcome = await this.scope.run({ exclusive: true, writes }, effect);
      // A refusal changed nothing: it is not the key's outcome, so a later attempt of the same
      // run (the role given back, another order picked) is judged afresh. Its log entry stays.
      if (!isRefusal(outcome)) writes.set(key, { outcome });
      await this.backend.setMany([...writes.entries()]);
      return outcome;
    });
  }
}

function isRefusal(outcome: unknown): boolean {
  return typeof outcome === 'object' && outcome !== null && (outcome as { status?: unknown }).status === 'refused';
}
