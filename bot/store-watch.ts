import type { Logger } from './log';
import type { Store } from './storage/store';

const CHECK_EVERY_MS = 5_000;
const SWEEP_EVERY_MS = 10 * 60 * 1000;

export interface Readiness {
  status: 'ready' | 'unavailable';
  store: { kind: Store['kind']; reachable: boolean; error?: string };
  /** When the sandbox was last found empty (the store came back without its data) and seeded again. */
  sandboxReseededAt?: string;
}

/**
 * Keeps an eye on the store: whether it answers (for /readyz), whether it came back empty
 * after an outage (then the sandbox is seeded again and the log says so, instead of every user
 * silently becoming "not in Partner Center"), and removes expired records now and then.
 */
export class StoreWatch {
  private reachable = true;
  private error?: string;
  private reseededAt?: Date;
  private timers: NodeJS.Timeout[] = [];
  private checking?: Promise<Readiness>;

  constructor(
    private readonly store: Store,
    /** Seeds the sandbox unless it is there; true when it had to. */
    private readonly ensureSeeded: () => Promise<boolean>,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.store.onReconnect(() => void this.check());
    const every = (ms: number, task: () => Promise<unknown>) => {
      const t = setInterval(() => void task().catch(() => undefined), ms);
      t.unref();
      this.timers.push(t);
    };
    every(CHECK_EVERY_MS, () => this.check());
    every(SWEEP_EVERY_MS, () => this.sweep());
    const first = setTimeout(() => void this.sweep().catch(() => undefined), 30_000);
    first.unref();
    this.timers.push(first);
  }

  stop(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
  }

  /** The last known state, without asking the store (for /healthz). */
  last(): Readiness {
    return {
      status: this.reachable ? 'ready' : 'unavailable',
      store: { kind: this.store.kind, reachable: this.reachable, ...(this.error ? { error: this.error } : {}) },
      ...(this.reseededAt ? { sandboxReseededAt: this.reseededAt.toISOString() } : {}),
    };
  }

  /** Asks the store now (one check at a time). */
  check(): Promise<Readiness> {
    this.checking ??= this.run().finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async run(): Promise<Readiness> {
    try {
      await this.store.ping();
      if (await this.ensureSeeded()) {
        this.reseededAt = new Date();
        this.log.error(
          'the store came back without the sandbox data: the sandbox Partner Center was seeded again (conversations in progress were lost)',
        );
      }
      if (!this.reachable) this.log.info('the store answers again');
      this.reachable = true;
      this.error = undefined;
    } catch (err) {
      if (this.reachable) this.log.error('the store does not answer: turns are answered with "try again" until it does', err);
      this.reachable = false;
      this.error = err instanceof Error ? err.message : String(err);
    }
    return this.last();
  }

  private async sweep(): Promise<void> {
    const n = await this.store.sweep(Date.now());
    if (n) this.log.debug(`removed ${n} expired records`);
  }
}
