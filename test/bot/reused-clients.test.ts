import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { ClaimsIdentity } from 'botframework-connector';
import { reuseClients } from '../../bot/reused-clients';

const activity = (extra: Partial<Activity> = {}) =>
  ({ type: 'message', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:9', conversation: { id: 'c' }, ...extra }) as Activity;

describe('authentication per request', () => {
  it('without an app id: the anonymous identity is worked out once, whatever the header', async () => {
    const auth = new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '' });
    const calls = jest.spyOn(auth, 'authenticateRequest');
    const reused = reuseClients(auth);
    const first = await reused.authenticateRequest(activity(), '');
    const second = await reused.authenticateRequest(activity({ channelId: 'slack' }), 'Bearer anything');
    expect(second).toBe(first);
    expect(first.claimsIdentity.claims).toEqual([]);
    expect(calls).toHaveBeenCalledTimes(1);
    // The Emulator's skill calls have an identity of their own.
    const skill = await reused.authenticateRequest(activity({ recipient: { id: 'b', name: 'b', role: 'skill' } }), '');
    expect(skill.claimsIdentity.claims.length).toBeGreaterThan(0);
    expect(calls).toHaveBeenCalledTimes(2);
  });

  it('with an app id: every request is authenticated, a refusal is never kept and an identity never reused', async () => {
    const real = new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret' });
    await expect(reuseClients(real).authenticateRequest(activity(), '')).rejects.toThrow(/Unauthorized/);
    // What a valid token gives (an identity with its claims), and a refusal for no token.
    const auth = new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret' });
    let n = 0;
    const calls = jest.spyOn(auth, 'authenticateRequest').mockImplementation(async (_activity, header) => {
      if (!header) throw new Error('Unauthorized Access');
      return { claimsIdentity: new ClaimsIdentity([{ type: 'aud', value: `app-${++n}` }], true), audience: '' };
    });
    const reused = reuseClients(auth);
    await expect(reused.authenticateRequest(activity(), '')).rejects.toThrow(/Unauthorized/);
    const a = await reused.authenticateRequest(activity(), 'Bearer one');
    const b = await reused.authenticateRequest(activity(), 'Bearer two');
    await expect(reused.authenticateRequest(activity(), '')).rejects.toThrow(/Unauthorized/);
    expect([a.claimsIdentity.claims[0].value, b.claimsIdentity.claims[0].value]).toEqual(['app-1', 'app-2']);
    expect(calls).toHaveBeenCalledTimes(4);
  });
});
