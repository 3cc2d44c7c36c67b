import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * What an operator watches (Prometheus, at /metrics): turn latency by procedure and channel,
 * turns by outcome, store and Partner Center call latency and errors, the follow-up queue.
 * One registry per app, so two assistants in one process (tests) don't mix their figures.
 * Labels are bounded sets (procedure ids, channel ids, outcomes): never ids of people.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly turnSeconds = new Histogram({
    name: 'pca_turn_duration_seconds',
    help: 'Time to handle one incoming activity, from receipt to the last reply.',
    labelNames: ['procedure', 'channel'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly turns = new Counter({
    name: 'pca_turns_total',
    help: 'Activities handled, by outcome (answered, refused, stale, failed, busy).',
    labelNames: ['outcome', 'channel'] as const,
    registers: [this.registry],
  });

  readonly storeSeconds = new Histogram({
    name: 'pca_store_call_duration_seconds',
    help: 'Store calls (load, save, lock), by operation.',
    labelNames: ['op'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 2],
    registers: [this.registry],
  });

  readonly storeErrors = new Counter({
    name: 'pca_store_errors_total',
    help: 'Store calls that failed or timed out, by operation.',
    labelNames: ['op'] as const,
    registers: [this.registry],
  });

  readonly partnerCenterSeconds = new Histogram({
    name: 'pca_partner_center_call_duration_seconds',
    help: 'Calls to Partner Center (sandbox or live), by area and operation.',
    labelNames: ['call'] as const,
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly partnerCenterErrors = new Counter({
    name: 'pca_partner_center_errors_total',
    help: 'Partner Center calls that threw, by area and operation.',
    labelNames: ['call'] as const,
    registers: [this.registry],
  });

  readonly followUpsQueued = new Gauge({
    name: 'pca_follow_ups_queued',
    help: 'Follow-ups waiting to be sent (due or not).',
    registers: [this.registry],
  });

  readonly followUpsSent = new Counter({
    name: 'pca_follow_ups_total',
    help: 'Follow-up send attempts, by result (sent, retry, given_up).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics !== false) collectDefaultMetrics({ register: this.registry, prefix: 'pca_' });
  }

  /** Per call name, its histogram's and counter's series: found once, not hashed from labels on every call. */
  private readonly callSeries = new Map<string, CallSeries>();

  /** Times a store call; a rejection (failure or timeout) also counts as an error. */
  timeStore<T>(op: string, work: () => Promise<T>): Promise<T> {
    return timed(this.storeSeconds.startTimer({ op }), () => this.storeErrors.inc({ op }), work);
  }

  /** Times a Partner Center call ("area.method"); a rejection also counts as an error. */
  timeCall<T>(call: string, work: () => Promise<T>): Promise<T> {
    let series = this.callSeries.get(call);
    if (!series) {
      series = { seconds: this.partnerCenterSeconds.labels({ call }), errors: this.partnerCenterErrors.labels({ call }) };
      this.callSeries.set(call, series);
    }
    const { seconds, errors } = series;
    return timed(seconds.startTimer(), () => errors.inc(), work);
  }
}

interface CallSeries {
  seconds: ReturnType<Histogram<'call'>['labels']>;
  errors: ReturnType<Counter<'call'>['labels']>;
}

/**
 * Wraps every method of every area of a Partner Center port (sandbox or live) so its calls are
 * timed and counted under "area.method", without the port knowing about metrics.
 */
export function instrumentPort<T extends object>(port: T, metrics: Metrics): T {
  const areas = new Map<PropertyKey, unknown>();
  return new Proxy(port, {
    get(target, area, receiver) {
      const value = Reflect.get(target, area, receiver);
      if (typeof area !== 'string' || value === null || typeof value !== 'object') return value;
      if (!areas.has(area)) areas.set(area, instrumentArea(value as object, area, metrics));
      return areas.get(area);
    },
  });
}

function instrumentArea(api: object, area: string, metrics: Metrics): object {
  // A method's timed form is made once (a turn calls a few of them), and again only if the method itself changes.
  const wrapped = new Map<string, { method: unknown; timed: unknown }>();
  return new Proxy(api, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof name !== 'string' || typeof value !== 'function') return value;
      const known = wrapped.get(name);
      if (known && known.method === value) return known.timed;
      const call = `${area}.${name}`;
      const timedMethod = (...args: unknown[]) => {
        const result = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (!(result instanceof Promise)) return result;
        return metrics.timeCall(call, () => result);
      };
      wrapped.set(name, { method: value, timed: timedMethod });
      return timedMethod;
    },
  });
}

async function timed<T>(end: () => void, failed: () => void, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    failed();
    throw err;
  } finally {
    end();
  }
}
