import type Keyv from 'keyv';

/**
 * The sandbox's records in keyv: one key per record plus small index lists, so that
 * a record is read without loading the whole data set.
 */
export class SandboxStore {
  constructor(private readonly kv: Keyv) {}

  async get<T>(key: string): Promise<T | undefined> {
    return (await this.kv.get(key)) as T | undefined;
  }

  async set<T>(key: string, value: T): Promise<void> {
    await this.kv.set(key, value);
  }

  async getMany<T>(keys: string[]): Promise<T[]> {
    if (keys.length === 0) return [];
    const values = (await this.kv.get(keys)) as (T | undefined)[];
    return values.filter((v): v is T => v !== undefined);
  }

  async index(name: string): Promise<string[]> {
    return (await this.get<string[]>(`index:${name}`)) ?? [];
  }

  async addToIndex(name: string, id: string): Promise<void> {
    const ids = await this.index(name);
    if (!ids.includes(id)) await this.set(`index:${name}`, [...ids, id]);
  }

  /**
   * Runs a side effect once per key: a second call with the same key returns the first
   * call's recorded outcome without acting again.
   */
  async once<T>(idempotencyKey: string, effect: () => Promise<T>): Promise<T> {
    const key = `effect:${idempotencyKey}`;
    const recorded = await this.get<{ outcome: T }>(key);
    if (recorded) return recorded.outcome;
    const pending = this.inFlight.get(key);
    if (pending) return pending as Promise<T>;
    const run = (async () => {
      const outcome = await effect();
      await this.set(key, { outcome });
      return outcome;
    })();
    this.inFlight.set(key, run);
    try {
      return await run;
    } finally {
      this.inFlight.delete(key);
    }
  }

  private readonly inFlight = new Map<string, Promise<unknown>>();
}
