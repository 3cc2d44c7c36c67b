import { ActionTypes, ActivityTypes, CardFactory, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import { t } from '../cards/i18n';
import type { Locale } from '../cards/strings';
import type { TurnResult } from '../dialogs/engine';
import type { Clock } from '../domain/clock';
import { supportsCards } from './channel';
import type { Metrics } from './metrics';
import type { Store } from './storage/store';
import { OutboundRefused } from './outbound';
import { OutboxStore, type ExternalContinuation, type FollowUpCheck, type FollowUpRequest, type OutboxItem } from './outbox-store';

export type { FollowUpCheck, FollowUpRequest } from './outbox-store';

export interface OutboxOptions {
  /** How often each instance looks for what is due. */
  pollMs: number;
  /** A send that takes longer counts as failed (and is tried again). */
  sendTimeoutMs: number;
  /** First retry after about this long, then twice as long each time (with jitter), up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A follow-up still not sent this long after it fell due is given up. */
  maxAgeMs: number;
}

export const DEFAULT_OUTBOX_OPTIONS: OutboxOptions = {
  pollMs: 2_000,
  sendTimeoutMs: 20_000,
  baseDelayMs: 5_000,
  maxDelayMs: 10 * 60_000,
  maxAgeMs: 24 * 3_600_000,
};

const STOP_WAIT_MS = 5_000;

export interface OutboxDeps {
  /** The shared store: the outbox's records and the lock that claims an item for sending. */
  store: Store;
  adapter: CloudAdapter;
  appId: string;
  /** The sandbox's clock: when a follow-up is due. */
  clock: Clock;
  log: { error(message: string, err?: unknown): void; info(message: string): void };
  /** The follow-up queue's length and the outcome of each send attempt, for /metrics. */
  metrics?: Pick<Metrics, 'followUpsQueued' | 'followUpsSent'>;
  /** Writes a given-up follow-up into the audit trail (Partner Center's activity log). */
  audit(entry: { action: string; subject: string; outcome: 'failed'; detail: string }): Promise<unknown>;
  options?: Partial<OutboxOptions>;
}

/**
 * Messages the assistant sends on its own (follow-ups): a durable outbox on the shared store.
 * Each is stored with its conversation reference, when it is due, its attempts and its next
 * attempt. Any instance sends what is due, after claiming it with the store's atomic lock;
 * a failed send is tried again with exponential backoff and jitter, up to a maximum age,
 * then given up (logged and audited, never told to the conversation as an error).
 */
export class FollowUps {
  private readonly store: OutboxStore;
  private readonly options: OutboxOptions;
  private timer?: NodeJS.Timeout;
  private tail: Promise<unknown> = Promise.resolve();
  private stopped = false;
  /** Checks conditions such as "the download link is still usable" (set by the app). */
  check?: (c: FollowUpCheck) => Promise<boolean>;
  /** Where a stored reference is sent now (set by the app: the local Web Chat's server may have a new port). */
  route: (reference: Partial<ConversationReference>) => Partial<ConversationReference> = (r) => r;
  /** Runs the turn of a run that continues by itself; returns its replies (set by the app). */
  continueRun?: (reference: Partial<ConversationReference>, external: ExternalContinuation) => Promise<Partial<Activity>[]>;

  constructor(private readonly deps: OutboxDeps) {
    this.store = new OutboxStore(deps.store);
    this.options = { ...DEFAULT_OUTBOX_OPTIONS, ...deps.options };
  }

  /** A follow-up due at `due` on the sandbox's clock. */
  async schedule(
    reference: Partial<ConversationReference>,
    due: Date,
    activities: Partial<Activity>[],
    extra: Partial<Pick<FollowUpRequest, 'check' | 'topic'>> = {},
  ): Promise<string> {
    const item = await this.store.add(
      { reference, activities, topic: extra.topic ?? 'follow-up', ...(extra.check ? { check: extra.check } : {}) },
      due.getTime(),
      Date.now(),
    );
    return item.id;
  }

  /** The follow-ups a turn asked for, in the conversation's language: due after a time, or waiting for an event. */
  async fromTurn(reference: Partial<ConversationReference>, list: NonNullable<TurnResult['followUps']>, locale: Locale): Promise<void> {
    for (const f of list) {
      const request: FollowUpRequest = {
        reference,
        activities: [followUpActivity(f, locale, reference.channelId ?? '')],
        topic: f.on ?? f.msg.key,
        ...(f.whileLinkUsable ? { check: { kind: 'download-link-usable' as const, linkId: f.whileLinkUsable } } : {}),
        ...(f.resumesRun && f.on && f.run ? { external: { run: f.run, name: f.on, locale } } : {}),
      };
      if (f.on) await this.watch(f.on, request);
      else await this.store.add(request, this.deps.clock.now().getTime() + f.afterMs, Date.now());
    }
  }

  /** A follow-up sent when `event` is raised (the customer accepted, a link was used 45 times). */
  watch(event: string, request: FollowUpRequest): Promise<void> {
    return this.store.watch(event, request, Date.now());
  }

  /** The sandbox says that `event` happened: what waits for it is due now, and goes out at once. */
  async raise(event: string): Promise<number> {
    const n = await this.store.raise(event, this.deps.clock.now().getTime(), Date.now());
    if (n > 0) void this.poll().catch((err) => this.deps.log.error('follow-up poll failed', err));
    return n;
  }

  start(): void {
    this.stopped = false;
    const tick = () => void this.poll().catch((err) => this.deps.log.error('follow-up poll failed', err));
    this.timer = setInterval(tick, this.options.pollMs);
    this.timer.unref();
    // What fell due while no instance ran goes out now, not one period later.
    setImmediate(tick);
  }

  /** Stops polling and waits for the sends in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    // A send in progress gets a few seconds; one cut short is claimed again later (its claim lapses).
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.tail.catch(() => undefined), new Promise((ok) => (timer = setTimeout(ok, STOP_WAIT_MS)))]);
    clearTimeout(timer);
  }

  /**
   * Sends what is due at `now` (sandbox clock) and whose next attempt has come at `wallNow`;
   * returns how many were sent. Polls of one instance run one after the other.
   */
  poll(now?: number, wallNow?: number): Promise<number> {
    const run = this.tail.then(() => this.pollOnce(now ?? this.deps.clock.now().getTime(), wallNow ?? Date.now()));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async pollOnce(now: number, wallNow: number): Promise<number> {
    if (this.stopped) return 0;
    const { items, stale, listed } = await this.store.due(now);
    this.deps.metrics?.followUpsQueued.set(listed);
    const due = items.filter((i) => i.nextAttempt <= wallNow).sort((a, b) => a.due - b.due);
    let sent = 0;
    let finished = stale.length;
    for (const candidate of due) {
      if (this.stopped) break;
      const owner = await this.store.claim(candidate.id, this.options.sendTimeoutMs * 2 + 10_000);
      if (!owner) continue;
      try {
        // Read again under the claim: another instance may have sent it meanwhile.
        const item = await this.store.get(candidate.id);
        if (item?.status !== 'pending') {
          finished++;
          continue;
        }
        if (item.due > now || item.nextAttempt > wallNow) continue;
        const outcome = await this.attempt(item, wallNow);
        if (outcome === 'sent') sent++;
        if (outcome !== 'retry') finished++;
      } finally {
        await this.store.release(candidate.id, owner).catch(() => undefined);
      }
    }
    await this.store.prune(stale);
    if (finished > 0) this.deps.metrics?.followUpsQueued.set(await this.store.listed());
    return sent;
  }

  private async attempt(item: OutboxItem, wallNow: number): Promise<'sent' | 'retry' | 'done'> {
    if (item.check && this.check && !(await this.check(item.check))) {
      await this.store.save({ ...item, status: 'skipped', doneAt: wallNow });
      return 'done';
    }
    try {
      let activities = item.activities;
      if (item.external && !item.rendered && this.continueRun) {
        const replies = await this.continueRun(item.reference, item.external);
        // The run's own replies say what happened; without any (the run moved on), the message alone.
        activities = replies.length ? replies : item.activities;
        item = { ...item, activities, rendered: true };
        await this.store.save(item);
      }
      await this.send(
        this.route(item.reference),
        activities.map((a) => ({ ...a, channelData: { ...(a.channelData as object | undefined), followUpId: item.id } })),
      );
      await this.store.save({ ...item, status: 'sent', attempts: item.attempts + 1, doneAt: Date.now() });
      this.deps.metrics?.followUpsSent.inc({ result: 'sent' });
      this.deps.log.info(`follow-up ${item.id} (${item.topic}) sent`);
      return 'sent';
    } catch (err) {
      return this.failed(item, err, wallNow);
    }
  }

  private async failed(item: OutboxItem, err: unknown, wallNow: number): Promise<'retry' | 'done'> {
    const attempts = item.attempts + 1;
    const firstFailureAt = item.firstFailureAt ?? wallNow;
    const reason = err instanceof Error ? `${err.name}: ${err.message}`.slice(0, 300) : 'send failed';
    // An address the assistant may not call will not become one: given up at once, never retried.
    if (err instanceof OutboundRefused || wallNow - firstFailureAt >= this.options.maxAgeMs) {
      await this.store.save({ ...item, attempts, firstFailureAt, lastError: reason, status: 'given-up', doneAt: wallNow });
      this.deps.metrics?.followUpsSent.inc({ result: 'given_up' });
      this.deps.log.error(`follow-up ${item.id} (${item.topic}) given up after ${attempts} attempts`, err);
      await this.deps
        .audit({ action: 'follow-up-given-up', subject: item.topic, outcome: 'failed', detail: `${attempts} attempts; ${reason}` })
        .catch((e: unknown) => this.deps.log.error('follow-up audit failed', e));
      return 'done';
    }
    const exponential = Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** Math.min(attempts - 1, 30));
    // Jitter: instances that failed together do not all come back at the same moment.
    const delay = Math.round(exponential / 2 + Math.random() * (exponential / 2));
    await this.store.save({ ...item, attempts, firstFailureAt, lastError: reason, nextAttempt: wallNow + delay });
    this.deps.metrics?.followUpsSent.inc({ result: 'retry' });
    this.deps.log.error(
      `follow-up ${item.id} (${item.topic}) not sent (attempt ${attempts}), next try in ${Math.round(delay / 1000)} s`,
      err,
    );
    return 'retry';
  }

  /**
   * One send with a time limit. An error inside the proactive turn is caught there: the
   * adapter's error handler would otherwise post an apology into the conversation.
   */
  private async send(reference: Partial<ConversationReference>, activities: Partial<Activity>[]): Promise<void> {
    let failure: unknown;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, fail) => {
      timer = setTimeout(
        () => fail(new Error(`no answer from the channel within ${this.options.sendTimeoutMs} ms`)),
        this.options.sendTimeoutMs,
      );
    });
    try {
      await Promise.race([
        this.deps.adapter.continueConversationAsync(this.deps.appId, reference as ConversationReference, async (context) => {
          try {
            await context.sendActivities(activities);
          } catch (err) {
            failure = err ?? new Error('send failed');
          }
        }),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
    if (failure) throw failure;
  }
}

/** The message of a follow-up: its text, and where cards show, a button for what to do next. */
function followUpActivity(f: NonNullable<TurnResult['followUps']>[number], locale: Locale, channelId: string): Partial<Activity> {
  const activity: Partial<Activity> = { type: ActivityTypes.Message, text: t(f.msg, locale), textFormat: 'markdown', locale };
  if (f.next && supportsCards(channelId)) {
    activity.attachments = [
      CardFactory.heroCard('', undefined, [{ type: ActionTypes.ImBack, title: t(f.next.label, locale), value: f.next.text }]),
    ];
  }
  return activity;
}
