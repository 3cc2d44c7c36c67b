import { Worker } from 'node:worker_threads';

/**
 * Microsoft Recognizers-Text, run on a worker thread with a time budget.
 *
 * Some models are super-linear on repeated number words (the French number model takes
 * seconds on a few dozen words), and they are synchronous: run on the event loop, one message
 * would stop every conversation and /healthz with it. On the worker a slow recognition costs
 * only its budget: the worker is ended, the message is read without that model's help, and a
 * fresh worker is started for the next one.
 */
export type RecognizerKind = 'number' | 'datetime';

export interface Recognized {
  typeName: string;
  text: string;
  start: number;
  end: number;
  resolution?: Record<string, unknown>;
}

/** Characters given to a model at most: no answer or first sentence needs more to carry its values. */
export const MAX_RECOGNIZED_CHARS = 160;
/** Time a recognition may take once the worker is ready. */
export const RECOGNIZER_BUDGET_MS = 100;
/** Time a worker may take to load its models before it is given up. */
const READY_WAIT_MS = 30_000;
const CACHE_SIZE = 256;

const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const suite = require(workerData.suite);
for (const [c, sample] of workerData.warmUp) {
  try { suite.recognizeDateTime(sample, c); } catch {}
}
parentPort.postMessage({ ready: true });
parentPort.on('message', (m) => {
  let results = [];
  try {
    results = m.kind === 'number' ? suite.recognizeNumber(m.text, m.culture) : suite.recognizeDateTime(m.text, m.culture, undefined, new Date(m.now));
  } catch { results = []; }
  parentPort.postMessage({ id: m.id, results: results.map((r) => ({ typeName: r.typeName, text: r.text, start: r.start, end: r.end, resolution: r.resolution })) });
});
`;

interface Job {
  id: number;
  kind: RecognizerKind;
  text: string;
  culture: string;
  now: number;
  done(results: Recognized[] | undefined): void;
}

class RecognizerThread {
  private worker?: Worker;
  private ready?: Promise<boolean>;
  private queue: Job[] = [];
  private current?: { job: Job; timer: NodeJS.Timeout };
  private nextId = 1;
  private readonly cache = new Map<string, Recognized[]>();

  /** Starts the worker ahead of the first message (its models take a few seconds to load). */
  warm(): Promise<boolean> {
    if (this.ready) return this.ready;
    let suite: string;
    try {
      suite = require.resolve('@microsoft/recognizers-text-suite');
    } catch {
      this.ready = Promise.resolve(false);
      return this.ready;
    }
    const worker = new Worker(WORKER_CODE, {
      eval: true,
      workerData: {
        suite,
        warmUp: [
          ['en-us', 'yesterday'],
          ['fr-fr', 'hier'],
          ['nl-nl', 'gisteren'],
        ],
      },
    });
    worker.unref();
    this.worker = worker;
    this.ready = new Promise<boolean>((ok) => {
      const timer = setTimeout(() => ok(false), READY_WAIT_MS);
      timer.unref();
      worker.once('message', () => {
        clearTimeout(timer);
        ok(true);
      });
      worker.once('error', () => ok(false));
    });
    worker.on('message', (m: { id?: number; results?: Recognized[] }) => {
      const current = this.current;
      if (m.id === undefined || !current || current.job.id !== m.id) return;
      clearTimeout(current.timer);
      const { job } = current;
      this.current = undefined;
      job.done(m.results ?? []);
      this.pump();
    });
    worker.on('error', () => this.restart());
    worker.on('exit', () => {
      if (this.worker === worker) this.restart();
    });
    return this.ready;
  }

  private key(kind: RecognizerKind, text: string, culture: string, now: Date): string {
    return `${kind}|${culture}|${kind === 'datetime' ? now.toISOString().slice(0, 10) : ''}|${text.slice(0, MAX_RECOGNIZED_CHARS)}`;
  }

  /** What an earlier recognize() of the same text found (synchronous readers use it: they never run a model). */
  cached(kind: RecognizerKind, text: string, culture: string, now: Date): Recognized[] | undefined {
    return this.cache.get(this.key(kind, text, culture, now));
  }

  /** The results of one model over the text, or undefined when the budget ran out. */
  async recognize(kind: RecognizerKind, text: string, culture: string, now: Date): Promise<Recognized[] | undefined> {
    const cut = text.slice(0, MAX_RECOGNIZED_CHARS);
    const key = this.key(kind, text, culture, now);
    const hit = this.cache.get(key);
    if (hit) return hit;
    // A worker still loading its models is not waited for beyond the budget: the message is
    // read without them (the grammar of dialogs/answers reads the usual forms on its own).
    const ready = await Promise.race([this.warm(), new Promise<false>((ok) => setTimeout(() => ok(false), RECOGNIZER_BUDGET_MS).unref())]);
    if (!ready) return undefined;
    const results = await new Promise<Recognized[] | undefined>((done) => {
      this.queue.push({ id: this.nextId++, kind, text: cut, culture, now: now.getTime(), done });
      this.pump();
    });
    if (results) {
      if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(key, results);
    }
    return results;
  }

  private pump(): void {
    if (this.current || !this.worker) return;
    const job = this.queue.shift();
    if (!job) return;
    const timer = setTimeout(() => {
      // Over budget: this text is read without the model, and the thread is replaced.
      this.current = undefined;
      job.done(undefined);
      this.restart();
    }, RECOGNIZER_BUDGET_MS);
    timer.unref();
    this.current = { job, timer };
    this.worker.postMessage({ id: job.id, kind: job.kind, text: job.text, culture: job.culture, now: job.now });
  }

  private restart(): void {
    const old = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    if (this.current) {
      clearTimeout(this.current.timer);
      this.current.job.done(undefined);
      this.current = undefined;
    }
    void old?.terminate();
    const waiting = this.queue;
    this.queue = [];
    if (waiting.length === 0) return;
    void this.warm().then((ok) => {
      if (!ok) for (const j of waiting) j.done(undefined);
      else {
        this.queue.push(...waiting);
        this.pump();
      }
    });
  }

  /** Ends the worker (tests, graceful stop). */
  async stop(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    await w?.terminate();
  }
}

export const recognizers = new RecognizerThread();
