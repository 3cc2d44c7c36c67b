import { createServer, type Server } from 'node:http';
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { TestAssistant } from '../support/client';
import { parseSettings } from '../../bot/settings';

const APP_ID = '11111111-2222-4333-8444-555555555555';
const ISSUER = 'https://api.botframework.test';
const KID = 'local-test-key';

/** A local OpenID metadata + JWKS endpoint, like the Bot Framework's, with our own key. */
function startOpenId(publicKey: KeyObject): Promise<{ server: Server; url: string }> {
  const jwk = {
    ...(publicKey.export({ format: 'jwk' }) as Record<string, string>),
    kid: KID,
    use: 'sig',
    alg: 'RS256',
    endorsements: ['emulator', 'msteams', 'webchat', 'directline'],
  };
  const server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/openid')
      res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    else if (req.url === '/keys') res.end(JSON.stringify({ keys: [jwk] }));
    else res.writeHead(404).end();
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/openid` })),
  );
}

function sign(privateKey: KeyObject, claims: Record<string, unknown>): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = `${b64({ alg: 'RS256', typ: 'JWT', kid: KID })}.${b64(claims)}`;
  return `${head}.${createSign('RSA-SHA256').update(head).sign(privateKey).toString('base64url')}`;
}

describe('Bot Framework authentication with an app id', () => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let openid: { server: Server; url: string };
  let bot: TestAssistant;
  const serviceUrl = 'http://127.0.0.1:9';
  const activity = {
    type: 'message',
    id: 'a1',
    channelId: 'msteams',
    serviceUrl,
    deliveryMode: 'expectReplies',
    from: { id: 'ada' },
    recipient: { id: 'bot' },
    conversation: { id: 'auth-1' },
    text: 'help',
  };

  beforeAll(async () => {
    openid = await startOpenId(publicKey);
    bot = await new TestAssistant({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'not-used-for-incoming-validation',
      ToBotFromChannelOpenIdMetadataUrl: openid.url,
      ToBotFromChannelTokenIssuer: ISSUER,
    }).start();
  });
  afterAll(async () => {
    await bot.stop();
    openid.server.close();
  });

  const post = (headers: Record<string, string>) =>
    fetch(`${bot.app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(activity),
    });
  const now = () => Math.floor(Date.now() / 1000);

  it('refuses a request without a token', async () => {
    expect((await post({})).status).toBe(401);
  });

  it('refuses a token signed by another key, or for another bot', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const claims = { iss: ISSUER, aud: APP_ID, serviceurl: serviceUrl, iat: now(), nbf: now() - 10, exp: now() + 600 };
    expect((await post({ authorization: `Bearer ${sign(other, claims)}` })).status).toBe(401);
    expect((await post({ authorization: `Bearer ${sign(privateKey, { ...claims, aud: 'someone-else' })}` })).status).toBe(401);
    expect(
      (await post({ authorization: `Bearer ${sign(privateKey, { ...claims, exp: now() - 3600, iat: now() - 7200, nbf: now() - 7200 })}` }))
        .status,
    ).toBe(401);
  });

  it('lets a validly signed request reach the bot', async () => {
    const token = sign(privateKey, { iss: ISSUER, aud: APP_ID, serviceurl: serviceUrl, iat: now(), nbf: now() - 10, exp: now() + 600 });
    const res = await post({ authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: { text?: string }[] };
    expect(body.activities.map((a) => a.text ?? '').join('\n')).toMatch(/Partner Center procedures/);
  });

  it('has no local Web Chat page or Direct Line endpoint', async () => {
    expect((await fetch(`${bot.app.url}/`)).status).toBe(404);
    expect((await fetch(`${bot.app.url}/v3/directline/tokens/generate`, { method: 'POST' })).status).toBe(404);
  });

  it('cannot be configured with an app id and no password', () => {
    expect(() => parseSettings({ MicrosoftAppId: APP_ID })).toThrow(/MicrosoftAppPassword: is required when MicrosoftAppId is set/);
  });
});
