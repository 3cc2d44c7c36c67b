import { type Activity, TurnContext } from 'botbuilder';
import type { UserTokenClient } from 'botframework-connector';
import { completeSignIn, isSignOut, partnerCenterToken, signInCard, signOut } from '../../bot/partner-center-sign-in';

const KEY = Symbol('UserTokenClient');
const CONNECTION = 'PartnerCenter';

/** The token service, faked at the user token client: one user, one connection. */
class FakeTokens {
  token?: string;
  calls: string[] = [];
  client = {
    getUserToken: async (userId: string, connection: string, channelId: string, code: string) => {
      this.calls.push(`get ${userId} ${connection} ${channelId} ${code}`);
      if (code === '123456') this.token = 'pc-token';
      return this.token ? { token: this.token, connectionName: connection, expiration: '' } : (undefined as never);
    },
    getSignInResource: async () => ({
      signInLink: 'https://token.botframework.com/api/oauth/signin?signin=abc',
      tokenExchangeResource: { id: 'x', uri: 'api://bot/access_as_user', providerId: 'p' },
    }),
    signOutUser: async (userId: string, connection: string) => {
      this.calls.push(`signout ${userId} ${connection}`);
      this.token = undefined;
    },
    exchangeToken: async (_u: string, _c: string, _ch: string, req: { token?: string }) => {
      if (req.token === 'teams-sso') this.token = 'pc-token';
      return this.token ? { token: this.token } : (undefined as never);
    },
  };
}

function turn(tokens: FakeTokens, activity: Partial<Activity>): TurnContext {
  const adapter = { UserTokenClientKey: KEY } as never;
  const context = new TurnContext(adapter, {
    type: 'message',
    channelId: 'msteams',
    from: { id: 'u1', name: 'Ada' },
    conversation: { id: 'c1' } as never,
    ...activity,
  } as Activity);
  context.turnState.set(KEY, tokens.client as unknown as UserTokenClient);
  return context;
}

describe('Partner Center sign-in through the token service', () => {
  it('has no token before sign-in, and an OAuth card with the sign-in link', async () => {
    const tokens = new FakeTokens();
    const context = turn(tokens, { text: 'cancel an order' });
    expect(await partnerCenterToken(context, CONNECTION)).toBeUndefined();
    const card = await signInCard(context, CONNECTION, { title: 'Sign in', text: 'Sign in to Partner Center to go on.' });
    expect(card.contentType).toBe('application/vnd.microsoft.card.oauth');
    expect(card.content).toMatchObject({
      connectionName: CONNECTION,
      text: 'Sign in to Partner Center to go on.',
      buttons: [expect.objectContaining({ type: 'signin', value: 'https://token.botframework.com/api/oauth/signin?signin=abc' })],
      tokenExchangeResource: { uri: 'api://bot/access_as_user' },
    });
  });

  it('completes with the magic code of signin/verifyState, then the token is there', async () => {
    const tokens = new FakeTokens();
    expect(
      await completeSignIn(turn(tokens, { type: 'invoke', name: 'signin/verifyState', value: { state: '000000' } }), CONNECTION),
    ).toEqual({ kind: 'failed', status: 404 });
    expect(
      await completeSignIn(turn(tokens, { type: 'invoke', name: 'signin/verifyState', value: { state: '123456' } }), CONNECTION),
    ).toEqual({ kind: 'signed-in' });
    expect(await partnerCenterToken(turn(tokens, { text: 'yes' }), CONNECTION)).toBe('pc-token');
    expect(tokens.calls).toContain('get u1 PartnerCenter msteams 123456');
  });

  it('completes Teams single sign-on with signin/tokenExchange, or asks for the card (412)', async () => {
    const tokens = new FakeTokens();
    const exchange = (token: string) =>
      turn(tokens, { type: 'invoke', name: 'signin/tokenExchange', value: { id: 'x', connectionName: CONNECTION, token } });
    expect(await completeSignIn(exchange('no-consent'), CONNECTION)).toEqual({ kind: 'failed', status: 412 });
    expect(await completeSignIn(exchange('teams-sso'), CONNECTION)).toEqual({ kind: 'signed-in' });
  });

  it('signs out: the next call has no token', async () => {
    const tokens = new FakeTokens();
    tokens.token = 'pc-token';
    expect(isSignOut('Sign out')).toBe(true);
    expect(isSignOut('se déconnecter')).toBe(true);
    expect(isSignOut('logga ut')).toBe(true);
    expect(isSignOut('afmelden')).toBe(true);
    expect(isSignOut('sign out of the subscription Contoso')).toBe(false);
    await signOut(turn(tokens, { text: 'sign out' }), CONNECTION);
    expect(await partnerCenterToken(turn(tokens, { text: 'hi' }), CONNECTION)).toBeUndefined();
    expect(tokens.calls).toContain('signout u1 PartnerCenter');
  });

  it('is no sign-in activity for an ordinary message, and has no token without the token service', async () => {
    expect(await completeSignIn(turn(new FakeTokens(), { text: 'hello' }), CONNECTION)).toEqual({ kind: 'not-sign-in' });
    const bare = new TurnContext(
      {} as never,
      { type: 'message', channelId: 'emulator', from: { id: 'u' }, conversation: { id: 'c' } } as Activity,
    );
    expect(await partnerCenterToken(bare, CONNECTION)).toBeUndefined();
  });
});

describe('the token of the user whose turn is running', () => {
  it('is asked for within the turn only, for that user', async () => {
    const { withTurn, turnToken } = await import('../../bot/partner-center-turn');
    const ada = new FakeTokens();
    ada.token = 'ada-token';
    const bob = new FakeTokens();
    const token = turnToken(CONNECTION);
    expect(await token()).toBeUndefined();
    const [a, b] = await Promise.all([
      withTurn(turn(ada, { text: 'hi' }), async () => token()),
      withTurn(turn(bob, { text: 'hi' }), async () => token()),
    ]);
    expect(a).toBe('ada-token');
    expect(b).toBeUndefined();
  });
});
