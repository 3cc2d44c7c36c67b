/** A kept value, and whether it was read since the last time eviction passed it. */
interface Entry {
  value: unknown;
  used: boolean;
}

/**
 * The sandbox's records as last read by this process, valid while the store's generation
 * record is the one they were read under (every sandbox write rewrites it, in the same atomic
 * step, with a fresh random id).
 *
 * Each fill of the cache is an epoch: a new generation seen, or a write by this process, drops
 * the entries and starts the next one. A read is kept only if no epoch began while it was in
 * flight, so that a value read before a drop never lands in the cache that follows it.
 */
export class ReadCache {
  /** Oldest first. A read marks its entry used rather than moving it (a turn reads dozens): see evict. */
  private readonly entries = new Map<string, Entry>();
  /** The generation the entries were read under; none: nothing is kept (a write of ours, or no generation recorded yet). */
  private generation: string | undefined;
  private current = 0;

  constructor(readonly capacity: number) {}

  get epoch(): number {
    return this.current;
  }

  /** Whether the epoch's reads are kept: it was validated against a generation. */
  keeps(epoch: number): boolean {
    return epoch === this.current && this.generation !== undefined;
  }

  /** Takes the store's generation: the entries stay if it is theirs, else they are dropped. */
  adopt(generation: string | undefined): void {
    // Without a generation nothing is kept: there is nothing to drop either.
    if (generation !== this.generation) this.drop(generation);
  }

  /** After this process wrote: the generation it wrote may hide another process's write made just before. */
  drop(generation?: string): void {
    this.entries.clear();
    this.generation = generation;
    this.current++;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** A kept value (undefined: kept as absent), now marked as used. */
  take(key: string): unknown {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    entry.used = true;
    return entry.value;
  }

  /**
   * Keeps a value read during `epoch`, unless another epoch began since; an entry not read for
   * the longest goes when the cache is full. Values are frozen: they are handed to every later
   * reader, so a caller changing one would change what the others read.
   */
  keep(epoch: number, key: string, value: unknown): unknown {
    if (!this.keeps(epoch)) return value;
    deepFreeze(value);
    this.entries.delete(key);
    this.entries.set(key, { value, used: false });
    if (this.entries.size > this.capacity) this.evict();
    return value;
  }

  /**
   * Drops one entry, the oldest not read since eviction last passed it ("second chance"): an
   * entry read meanwhile is unmarked and moves to the newest end instead. Entries moved while
   * iterating come round again, unmarked: one is always found.
   */
  private evict(): void {
    for (const [key, entry] of this.entries) {
      this.entries.delete(key);
      if (!entry.used) return;
      entry.used = false;
      this.entries.set(key, entry);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}
