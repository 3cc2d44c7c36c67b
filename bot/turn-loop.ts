import { ActivityTypes, CardFactory, DeliveryModes, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
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
import { TurnPacer } from './turn-pacer';
import { RateLimiter, rateKeys } from './rate-limit';
import { claimRuns, foreignOwner, isShared, withMember } from './run-owner';
import type { PrivateSender } from './private-delivery';
import { hidePromptSecrets, hideSecrets, hasSecret } from '../cards/secrets';
import type { DirectoryApi } from '../domain/partner-center';
import { LOCK_BUSY, withLock, type HeldLock } from './storage/lock';
import { StoreUnavailableError, type Store, type Write } from './storage/store';

/** Replies of a handled activity, kept so that a redelivery gets the same answer. */
const KEPT_DELIVERIES = 3;

interface Delivery {
  id: string;
  /** What was said, rendered again for a redelivery: a card's view is a fraction of the card. */
  said?: Said;
  /** The activities themselves, as rows written before `said` have them. */
  replies?: Partial<Activity>[];
}
/** A turn's replies before rendering, with what their rendering depends on besides the channel. */
interface Said {
  replies: Reply[];
  locale: Locale;
}
/** Which activities were answered, and in which of the kept slots their replies are. */
interface Delivered {
  id: string;
  slot: number;
}

/** A conversation's row: its record, which activities were answered, who wrote in it. */
interface ConversationRow {
  record: ConversationRecord;
  delivered?: Delivered[];
  /** The sender ids seen in this conversation: more than one makes it a shared conversation. */
  members?: string[];
}

/**
 * The answers to the conversation's last few activities: one row per slot, the slots' ids in
 * the conversation's row, so that a turn reads and writes no answers but its own.
 */
function deliveryKey(activity: Activity, slot: number): string {
  return `delivery/${activity.channelId}/${activity.conversation?.id}/${slot}`;
}
const LOCK_TTL_MS = 30_000;
const LOCK_WAIT_MS = 15_000;

/** What is remembered per user: a language chosen explicitly. */
interface UserPrefs {
  locale?: string;
  chosen?: boolean;
}

/** Stored rows keep the shape they had under botbuilder's Storage (`{ value: ... }`). */
interface Stored<T> {
  value: T;
}

export interface TurnLoopOptions {
  /** Names the owner of a run in the message to another member. */
  directory?: DirectoryApi;
  /** Sends secrets asked for in a shared conversation to the user alone. */
  privately?: PrivateSender;
  /**
   * Records the engine's read session starts by reading, when they are in this loop's store: read
   * with the conversation's row, as its lock is taken, and handed to the session (one trip less).
   */
  sessionKeys?: readonly string[];
}

/**
 * The one place where activities meet machines: per conversation, one turn at a time (in
 * this process and, through the store's lock, across processes): load the record, turn the
 * activity into an input, run the engine, save, send the replies.
 */
export class TurnLoop {
  private readonly queue = new KeyedQueue();
  private readonly limiter = new RateLimiter();
  private readonly pacer = new TurnPacer();
  private inFlight = 0;
  private drained?: () => void;

  constructor(
    private readonly engine: ConversationEngine,
    private readonly store: Store,
    private readonly defaultLocale: Locale,
    private readonly followUps?: FollowUps,
    /** Idle conversations (and their kept replies) are removed after this long. */
    private readonly idleTtlMs?: number,
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
      await this.pacer.next();
      await this.queue.run(key, async () => {
        try {
          // The conversation's row, the user's and the session's opening, read as the lock is taken (one trip to the store).
          const read = this.reads(key, activity.from?.id ?? 'anonymous');
          const done = await withLock(this.store, key, { ttlMs: LOCK_TTL_MS, waitMs: LOCK_WAIT_MS, read }, (held) =>
            this.turn(context, key, held),
          );
          if (done === LOCK_BUSY)
            await context.sendActivity(this.text({ key: 'common.busy' }, toLocale(activity.locale ?? this.defaultLocale)));
        } catch (err) {
          // The store is down: nothing was saved, so nothing changed; the user hears it at once.
          if (!(err instanceof StoreUnavailableError)) throw err;
          this.onStoreDown?.(err);
          await context.sendActivity(this.text({ key: 'common.storeDown' }, toLocale(activity.locale ?? this.defaultLocale)));
        }
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
  continueRun = async (
    reference: Partial<ConversationReference>,
    external: { run: string; name: string; locale?: string },
  ): Promise<Partial<Activity>[]> => {
    const key = `conversation/${reference.channelId}/${reference.conversation?.id}`;
    const userId = reference.user?.id ?? 'anonymous';
    this.inFlight++;
    try {
      return await this.queue.run(key, async () => {
        const read = this.reads(key, userId);
        const done = await withLock(this.store, key, { ttlMs: LOCK_TTL_MS, waitMs: LOCK_WAIT_MS, read }, async (held) => {
          const [storedRow, prefsRow] = held.read as [
            Stored<{ record: ConversationRecord; delivered?: Delivered[] }> | undefined,
            Stored<UserPrefs> | undefined,
          ];
          const stored = storedRow?.value;
          if (!stored?.record) return [];
          // The language the user chose, else the one the conversation had when the run asked to be woken.
          const chosen = prefsRow?.value.chosen ? prefsRow.value.locale : undefined;
          const locale = toLocale(chosen ?? external.locale ?? this.defaultLocale);
          const result = await this.engine.turn(
            stored.record,
            { kind: 'external', run: external.run, name: external.name },
            { channelUserId: userId, locale },
            this.opened(held),
          );
          if (!result.replies.length) return [];
          await this.store.commit(
            [{ key, value: { value: { record: result.record, delivered: stored.delivered ?? [] } }, ttlMs: this.idleTtlMs }],
            held,
          );
          return this.renderSaid({ replies: result.replies, locale }, reference.channelId);
        });
        if (done === LOCK_BUSY) throw new Error('the conversation is busy');
        return done;
      });
    } finally {
      if (--this.inFlight === 0) this.drained?.();
    }
  };

  /** What a turn reads as it takes the lock: the conversation's row, the user's, then the session's opening. */
  private reads(key: string, userId: string): string[] {
    return [key, `user/${userId}`, ...(this.options.sessionKeys ?? [])];
  }

  /** The session's opening records, as read with the lock (after the conversation's row and the user's). */
  private opened(held: HeldLock): ReadonlyMap<string, unknown> | undefined {
    const keys = this.options.sessionKeys;
    if (!keys?.length || !held.read) return undefined;
    return new Map(keys.map((k, i) => [k, held.read![i + 2]]));
  }

  /** Resolves once no turn is in flight (for a graceful stop). */
  drain(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((ok) => (this.drained = ok));
  }

  /** Told when a turn meets the store down (for the log). */
  onStoreDown?: (err: StoreUnavailableError) => void;

  private async turn(context: TurnContext, key: string, held: HeldLock): Promise<void> {
    const activity = context.activity;
    const userId = activity.from?.id ?? 'anonymous';
    // Both records, read as the lock was taken.
    const [storedRow, prefsRow] = held.read as [Stored<ConversationRow> | undefined, Stored<UserPrefs> | undefined];
    const delivered = storedRow?.value.delivered ?? [];
    const hit = activity.id ? delivered.find((d) => d.id === activity.id) : undefined;
    const previous = hit ? ((await this.store.get(deliveryKey(activity, hit.slot))) as Stored<Delivery> | undefined)?.value : undefined;
    if (previous && previous.id === activity.id) {
      // A redelivered activity: the same answer again, nothing done twice.
      if (activity.type === ActivityTypes.Invoke) await context.sendActivity(invokeAnswer(undefined));
      await context.sendActivities(previous.said ? this.renderSaid(previous.said, activity.channelId) : (previous.replies ?? []));
      return;
    }
    const stored = storedRow?.value;
    const userPrefs = prefsRow?.value;
    // The activity's locale picks each turn's language; only a language the user chose
    // ("speak French") is remembered, and then wins. Older records kept any first language
    // without `chosen`: those are ignored.
    const chosen = userPrefs?.chosen ? userPrefs.locale : undefined;
    const locale = toLocale(chosen ?? activity.locale ?? this.defaultLocale);

    const parsed = toTurnInput(activity);
    // Teams' Action.Execute is answered as a card submit (the invoke's answer comes with the
    // turn's result, below); other invokes are not ours.
    const invoke = activity.type === ActivityTypes.Invoke;
    if (invoke && !parsed.ok) {
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 400 } });
      return;
    }
    if (!parsed.ok) {
      if (parsed.reason === 'ignore') return;
      await context.sendActivity(this.text({ key: parsed.reason === 'too-long' ? 'common.tooLong' : 'common.badSubmit' }, locale));
      return;
    }
    const members = withMember(stored?.members, userId);
    const owner = foreignOwner(stored?.record, userId, parsed.input);
    if (owner !== undefined) {
      await this.refuseForeign(context, key, stored!, owner, userId, locale, held);
      return;
    }
    // "Typing…" while the turn runs; when the replies go back in the HTTP response
    // (expectReplies) it would only arrive with them, so it is not sent.
    if (parsed.input.kind !== 'joined' && activity.deliveryMode !== DeliveryModes.ExpectReplies)
      await context.sendActivity({ type: ActivityTypes.Typing });

    const result = await this.engine.turn(
      stored?.record,
      parsed.input,
      { channelUserId: userId, locale, timeZone: validTimeZone(activity.localTimezone) },
      this.opened(held),
    );
    claimRuns(result.record, userId);
    const replyLocale = toLocale(result.chosenLocale ?? locale);
    const teams = activity.channelId === 'msteams';
    const shared = isShared(activity.conversation, members);
    const said: Said = { replies: await this.keepSecrets(context, shared, result.replies, replyLocale), locale: replyLocale };
    // Rendered as a redelivery renders them again.
    const replies = this.renderSaid(said, activity.channelId);
    // The record, the kept replies, the user's language and the lock's release: one atomic
    // step; if the lock was lost meanwhile (it expired and another process took it), none of it.
    const writes = this.keptWrites(activity, key, { record: result.record, delivered, members }, said);
    if (result.chosenLocale)
      writes.push({ key: `user/${userId}`, value: { value: { locale: result.chosenLocale, chosen: true } satisfies UserPrefs } });
    await this.store.commit(writes, held);
    if (this.followUps && result.followUps?.length)
      await this.followUps.fromTurn(TurnContext.getConversationReference(activity), result.followUps, replyLocale);
    // Secrets shown in a shared conversation stay hidden in the answered copy too.
    const answered =
      teams && result.answered
        ? answeredCard(
            shared
              ? { ...result.answered, prompt: hidePromptSecrets(result.answered.prompt, { key: 'security.secret.hidden' }) }
              : result.answered,
            replyLocale,
          )
        : undefined;
    // The clicker's card is replaced by the invoke's answer (Universal Actions) at once.
    if (invoke) await context.sendActivity(invokeAnswer(answered));
    if (answered && activity.replyToId) this.updateAnsweredCard(context, activity.replyToId, answered);
    await context.sendActivities(replies);
  }

  /**
   * Teams: the answered card is replaced, for everyone in the chat or channel, by a read-only
   * copy showing the answer. Not awaited: the next question must not wait on Teams' connector
   * (an edit can take seconds, or fail for a card too old to edit).
   */
  private updateAnsweredCard(context: TurnContext, cardActivityId: string, card: Record<string, unknown>): void {
    context.updateActivity({ id: cardActivityId, type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(card)] }).catch(() => {
      // The new question has been sent anyway; the old card keeps its buttons, and a click on
      // it is answered as a card of a question already answered.
    });
  }

  /**
   * Input from someone other than the run's owner: nothing is applied, the actor is told whose
   * run it is and how to start their own, and the attempt is written to the activity log.
   */
  private async refuseForeign(
    context: TurnContext,
    key: string,
    row: ConversationRow,
    ownerId: string,
    actorId: string,
    locale: Locale,
    held: HeldLock,
  ): Promise<void> {
    const activity = context.activity;
    const record = row.record;
    const directory = this.options.directory;
    const [owner, actor] = await Promise.all([directory?.userByChannelId(ownerId), directory?.userByChannelId(actorId)]);
    const procedure = this.engine.procedure(record.run?.procedure ?? '')?.def.title ?? {
      key: 'common.raw',
      params: { text: record.run?.procedure ?? '' },
    };
    await this.engine.audit({
      userId: actor?.id ?? actorId,
      userName: actor?.name ?? activity.from?.name ?? actorId,
      action: 'foreign-run',
      subject: record.run?.procedure,
      outcome: 'refused',
      detail: `run of ${owner?.id ?? ownerId}`,
    });
    const said: Said = {
      replies: [{ kind: 'say', msg: { key: 'security.notYourRun', params: { owner: owner?.name ?? ownerId, procedure } } }],
      locale,
    };
    // Kept like any answer, so that a redelivery gets the same reply and no second log entry.
    await this.store.commit(this.keptWrites(activity, key, { ...row, delivered: row.delivered ?? [] }, said), held);
    // A click (Action.Execute) is answered too: the card stays as it was.
    if (activity.type === ActivityTypes.Invoke) await context.sendActivity(invokeAnswer(undefined));
    await context.sendActivities(this.renderSaid(said, activity.channelId));
  }

  /** Too many activities: a message gets told so, an invoke a 429, anything else is dropped. */
  private async refuseFlood(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (activity.type === ActivityTypes.Invoke) await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 429 } });
    if (activity.type === ActivityTypes.Message || activity.type === ActivityTypes.Invoke) {
      await context.sendActivity(this.text({ key: 'common.rateLimited' }, toLocale(activity.locale ?? this.defaultLocale)));
    }
  }

  /** The conversation's row with this activity's replies kept for a redelivery. */
  private keptWrites(activity: Activity, key: string, row: ConversationRow & { delivered: Delivered[] }, said: Said): Write[] {
    const ttlMs = this.idleTtlMs;
    const delivered = row.delivered;
    const slot = delivered.length ? (delivered[delivered.length - 1].slot + 1) % KEPT_DELIVERIES : 0;
    const kept = activity.id ? [...delivered.slice(-(KEPT_DELIVERIES - 1)), { id: activity.id, slot }] : delivered;
    const writes: Write[] = [{ key, value: { value: { ...row, delivered: kept } satisfies ConversationRow }, ttlMs }];
    if (activity.id)
      writes.push({ key: deliveryKey(activity, slot), value: { value: { id: activity.id, said } satisfies Delivery }, ttlMs });
    return writes;
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
      ...this.render(replies.filter(hasSecret), locale, supportsCards(activity.channelId), textFlavour(activity.channelId), {
        interactive: false,
      }),
    ];
    const sent = (await this.options.privately?.(context, personal)) ?? false;
    return [
      ...replies.map((r) => hideSecrets(r, { key: 'security.secret.hidden' })),
      { kind: 'say', msg: { key: sent ? 'security.secret.sent' : 'security.secret.where' } },
    ];
  }

  /** A turn's replies as the channel shows them (Teams' cards answer with Action.Execute). */
  private renderSaid(said: Said, channelId: string | undefined): Partial<Activity>[] {
    return this.render(said.replies, said.locale, supportsCards(channelId), textFlavour(channelId), {
      execute: channelId === 'msteams',
    });
  }

  private render(
    replies: Reply[],
    locale: Locale,
    cards: boolean,
    flavour: Flavour,
    options: { execute?: boolean; interactive?: boolean } = {},
  ): Partial<Activity>[] {
    return replies
      .map((r): Partial<Activity> | undefined => {
        if (r.kind === 'say') {
          const text = replyText(r, locale, flavour);
          return text ? { type: ActivityTypes.Message, text, textFormat: 'markdown', locale } : undefined;
        }
        const text = promptText(r.prompt, locale, flavour);
        if (!cards) return { type: ActivityTypes.Message, text, textFormat: 'markdown', locale };
        const card = { ...promptCard(r.prompt, locale, options), fallbackText: text };
        return { type: ActivityTypes.Message, locale, attachments: [CardFactory.adaptiveCard(card)] };
      })
      .filter((a): a is Partial<Activity> => !!a);
  }

  private text(m: Msg, locale: Locale): Partial<Activity> {
    return { type: ActivityTypes.Message, text: t(m, locale), textFormat: 'markdown', locale };
  }
}

/** A question's card once answered: read-only, with the answer under it. */
export function answeredCard(answered: NonNullable<TurnResult['answered']>, locale: Locale): Record<string, unknown> {
  const card = promptCard(answered.prompt, locale, { interactive: false });
  (card.body as unknown[]).push({
    type: 'TextBlock',
    text: t({ key: 'common.answered', params: { answer: answered.answer } }, locale),
    wrap: true,
    weight: 'Bolder',
    color: 'Good',
  });
  return card;
}

/** The answer to Teams' adaptiveCard/action invoke: the updated card, or "nothing to show". */
function invokeAnswer(card: Record<string, unknown> | undefined): Partial<Activity> {
  const body = card
    ? { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card }
    : { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: '' };
  return { type: ActivityTypes.InvokeResponse, value: { status: 200, body } };
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
