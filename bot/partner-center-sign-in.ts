import { type Activity, type Attachment, CardFactory, type TurnContext } from 'botbuilder';
import type { UserTokenClient } from 'botframework-connector';

/**
 * Signing in to Partner Center through the Bot Framework token service. The token is asked for on
 * every call (the token service keeps and refreshes it): it is never stored or logged here.
 */

/** The user token client CloudAdapter puts in the turn state (absent without an app id). */
export function userTokenClient(context: TurnContext): UserTokenClient | undefined {
  const adapter = context.adapter as unknown as { UserTokenClientKey?: symbol };
  return adapter.UserTokenClientKey ? context.turnState.get<UserTokenClient>(adapter.UserTokenClientKey) : undefined;
}

const who = (context: TurnContext) => ({ userId: context.activity.from?.id ?? '', channelId: context.activity.channelId });

/** The signed-in user's Partner Center token, or undefined when the user has to sign in. */
export async function partnerCenterToken(context: TurnContext, connectionName: string, magicCode = ''): Promise<string | undefined> {
  const client = userTokenClient(context);
  if (!client) return undefined;
  const { userId, channelId } = who(context);
  const response = await client.getUserToken(userId, connectionName, channelId, magicCode);
  return response?.token || undefined;
}

/**
 * A token of the same signed-in user for another API of Microsoft's (the Partner API's price sheets):
 * the token service gets it with the connection's refresh token, without a second sign-in.
 */
export async function otherApiToken(context: TurnContext, connectionName: string, resource: string): Promise<string | undefined> {
  const client = userTokenClient(context);
  if (!client) return undefined;
  const { userId, channelId } = who(context);
  try {
    const tokens = await client.getAadTokens(userId, connectionName, [resource], channelId);
    return tokens?.[resource]?.token || undefined;
  } catch {
    return undefined;
  }
}

/** The sign-in card: an OAuth card with the token service's link (and Teams single sign-on when offered). */
export async function signInCard(
  context: TurnContext,
  connectionName: string,
  words: { title: string; text: string },
): Promise<Attachment> {
  const client = userTokenClient(context);
  if (!client) throw new Error('no user token client: Partner Center sign-in needs MicrosoftAppId');
  const resource = await client.getSignInResource(connectionName, context.activity as Activity, '');
  return CardFactory.oauthCard(
    connectionName,
    words.title,
    words.text,
    resource.signInLink,
    resource.tokenExchangeResource,
    resource.tokenPostResource,
  );
}

export async function signOut(context: TurnContext, connectionName: string): Promise<void> {
  const client = userTokenClient(context);
  if (!client) return;
  const { userId, channelId } = who(context);
  await client.signOutUser(userId, connectionName, channelId);
}

export type SignInCompletion = { kind: 'signed-in' } | { kind: 'failed'; status: number } | { kind: 'not-sign-in' };

/**
 * The activities that finish a sign-in: `signin/verifyState` (the magic code of the sign-in page),
 * `signin/tokenExchange` (Teams single sign-on) and the `tokens/response` event. After one of
 * them the bot carries on with the step the procedure was on.
 */
export async function completeSignIn(context: TurnContext, connectionName: string): Promise<SignInCompletion> {
  const a = context.activity;
  const client = userTokenClient(context);
  if (!client) return { kind: 'not-sign-in' };
  const { userId, channelId } = who(context);
  if (a.type === 'invoke' && a.name === 'signin/verifyState') {
    const state = (a.value as { state?: unknown } | undefined)?.state;
    const token = typeof state === 'string' ? await partnerCenterToken(context, connectionName, state) : undefined;
    return token ? { kind: 'signed-in' } : { kind: 'failed', status: 404 };
  }
  if (a.type === 'invoke' && a.name === 'signin/tokenExchange') {
    const value = a.value as { id?: string; connectionName?: string; token?: string } | undefined;
    if (!value?.token || (value.connectionName && value.connectionName !== connectionName)) return { kind: 'failed', status: 412 };
    const exchanged = await client.exchangeToken(userId, connectionName, channelId, { token: value.token });
    // 412 asks Teams to show the sign-in card instead (consent still needed).
    return exchanged?.token ? { kind: 'signed-in' } : { kind: 'failed', status: 412 };
  }
  if (a.type === 'event' && a.name === 'tokens/response') return { kind: 'signed-in' };
  return { kind: 'not-sign-in' };
}

/** "sign out", in the four languages. */
export const isSignOut = (text: string | undefined): boolean =>
  /^\s*(sign ?out|log ?out|se déconnecter|déconnexion|logga ut|afmelden|uitloggen)\s*[.!]?\s*$/i.test(text ?? '');
