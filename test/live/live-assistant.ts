import { createSign, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, startApp } from '../../bot/app';
import { parseSettings } from '../../bot/settings';
import { type BotReply, Conversation } from '../support/client';

export const APP_ID = '6a1f0c2e-3b4d-4e5f-8a9b-1c2d3e4f5a6b';
const ISSUER = 'https://api.botframework.test';
const KID = 'live-test-key';
export const CONNECTION = 'PartnerCenter';
/** The bot's own token for the token service (Microsoft Entra ID is not called in tests). */
const BOT_TOKEN = 'bot-app-token';
export const MAGIC_CODE = '482913';

function answer(res: ServerResponse, status: number, body: string): void {
  res.statusCode = status;
  res.end(body);
}

const listen = (server: Server) =>
  new Promise<string>((ok) => server.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

/** A Partner Center access token as Microsoft Entra ID issues it: only its claims matter here. */
export function userToken(claims: { oid: string; name: string; upn: string }): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ aud: 'https://api.partnercenter.microsoft.com', ...claims })}.signature`;
}

/**
 * The Bot Framework token service, faked at its HTTP API (api/usertoken/*, api/botsignin/*): it
 * holds the users' tokens and gives them to a bot that presents its own token.
 */
export class FakeTokenService {
  /** channel user id -> the Partner Center token the user signed in with. */
  readonly signedIn = new Map<string, string>();
  /** Signed in on the sign-in page, waiting for the magic code (or the verifyState) to be handed over. */
  readonly awaitingCode = new Map<string, string>();
  /** Teams single sign-on: the token Teams holds for the bot -> the Partner Center token it is exchanged for. */
  readonly exchangeable = new Map<string, string>();
  readonly calls: string[] = [];
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '', 'http://x');
      const q = (k: string) => url.searchParams.get(k) ?? '';
      this.calls.push(`${req.method} ${url.pathname}`);
      res.setHeader('content-type', 'application/json');
      if (req.headers.authorization !== `Bearer ${BOT_TOKEN}`) return void answer(res, 401, '{}');
      if (url.pathname === '/api/usertoken/GetToken') {
        const user = q('userId');
        const waiting = this.awaitingCode.get(user);
        if (waiting && q('code') === MAGIC_CODE) {
          this.signedIn.set(user, waiting);
          this.awaitingCode.delete(user);
        }
        const token = this.signedIn.get(user);
        if (!token || q('connectionName') !== CONNECTION) return void answer(res, 404, '{}');
        return void res.end(JSON.stringify({ channelId: q('channelId'), connectionName: CONNECTION, token, expiration: '' }));
      }
      if (url.pathname === '/api/usertoken/GetAadTokens') {
        // Tokens for other resources of a signed-in user (the Partner API's price sheets).
        const token = this.signedIn.get(q('userId'));
        let body = '';
        req.on('data', (c: Buffer) => {
          body += c.toString('utf8');
        });
        req.on('end', () => {
          const { resourceUrls = [] } = JSON.parse(body || '{}') as { resourceUrls?: string[] };
          if (!token) return answer(res, 404, '{}');
          const tokens = Object.fromEntries(
            resourceUrls.map((r) => [r, { connectionName: CONNECTION, token: `${token}.for-${r}`, expiration: '' }]),
          );
          answer(res, 200, JSON.stringify(tokens));
        });
        return;
      }
      if (url.pathname === '/api/usertoken/exchange') {
        let body = '';
        req.on('data', (c: Buffer) => {
          body += c.toString('utf8');
        });
        req.on('end', () => {
          const { token: sso = '' } = JSON.parse(body || '{}') as { token?: string };
          const token = this.exchangeable.get(sso);
          if (!token) return answer(res, 404, '{}');
          this.signedIn.set(q('userId'), token);
          answer(res, 200, JSON.stringify({ channelId: q('channelId'), connectionName: CONNECTION, token, expiration: '' }));
        });
        return;
      }
      if (url.pathname === '/api/botsignin/GetSignInResource')
        return void res.end(
          JSON.stringify({ signInLink: `https://token.botframework.test/api/oauth/signin?signin=${encodeURIComponent(q('state'))}` }),
        );
      if (url.pathname === '/api/usertoken/SignOut') {
        this.signedIn.delete(q('userId'));
        return void res.end('{}');
      }
      answer(res, 404, '{}');
    });
    this.url = await listen(this.server);
    return this;
  }

  /** The user completes the sign-in page: the token is given once the code comes back. */
  completeSignInPage(user: string, token: string): void {
    this.awaitingCode.set(user, token);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((ok) => this.server?.close(() => ok()));
  }
}

/** The Bot Framework's OpenID metadata and keys: the channel's requests are signed with our key. */
class FakeChannelAuth {
  private readonly keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    const jwk = {
      ...(this.keys.publicKey.export({ format: 'jwk' }) as object),
      kid: KID,
      use: 'sig',
      alg: 'RS256',
      endorsements: ['webchat'],
    };
    this.server = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/openid') res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `${this.url.replace(/\/openid$/, '')}/keys` }));
      else if (req.url === '/keys') res.end(JSON.stringify({ keys: [jwk] }));
      else answer(res, 404, '');
    });
    this.url = `${await listen(this.server)}/openid`;
    return this;
  }

  header(serviceUrl: string): string {
    const now = Math.floor(Date.now() / 1000);
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const head = `${b64({ alg: 'RS256', typ: 'JWT', kid: KID })}.${b64({ iss: ISSUER, aud: APP_ID, serviceurl: serviceUrl, iat: now, nbf: now - 10, exp: now + 600 })}`;
    return `Bearer ${head}.${createSign('RSA-SHA256').update(head).sign(this.keys.privateKey).toString('base64url')}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((ok) => this.server?.close(() => ok()));
  }
}

function toReply(a: Record<string, unknown>): BotReply {
  const attachment = (a.attachments as { content: Record<string, unknown> }[] | undefined)?.[0];
  const card = attachment?.content as (BotReply['card'] & { fallbackText?: string; text?: string }) | undefined;
  return {
    type: String(a.type),
    text: a.text as string | undefined,
    plain: String(a.text ?? card?.fallbackText ?? card?.text ?? ''),
    card,
  };
}

/**
 * The assistant with PARTNER_CENTER=live, spoken to as a channel would (signed requests,
 * expectReplies), against `partnerCenterUrl` and a fake token service.
 */
export class LiveAssistant {
  app!: App;
  readonly tokens = new FakeTokenService();
  private readonly channel = new FakeChannelAuth();
  private readonly dir = mkdtempSync(join(tmpdir(), 'pca-live-'));
  private counter = 0;
  /** Every activity of the last request, whatever its type (sign-in cards included). */
  raw: Record<string, unknown>[] = [];

  constructor(
    private readonly partnerCenterUrl: string,
    private readonly port = '0',
  ) {}

  async start(): Promise<this> {
    await Promise.all([this.tokens.start(), this.channel.start()]);
    const settings = parseSettings({
      PORT: this.port,
      LOG_LEVEL: process.env.LIVE_LOG ?? 'silent',
      STORAGE_URL: `sqlite://${join(this.dir, 'assistant.sqlite')}`,
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'not-used',
      ToBotFromChannelOpenIdMetadataUrl: this.channel.url,
      ToBotFromChannelTokenIssuer: ISSUER,
      PARTNER_CENTER: 'live',
      OAUTH_CONNECTION_NAME: CONNECTION,
      OAuthUrl: this.tokens.url,
      PARTNER_CENTER_URL: this.partnerCenterUrl,
      PARTNER_API_URL: this.partnerCenterUrl,
      PARTNER_CENTER_MARKET: 'FR',
      PARTNER_CENTER_TIMEOUT_MS: '2000',
    });
    this.app = await startApp(settings, {
      credentials: {
        isValidAppId: async (id: string) => id === APP_ID,
        isAuthenticationDisabled: async () => false,
        createCredentials: async () => ({
          signRequest: async (request: { headers: { set(k: string, v: string): void } }) => {
            request.headers.set('authorization', `Bearer ${BOT_TOKEN}`);
            return request;
          },
        }),
      } as never,
    });
    return this;
  }

  async stop(): Promise<void> {
    await this.app.close();
    await Promise.all([this.tokens.stop(), this.channel.stop()]);
    rmSync(this.dir, { recursive: true, force: true });
  }

  conversation(user: string, options: { locale?: string } = {}): Conversation {
    return new Conversation(this as never, user, `live-${++this.counter}`, 'webchat', options.locale, 'http://127.0.0.1:9');
  }

  async post(activity: Record<string, unknown>): Promise<{ status: number; replies: BotReply[] }> {
    const res = await fetch(`${this.app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: this.channel.header(String(activity.serviceUrl)) },
      body: JSON.stringify(activity),
    });
    const body = res.status === 200 ? ((await res.json()) as { activities?: Record<string, unknown>[] }) : {};
    this.raw = body.activities ?? [];
    return { status: res.status, replies: this.raw.filter((a) => a.type === 'message').map(toReply) };
  }
}
