import { ActivityTypes, CardFactory, TurnContext, type Activity, type Storage } from 'botbuilder';
import { promptCard } from '../cards/render-card';
import { promptText, replyText } from '../cards/render-text';
import { t, toLocale } from '../cards/i18n';
import type { Flavour } from '../cards/escape';
import type { Locale } from '../cards/strings';
import type { Msg, Reply } from '../cards/view';
import type { ConversationEngine, ConversationRecord, TurnResult } from '../dialogs/engine';
import { toTurnInput } from './activity-input';
import { supportsCards, textFlavour } from './channel';
import type { FollowUps } from './follow-ups';
import { KeyedQueue } from './keyed-queue';
import { RateLimiter, rateKeys } from './rate-limit';
import { claimRuns, foreignOwner, isShared, withMember } from './run-owner';
import type { PrivateSender } from './private-delivery';
import { hidePromptSecrets, hideSecrets, hasSecret } from '../cards/secrets';
import type { DirectoryApi } from '../domain/partner-center';
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
  /** The sender ids seen in this conversation: more than one makes it a shared conversation. */
  members?: string[];
  eTag?: string;
}

export interface TurnLoopOptions {
  /** Names the owner of a run in the message to another member. */
  directory?: DirectoryApi;
  /** Sends secrets asked for in a shared conversation to the user alone. */
  privately?: PrivateSender;
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
    private readonly options: TurnLoopOptions = {},
  ) {}

  handle = async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    const key = `conversation/${activity.channelId}/${activity.conversation?.id}`;
    // Every kind of activity counts, per sender and per conversation, before any lock or read.
    if (!rateKeys(activity).every((k) => this.limiter.allow(k))) {
      await this.refuseFlood(context);
      return;
    }
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
    const members = withMember(stored?.members, userId);
    const owner = foreignOwner(stored?.record, userId, parsed.input);
    if (owner !== undefined) {
      await this.refuseForeign(context, stored!.record, owner, userId, toLocale(userPrefs?.locale ?? activity.locale ?? this.defaultLocale), deliveryKey, deliveries);
      return;
    }
    if (parsed.input.kind !== 'joined') await context.sendActivity({ type: ActivityTypes.Typing });

    const result = await this.engine.turn(stored?.record ? { ...stored.record, locale: stored.record.locale ?? locale } : undefined, parsed.input, { channelUserId: userId, locale, timeZone: validTimeZone(activity.localTimezone) });
    claimRuns(result.record, userId);
    const replyLocale = toLocale(result.record.locale ?? locale);
    if (result.record.locale && result.record.locale !== userPrefs?.locale) {
      await this.storage.write({ [`user/${userId}`]: { locale: result.record.locale, eTag: '*' } });
    }
    const cards = supportsCards(activity.channelId);
    const shared = isShared(activity.conversation, members);
    const replies = this.render(await this.keepSecrets(context, shared, result.replies, replyLocale), replyLocale, cards, textFlavour(activity.channelId));
    await this.storage.write({
      [key]: { record: result.record, members, eTag: stored?.eTag ?? '*' },
      ...(activity.id ? { [deliveryKey]: { list: [...deliveries.slice(-(KEPT_DELIVERIES - 1)), { id: activity.id, replies }], eTag: '*' } } : {}),
    });
    if (this.followUps && result.followUps?.length) {
      const reference = TurnContext.getConversationReference(activity);
      for (const f of result.followUps) {
        await this.followUps.schedule(reference, new Date(Date.now() + f.afterMs), [{ type: ActivityTypes.Message, text: t(f.msg, replyLocale, textFlavour(activity.channelId)), textFormat: 'markdown', locale: replyLocale }]);
      }
    }
    await this.updateAnsweredCard(context, result, replyLocale, shared);
    await context.sendActivities(replies);
  }

  /**
   * Input from someone other than the run's owner: nothing is applied, the actor is told whose
   * run it is and how to start their own, and the attempt is written to the activity log.
   */
  private async refuseForeign(context: TurnContext, record: ConversationRecord, ownerId: string, actorId: string, locale: Locale, deliveryKey: string, deliveries: Delivery[]): Promise<void> {
    const activity = context.activity;
    const directory = this.options.directory;
    const [owner, actor] = await Promise.all([directory?.userByChannelId(ownerId), directory?.userByChannelId(actorId)]);
    const procedure = this.engine.procedure(record.run?.procedure ?? '')?.def.title ?? { key: 'common.raw', params: { text: record.run?.procedure ?? '' } };
    await this.engine.audit({
      userId: actor?.id ?? actorId,
      userName: actor?.name ?? activity.from?.name ?? actorId,
      action: 'foreign-run',
      subject: record.run?.procedure,
      outcome: 'refused',
      detail: `run of ${owner?.id ?? ownerId}`,
    });
    const replies = [this.text({ key: 'security.notYourRun', params: { owner: owner?.name ?? ownerId, procedure } }, locale)];
    // Kept like any answer, so that a redelivery gets the same reply and no second log entry.
    if (activity.id) await this.storage.write({ [deliveryKey]: { list: [...deliveries.slice(-(KEPT_DELIVERIES - 1)), { id: activity.id, replies }], eTag: '*' } });
    await context.sendActivities(replies);
  }

  /** Too many activities: a message gets told so, an invoke a 429, anything else is dropped. */
  private async refuseFlood(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (activity.type === ActivityTypes.Invoke) await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 429 } });
    if (activity.type === ActivityTypes.Message || activity.type === ActivityTypes.Invoke) {
      await context.sendActivity(this.text({ key: 'common.rateLimited' }, toLocale(activity.locale ?? this.defaultLocale)));
    }
  }

  /** Teams: the answered card is replaced by a read-only copy showing the answer. */
  private async updateAnsweredCard(context: TurnContext, result: TurnResult, locale: Locale, shared: boolean): Promise<void> {
    const activity = context.activity;
    if (activity.channelId !== 'msteams' || !activity.replyToId || !result.answered) return;
    const prompt = shared ? hidePromptSecrets(result.answered.prompt, { key: 'security.secret.hidden' }) : result.answered.prompt;
    const card = promptCard(prompt, locale, { interactive: false });
    (card.body as unknown[]).push({ type: 'TextBlock', text: t({ key: 'common.answered', params: { answer: result.answered.answer } }, locale), wrap: true, weight: 'Bolder', color: 'Good' });
    try {
      await context.updateActivity({ id: activity.replyToId, type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(card)] });
    } catch {
      // The card may be too old to edit: the new question still follows.
    }
  }

  /**
   * Product keys and links never go into a conversation others read: there they are replaced,
   * and the replies that held them go to the user one-to-one where the channel allows it;
   * otherwise the user is told where to get them.
   */
  private async keepSecrets(context: TurnContext, shared: boolean, replies: Reply[], locale: Locale): Promise<Reply[]> {
    if (!shared || !replies.some(hasSecret)) return replies;
    const activity = context.activity;
    const personal = [
      this.text({ key: 'security.secret.intro' }, locale),
      ...this.render(replies.filter(hasSecret), locale, supportsCards(activity.channelId), textFlavour(activity.channelId), false),
    ];
    const sent = (await this.options.privately?.(context, personal)) ?? false;
    return [...replies.map((r) => hideSecrets(r, { key: 'security.secret.hidden' })), { kind: 'say', msg: { key: sent ? 'security.secret.sent' : 'security.secret.where' } }];
  }

  private render(replies: Reply[], locale: Locale, cards: boolean, flavour: Flavour, interactive = true): Partial<Activity>[] {
    return replies
      .map((r): Partial<Activity> | undefined => {
        if (r.kind === 'say') {
          const text = replyText(r, locale, flavour);
          return text ? { type: ActivityTypes.Message, text, textFormat: 'markdown', locale } : undefined;
        }
        const text = promptText(r.prompt, locale, flavour);
        if (!cards) return { type: ActivityTypes.Message, text, textFormat: 'markdown', locale };
        const card = { ...promptCard(r.prompt, locale, { interactive }), fallbackText: text };
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
