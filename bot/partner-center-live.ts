import { type Activity, ActivityTypes, TurnContext } from 'botbuilder';
import { t, toLocale } from '../cards/i18n';
import { partnerCenterRefusalMessages } from '../cards/partner-center-refusal';
import { LOCALES, type Locale } from '../cards/strings';
import type { Msg } from '../cards/view';
import { livePartnerCenter } from '../domain/live/live-partner-center';
import type { ActivityApi, PartnerCenter } from '../domain/partner-center';
import type { Logger } from './log';
import { completeSignIn, isSignOut, partnerCenterToken, signInCard, signOut } from './partner-center-sign-in';
import { type LiveTurn, noteRefusal, tokenOf, turnOtherToken, turnToken, turnUserId, withTurn } from './partner-center-turn';
import type { Settings } from './settings';
import type { Store } from './storage/store';

type Handler = (context: TurnContext) => Promise<void>;

/** What a procedure says when a call to Partner Center failed, in every language. */
const plain = (text: string) => text.replace(/[\\*_]/g, '').trim();
const GENERIC_FAILURE = new Set(LOCALES.map((l) => plain(t({ key: 'common.partnerCenterError' }, l))));

/** The sign-in page's magic code: six digits, typed where the channel cannot finish the sign-in itself. */
const MAGIC_CODE = /^\s*(\d{6})\s*$/;
/** An answer given before signing in waits this long for the sign-in. */
const PENDING_TTL_MS = 15 * 60_000;

/** The activity that waits for the sign-in: what the user said or clicked, nothing of the channel's secrets. */
type Pending = Pick<Activity, 'type' | 'id' | 'text' | 'value' | 'locale' | 'localTimezone' | 'replyToId' | 'name'>;

const pendingKey = (a: Activity) => `pc-sign-in/${a.channelId}/${a.conversation?.id}/${a.from?.id}`;

/** A message, a card submit or Teams' Action.Execute: what may need Partner Center. */
const asksSomething = (a: Activity) =>
  a.type === ActivityTypes.Message || (a.type === ActivityTypes.Invoke && a.name === 'adaptiveCard/action');

export interface LiveBot {
  pc: PartnerCenter;
  /** Runs `next` as the signed-in user, asking for the sign-in first (and carrying on after it). */
  handler(next: Handler): Handler;
}

/**
 * PARTNER_CENTER=live: the port calls the Partner Center REST API as the user of the turn. A user
 * without a token gets the sign-in card; what they said or clicked is kept and applied once they
 * are signed in, so the procedure carries on at the step it was on.
 */
export function liveBot(settings: Settings, deps: { store: Store; ownActivity: Pick<ActivityApi, 'record'>; log: Logger }): LiveBot {
  const connection = settings.OAUTH_CONNECTION_NAME ?? '';
  const { store, log } = deps;
  const pc = livePartnerCenter({
    baseUrl: settings.PARTNER_CENTER_URL,
    timeoutMs: settings.PARTNER_CENTER_TIMEOUT_MS,
    token: turnToken(connection),
    channelUser: turnUserId,
    market: settings.PARTNER_CENTER_MARKET,
    prices: { baseUrl: settings.PARTNER_API_URL, token: turnOtherToken(connection, settings.PARTNER_API_URL) },
    ownActivity: deps.ownActivity,
    onRefusal: noteRefusal,
    // Ids and statuses only: never the token nor a body.
    onAttempt: (a) => log.debug('partner center call', { ...a, status: String(a.status) }),
  });
  const localeOf = (a: Activity): Locale => toLocale(a.locale ?? settings.DEFAULT_LOCALE);
  const say = (context: TurnContext, m: Msg) =>
    context.sendActivity({ type: ActivityTypes.Message, text: t(m, localeOf(context.activity)), textFormat: 'markdown' });

  async function askToSignIn(context: TurnContext): Promise<void> {
    const locale = localeOf(context.activity);
    const card = await signInCard(context, connection, {
      title: t({ key: 'pc.signIn.title' }, locale),
      text: t({ key: 'pc.signIn.text' }, locale),
    });
    await context.sendActivity({ type: ActivityTypes.Message, attachments: [card], locale });
  }

  /**
   * The turn as such; where a procedure says Partner Center failed, the reason Partner Center gave
   * (the latest refusal of the turn) is said instead, and a sign-in it needs is asked for.
   */
  async function run(turn: LiveTurn, next: Handler): Promise<void> {
    let signIn = false;
    turn.context.onSendActivities(async (_ctx, activities, send) => {
      const reason = turn.refusals.at(-1);
      if (!reason) return send();
      const out = activities.flatMap((a): Partial<Activity>[] => {
        if (a.type !== ActivityTypes.Message || !GENERIC_FAILURE.has(plain(a.text ?? ''))) return [a];
        const locale = toLocale(a.locale ?? turn.context.activity.locale ?? settings.DEFAULT_LOCALE);
        if (reason.code === 'sign-in-needed') signIn = true;
        const messages =
          reason.code === 'sign-in-needed' ? [{ key: 'pc.refusal.sign-in-needed' } as Msg] : partnerCenterRefusalMessages(reason);
        return messages.map((m) => ({ ...a, text: t(m, locale) }));
      });
      activities.splice(0, activities.length, ...out);
      return send();
    });
    await next(turn.context);
    if (signIn) await askToSignIn(turn.context);
  }

  /** Signed in: the kept activity is applied now, as if it had just arrived. */
  async function resume(context: TurnContext, next: Handler): Promise<void> {
    const a = context.activity;
    const row = (await store.get(pendingKey(a))) as { value: Pending } | undefined;
    await store.delete(pendingKey(a));
    if (!row) {
      await say(context, { key: 'pc.signedIn' });
      return;
    }
    const replay = new TurnContext(context.adapter, {
      ...row.value,
      channelId: a.channelId,
      serviceUrl: a.serviceUrl,
      conversation: a.conversation,
      from: a.from,
      recipient: a.recipient,
      deliveryMode: a.deliveryMode,
    } as Activity);
    // The connector and token clients of this request answer the replayed activity too.
    for (const [key, value] of context.turnState) replay.turnState.set(key, value);
    await withTurn(replay, (turn) => run(turn, next));
    context.bufferedReplyActivities.push(...replay.bufferedReplyActivities);
  }

  const handler =
    (next: Handler): Handler =>
    (context) =>
      withTurn(context, async (turn) => {
        const a = context.activity;
        const completion = await completeSignIn(context, connection);
        if (completion.kind !== 'not-sign-in') {
          if (a.type === ActivityTypes.Invoke)
            await context.sendActivity({
              type: ActivityTypes.InvokeResponse,
              value: { status: completion.kind === 'signed-in' ? 200 : completion.status },
            });
          if (completion.kind === 'signed-in') await resume(context, next);
          return;
        }
        if (a.type === ActivityTypes.Message && isSignOut(a.text)) {
          await signOut(context, connection);
          await store.delete(pendingKey(a));
          await say(context, { key: 'pc.signedOut' });
          return;
        }
        if (!asksSomething(a)) {
          await run(turn, next);
          return;
        }
        if (await tokenOf(turn, connection)) {
          await run(turn, next);
          return;
        }
        const code = a.type === ActivityTypes.Message ? MAGIC_CODE.exec(a.text ?? '')?.[1] : undefined;
        if (code) {
          if (await partnerCenterToken(context, connection, code)) await resume(context, next);
          else await say(context, { key: 'pc.signIn.badCode' });
          return;
        }
        const pending: Pending = {
          type: a.type,
          id: a.id,
          text: a.text,
          value: a.value,
          locale: a.locale,
          localTimezone: a.localTimezone,
          replyToId: a.replyToId,
          name: a.name,
        };
        await store.set(pendingKey(a), { value: pending }, PENDING_TTL_MS);
        if (a.type === ActivityTypes.Invoke)
          await context.sendActivity({
            type: ActivityTypes.InvokeResponse,
            value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: '' } },
          });
        await askToSignIn(context);
      });

  return { pc, handler };
}
