import type { Storage, StoreItems } from 'botbuilder';
import type Keyv from 'keyv';

interface Stored {
  eTag: string;
  value: Record<string, unknown>;
}

/**
 * botbuilder's Storage on keyv, with eTags: a write whose eTag no longer matches the
 * stored one is refused, so that two writers never silently overwrite each other.
 */
export class KeyvStorage implements Storage {
  private counter = 0;

  constructor(private readonly kv: Keyv) {}

  async read(keys: string[]): Promise<StoreItems> {
    const out: StoreItems = {};
    if (keys.length === 0) return out;
    const values = (await this.kv.get(keys)) as (Stored | undefined)[];
    keys.forEach((k, i) => {
      const v = values[i];
      if (v) out[k] = { ...v.value, eTag: v.eTag };
    });
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...value } = item as Record<string, unknown> & { eTag?: string };
      if (eTag && eTag !== '*') {
        const current = (await this.kv.get(key)) as Stored | undefined;
        if (current && current.eTag !== eTag) throw new Error(`eTag conflict on ${key}`);
      }
      await this.kv.set(key, { eTag: this.nextETag(), value } satisfies Stored);
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const k of keys) await this.kv.delete(k);
  }

  private nextETag(): string {
    this.counter = (this.counter + 1) % 1_000_000;
    return `${Date.now().toString(36)}-${process.pid.toString(36)}-${this.counter.toString(36)}`;
  }
}
