import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseSettings } from '../../bot/settings';
import { TestAssistant } from '../support/client';

const SECRET = 'dl-secret_0123456789abcdefghijklmnop';
const DEPLOYED = { MicrosoftAppId: '6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f', MicrosoftAppPassword: 'app-password' };

/** A stand-in for the Direct Line service's POST /tokens/generate, recording what it was asked. */
class FakeDirectLine {
  readonly asked: { authorization?: string; body: { user?: { id?: string } } }[] = [];
  status = 200;
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer(async (req: IncomingMessage, res) => {
      let raw = '';
      for await (const chunk of req) raw += chunk;
      if (req.method !== 'POST' || req.url !== '/v3/directline/tokens/generate') return void res.writeHead(404).end();
      this.asked.push({ authorization: req.headers.authorization, body: JSON.parse(raw || '{}') });
      if (req.headers.authorization !== `Bearer ${SECRET}`)
        return void res.writeHead(403, { 'content-type': 'application/json' }).end('{"error":{"code":"BadArgument"}}');
      res.writeHead(this.status, { 'content-type': 'application/json' });
      res.end(
        this.status === 200
          ? JSON.stringify({ conversationId: 'conv-from-service', token: 'token-from-service', expires_in: 3600 })
          : '{"error":{"code":"ServiceError"}}',
      );
    });
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/v3/directline`;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((ok) => this.server!.close(() => ok()));
  }
}

describe('the Direct Line token endpoint of a deployed bot', () => {
  let service: FakeDirectLine;
  let bot: TestAssistant;

  beforeAll(async () => {
    service = await new FakeDirectLine().start();
    bot = await new TestAssistant({ ...DEPLOYED, DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: service.url }).start();
  });
  afterAll(async () => {
    await bot?.stop();
    await service?.stop();
  });

  it('exchanges the secret for a token, for a user id of its own making', async () => {
    service.status = 200;
    const res = await fetch(`${bot.app.url}/api/directline/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: 'gus' } }),
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(SECRET);
    const body = JSON.parse(text) as { token: string; conversationId: string; userId: string };
    expect(body).toMatchObject({ token: 'token-from-service', conversationId: 'conv-from-service' });
    const asked = service.asked[service.asked.length - 1];
    expect(asked.authorization).toBe(`Bearer ${SECRET}`);
    // The page cannot choose whom to speak as.
    expect(asked.body.user?.id).toMatch(/^dl_[0-9a-f]{32}$/);
    expect(body.userId).toBe(asked.body.user?.id);
  });

  it('serves the Web Chat page wired to it, without the secret', async () => {
    const page = await (await fetch(`${bot.app.url}/?locale=nl-NL`)).text();
    expect(page).toContain('/api/directline/token');
    expect(page).toContain(service.url);
    expect(page).not.toContain(SECRET);
    expect(page).toContain('Sandboxgegevens');
    // The local Direct Line stays off for a deployed bot.
    expect((await fetch(`${bot.app.url}/v3/directline/tokens/generate`, { method: 'POST' })).status).toBe(404);
  });

  it('answers 502 when the Direct Line service fails', async () => {
    service.status = 500;
    const res = await fetch(`${bot.app.url}/api/directline/token`, { method: 'POST' });
    expect(res.status).toBe(502);
    expect(await res.text()).not.toContain(SECRET);
    service.status = 200;
  });
});

describe('without a Direct Line secret', () => {
  it('has no token endpoint and no page on a deployed bot', async () => {
    const bot = await new TestAssistant(DEPLOYED).start();
    try {
      expect((await fetch(`${bot.app.url}/api/directline/token`, { method: 'POST' })).status).toBe(404);
      expect((await fetch(`${bot.app.url}/`)).status).toBe(404);
    } finally {
      await bot.stop();
    }
  });

  it('refuses a secret that cannot be one, naming the setting', () => {
    expect(() => parseSettings({ DIRECT_LINE_SECRET: 'short' })).toThrow(/DIRECT_LINE_SECRET/);
    expect(() => parseSettings({ DIRECT_LINE_ENDPOINT: 'not a url' })).toThrow(/DIRECT_LINE_ENDPOINT/);
    expect(parseSettings({ DIRECT_LINE_SECRET: SECRET }).DIRECT_LINE_ENDPOINT).toBe('https://directline.botframework.com/v3/directline');
  });
});
