/**
 * Runs tasks one at a time per key (one turn at a time per conversation in this process).
 * A task that outlives `maxWaitMs` (a channel that never answers) stops holding the others up.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  constructor(private readonly maxWaitMs = 60_000) {}

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const current = previous.then(task, task);
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise((ok) => {
      timer = setTimeout(ok, this.maxWaitMs);
      timer.unref();
    });
    const tail = Promise.race([current.catch(() => undefined), limit]).finally(() => clearTimeout(timer));
    this.tails.set(key, tail);
    try {
      return await current;
    } finally {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
