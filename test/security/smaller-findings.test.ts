import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { TestAssistant } from '../support/client';

const APP = { MicrosoftAppId: '11111111-2222-4333-8444-555555555555', MicrosoftAppPassword: 'pw-not-used' };

/** A request with a Host header of our choosing (fetch does not let one set it). */
function raw(url: string, method: string, path: string, headers: Record<string, string> = {}, body?: string) {
  const u = new URL(url);
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((ok, fail) => {
    const req = request({ host: u.hostname, port: u.port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => {
        text += c;
      });
      res.on('end', () => ok({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
    });
    req.on('error', fail);
    req.end(body);
  });
}

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', () => ok()));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((ok) => s.close(() => ok()));
  return port;
}

/** Review 2026-11 finding 16: the smaller observations, one test each. */
describe('finding 16: smaller observations', () => {
  describe('local mode', () => {
    let bot: TestAssistant;
    beforeEach(async () => {
      bot = await new TestAssistant().start();
    });
    afterEach(async () => {
      await bot.stop();
    });

    it("a download link is not spent by a GET (a chat unfurling it): only the page's button (a POST) downloads", async () => {
      const ada = bot.conversation('ada', { channelId: 'slack' });
      await ada.say('keys for order 4711 for contoso.com');
      await ada.say('2');
      const shown = await ada.say('ISO, 64-bit');
      const link = /(\/sandbox\/download\/[0-9a-f-]{36})/.exec(shown)![1];
      for (const agent of ['Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)', 'Mozilla/5.0 (compatible; Teams)', 'curl/8']) {
        const page = await raw(bot.app.url, 'GET', link, { 'user-agent': agent });
        expect(page.status).toBe(200);
        expect(page.body).toMatch(/50 downloads left/);
        expect(page.body).toMatch(/<form method="post"><button type="submit">Download<\/button>/);
      }
      expect((await raw(bot.app.url, 'HEAD', link)).status).toBe(405);
      const log = () => bot.app.pc.activity.list(new Date(Date.now() - 60_000), new Date(Date.now() + 60_000));
      expect((await log()).filter((e) => e.action === 'software-download')).toHaveLength(0);
      const download = await raw(bot.app.url, 'POST', link);
      expect(download.status).toBe(200);
      expect(download.headers['content-disposition']).toMatch(/^attachment/);
      expect(download.body).toMatch(/49 downloads left/);
      expect((await log()).filter((e) => e.action === 'software-download')).toHaveLength(1);
    });

    it('a Host that is not this server (DNS rebinding) is refused; loopback names and addresses are served', async () => {
      const port = new URL(bot.app.url).port;
      for (const host of [`rebind.attacker.example:${port}`, 'attacker.example', `127.0.0.1.nip.io:${port}`, 'localhost@evil.example']) {
        const page = await raw(bot.app.url, 'GET', '/', { host });
        expect(page.status).toBe(421);
        const token = await raw(
          bot.app.url,
          'POST',
          '/v3/directline/tokens/generate',
          { host, 'content-type': 'application/json' },
          JSON.stringify({ user: { id: 'gus' } }),
        );
        expect(token.status).toBe(421);
        expect(token.body).not.toMatch(/token/i);
        expect((await raw(bot.app.url, 'GET', '/sandbox/consent/demo-fabrikam-consent', { host })).status).toBe(421);
      }
      for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `LOCALHOST.:${port}`]) {
        expect((await raw(bot.app.url, 'GET', '/', { host })).status).toBe(200);
        const token = await raw(
          bot.app.url,
          'POST',
          '/v3/directline/tokens/generate',
          { host, 'content-type': 'application/json' },
          JSON.stringify({ user: { id: 'gus' } }),
        );
        expect(token.status).toBe(200);
      }
    });

    it('an unknown relationship or consent token is not an invitation: 404 on the page and on its button', async () => {
      for (const path of ['/sandbox/relationship/0123456789abcdef01234567', '/sandbox/consent/0123456789abcdef01234567']) {
        const page = await raw(bot.app.url, 'GET', path);
        expect(page.status).toBe(404);
        expect(page.body).not.toMatch(/<form/);
        expect((await raw(bot.app.url, 'POST', path)).status).toBe(404);
      }
    });

    it("a relationship accepted on its page is in the activity log once, by the customer, with a label in the reader's language", async () => {
      const pc = bot.app.pc;
      const requested = await pc.csp.requestRelationship('northwind', { userId: 'ada', idempotencyKey: 'rel-1' });
      if (requested.status !== 'requested') throw new Error(`no invitation: ${JSON.stringify(requested)}`);
      const path = new URL(requested.link).pathname;
      expect((await raw(bot.app.url, 'POST', path)).status).toBe(200);
      expect((await raw(bot.app.url, 'POST', path)).status).toBe(200);
      const log = await pc.activity.list(new Date(Date.now() - 60_000), new Date(Date.now() + 60_000));
      const accepted = log.filter((e) => e.action === 'accept-relationship');
      expect(accepted).toHaveLength(1);
      expect(accepted[0]).toMatchObject({ userId: 'customer', outcome: 'done', customerId: 'northwind' });
      const gus = bot.conversation('gus', { channelId: 'slack', locale: 'fr-FR' });
      await gus.say('activity log last 7 days');
      expect(await gus.say('1')).toMatch(/\| Relation acceptée par le client \|/);
    });

    it('activity log: the deal registration by its label, and a "|" in a stored name does not break the text table', async () => {
      const pc = bot.app.pc;
      const deal = await pc.isv.registerDeal(
        { customerName: 'Acme | done | 9999', offerId: 'crm-sync', value: 1000, closeDate: '2030-01-01' },
        { userId: 'gus', idempotencyKey: 'deal-pipe' },
      );
      expect(deal.status).toBe('done');
      for (const [locale, label] of [
        ['en-US', 'Deal registered'],
        ['sv-SE', undefined],
      ] as const) {
        const rita = bot.conversation('rita', { channelId: 'slack', locale });
        await rita.say('activity log last 7 days');
        const all = await rita.say('1');
        const row = all.split('\n').find((l) => l.includes('Acme'));
        expect(row).toBeDefined();
        expect(row!.split(' | ')).toHaveLength(6);
        expect(row).toMatch(/Acme ¦ done ¦ 9999/);
        expect(row).not.toMatch(/isv-register-deal/);
        if (label) expect(row).toContain(`| ${label} |`);
      }
    });
  });

  it('with an app id, the sandbox pages are off (404) unless SANDBOX_PAGES=on', async () => {
    const off = await new TestAssistant(APP).start();
    try {
      for (const path of [
        '/sandbox/consent/demo-fabrikam-consent',
        '/sandbox/relationship/0123456789abcdef01234567',
        '/sandbox/download/x-1234',
      ]) {
        expect((await raw(off.app.url, 'GET', path)).status).toBe(404);
        expect((await raw(off.app.url, 'POST', path)).status).toBe(404);
      }
    } finally {
      await off.stop();
    }
    const on = await new TestAssistant({ ...APP, SANDBOX_PAGES: 'on' }).start();
    try {
      expect((await raw(on.app.url, 'GET', '/sandbox/consent/demo-fabrikam-consent')).status).toBe(200);
    } finally {
      await on.stop();
    }
  });

  it('an unreachable Redis at start: a clear error and exit 1 within the connect bound, the password never printed', async () => {
    const port = await closedPort();
    const proc = spawn(process.execPath, ['--no-deprecation', '--import', 'tsx', 'bot/main.ts'], {
      cwd: resolve(__dirname, '../..'),
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', REDIS_URL: `redis://:Redis-TopSecret@127.0.0.1:${port}`, MicrosoftAppId: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    proc.stdout.on('data', (c) => {
      out += c;
    });
    proc.stderr.on('data', (c) => {
      out += c;
    });
    const code = await new Promise<number | null>((ok) => proc.on('exit', (c) => ok(c)));
    expect(code).toBe(1);
    expect(out).toMatch(new RegExp(`Could not start: cannot reach Redis at redis://\\*\\*\\*@127\\.0\\.0\\.1:${port} within 10 s`));
    expect(out).not.toMatch(/TopSecret/);
    expect(out).not.toMatch(/listening/);
  }, 30_000);
});
