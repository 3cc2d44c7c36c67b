import { ActivityTypes, CardFactory, TurnContext, type Activity, type ConversationReference, type Storage } from 'botbuilder';
import { promptCard } from '../cards/render-card';
import { promptText, replyText } from '../cards/render-text';
import { t, toLocale } from '../cards/i18n';
import type { Locale } from '../cards/strings';
import type { Msg, Reply } from '../cards/view';
import type { ConversationEngine, ConversationRecord, TurnResult } from '../dialogs/engine';
import { toTurnInput } from './activity-input';
import { supportsCards } from './channel';
import type { FollowUps } from './follow-ups';
import { KeyedQueue } from './keyed-queue';
import { RateLimiter } from './rate-limit';
import { LOCK_BUSY, withLock, type StoreLock } from './storage/lock';

/** Replies of a handled activity, kept so that a redelivery gets the same answer. */
const KEPT_DELIVERIES = 3;

interface Delivery {
  id: string;
  replies: Partial<Activity>[];
}
const LOCK_TTL_MS = 30_000;
const LOCK_WAIT_MS = 15_000;

interface Stored {
  record: ConversationRecord;
  eTag?: string;
}

/**
 * The one place where activities meet machines: per conversation, one turn at a time (in
 * this process and, through the store's lock, across processes): load the record, turn the
 * activity into an input, run the engine, save, send the replies.
 */
export class TurnLoop {
  private readonly queue = new KeyedQueue();
  private readonly limiter = new RateLimiter();
  private inFlight = 0;
  private drained?: () => void;

  constructor(
    private readonly engine: ConversationEngine,
    private readonly storage: Storage,
    private readonly lock: StoreLock,
    private readonly defaultLocale: Locale,
    private readonly followUps?: FollowUps,
  ) {}

  handle = async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    const key = `conversation/${activity.channelId}/${activity.conversation?.id}`;
    this.inFlight++;
    try {
      await this.queue.run(key, async () => {
        const done = await withLock(this.lock, key, { ttlMs: LOCK_TTL_MS, waitMs: LOCK_WAIT_MS }, () => this.turn(context, key));
        if (done === LOCK_BUSY) await context.sendActivity(this.text({ key: 'common.busy' }, toLocale(activity.locale ?? this.defaultLocale)));
      });
    } finally {
      if (--this.inFlight === 0) this.drained?.();
    }
  };

  /**
   * A turn nobody typed: something happened outside the chat (the customer accepted) that the
   * run `external.run` waits for. Same queue, lock and record as a turn; returns the replies to
   * send (none when the conversation has moved on).
   */
  continueRun = async (reference: Partial<ConversationReference>, external: { run: string; name: string }): Promise<Partial<Activity>[]> => {
    const key = `conversation/${reference.channelId}/${reference.conversation?.id}`;
    return this.queue.run(key, async () => {
      const done = await withLock(this.lock, key, { ttlMs: LOCK_TTL_MS, waitMs: LOCK_WAIT_MS }, async () => {
        const stored = (await this.storage.read([key]))[key] as Stored | undefined;
        if (!stored?.record) return [];
        const locale = toLocale(stored.record.locale ?? this.defaultLocale);
        const result = await this.engine.turn(stored.record, { kind: 'external', ...external }, { channelUserId: reference.user?.id ?? 'anonymous', locale });
        if (!result.replies.length) return [];
        await this.storage.write({ [key]: { record: result.record, eTag: stored.eTag ?? '*' } });
        return this.render(result.replies, toLocale(result.record.locale ?? locale), supportsCards(reference.channelId));
      });
      if (done === LOCK_BUSY) throw new Error('the conversation is busy');
      return done;
    });
  };

  /** Resolves once no turn is in flight (for a graceful stop). */
  drain(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((ok) => (this.drained = ok));
  }

  private async turn(context: TurnContext, key: string): Promise<void> {
    const activity = context.activity;
    const userId = activity.from?.id ?? 'anonymous';
    // The answers to the conversation's last few activities, one record per conversation.
    const deliveryKey = `delivery/${activity.channelId}/${activity.conversation?.id}`;
    // One read for all three records.
    const items = await this.storage.read([key, `user/${userId}`, deliveryKey]);
    const deliveries = (items[deliveryKey] as { list?: Delivery[] } | undefined)?.list ?? [];
    const previous = activity.id ? deliveries.find((d) => d.id === activity.id) : undefined;
    if (previous) {
      // A redelivered activity: the same answer again, nothing done twice.
      await context.sendActivities(previous.replies);
      return;
    }
    const stored = items[key] as Stored | undefined;
    const userPrefs = items[`user/${userId}`] as { locale?: string; eTag?: string } | undefined;
    const locale = toLocale(stored?.record.locale ?? userPrefs?.locale ?? activity.locale ?? this.defaultLocale);

    const parsed = toTurnInput(activity);
    if (activity.type === ActivityTypes.Invoke) {
      // Teams' Action.Execute is answered as a card submit; other invokes are not ours.
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: parsed.ok ? 200 : 400, body: parsed.ok ? { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: '' } : undefined } });
      if (!parsed.ok) return;
    }
    if (!parsed.ok) {
      if (parsed.reason === 'ignore') return;
      await context.sendActivity(this.text({ key: parsed.reason === 'too-long' ? 'common.tooLong' : 'common.badSubmit' }, locale));
      return;
    }
    if (parsed.input.kind !== 'joined' && !this.limiter.allow(`${activity.channelId}/${userId}`)) {
      await context.sendActivity(this.text({ key: 'common.rateLimited' }, locale));
      return;
    }
    if (parsed.input.kind !== 'joined') await context.sendActivity({ type: ActivityTypes.Typing });

    const result = await this.engine.turn(stored?.record ? { ...stored.record, locale: stored.record.locale ?? locale } : undefined, parsed.input, { channelUserId: userId, locale, timeZone: validTimeZone(activity.localTimezone) });
    const replyLocale = toLocale(result.record.locale ?? locale);
    if (result.record.locale && result.record.locale !== userPrefs?.locale) {
      await this.storage.write({ [`user/${userId}`]: { locale: result.record.locale, eTag: '*' } });
    }
    const cards = supportsCards(activity.channelId);
    const replies = this.render(result.replies, replyLocale, cards);
    await this.storage.write({
      [key]: { record: result.record, eTag: stored?.eTag ?? '*' },
      ...(activity.id ? { [deliveryKey]: { list: [...deliveries.slice(-(KEPT_DELIVERIES - 1)), { id: activity.id, replies }], eTag: '*' } } : {}),
    });
    if (this.followUps && result.followUps?.length) await this.followUps.fromTurn(TurnContext.getConversationReference(activity), result.followUps, replyLocale);
    await this.updateAnsweredCard(context, result, replyLocale);
    await context.sendActivities(replies);
  }

  /** Teams: the answered card is replaced by a read-only copy showing the answer. */
  private async updateAnsweredCard(context: TurnContext, result: TurnResult, locale: Locale): Promise<void> {
    const activity = context.activity;
    if (activity.channelId !== 'msteams' || !activity.replyToId || !result.answered) return;
    const card = promptCard(result.answered.prompt, locale, { interactive: false });
    (card.body as unknown[]).push({ type: 'TextBlock', text: t({ key: 'common.answered', params: { answer: result.answered.answer } }, locale), wrap: true, weight: 'Bolder', color: 'Good' });
    try {
      await context.updateActivity({ id: activity.replyToId, type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(card)] });
    } catch {
      // The card may be too old to edit: the new question still follows.
    }
  }

  private render(replies: Reply[], locale: Locale, cards: boolean): Partial<Activity>[] {
    return replies
      .map((r): Partial<Activity> | undefined => {
        if (r.kind === 'say') {
          const text = replyText(r, locale);
          return text ? { type: ActivityTypes.Message, text, textFormat: 'markdown', locale } : undefined;
        }
        const text = promptText(r.prompt, locale);
        if (!cards) return { type: ActivityTypes.Message, text, textFormat: 'markdown', locale };
        const card = { ...promptCard(r.prompt, locale), fallbackText: text };
        return { type: ActivityTypes.Message, locale, attachments: [CardFactory.adaptiveCard(card)] };
      })
      .filter((a): a is Partial<Activity> => !!a);
  }

  private text(m: Msg, locale: Locale): Partial<Activity> {
    return { type: ActivityTypes.Message, text: t(m, locale), textFormat: 'markdown', locale };
  }
}

/** An IANA time zone name the runtime knows, or nothing. */
function validTimeZone(zone: unknown): string | undefined {
  if (typeof zone !== 'string' || zone.length > 64) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}
