import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { outboundPolicy } from '../../bot/outbound';
import { TestAssistant } from '../support/client';

/**
 * Review 2026-11 findings 5 and 8: without an app id, expectReplies skipped the loopback rule
 * while the bot still called serviceUrl (card updates, follow-ups); a channel that never
 * answered blocked its conversation for 60 s.
 */
function sink(host: string): Promise<{ server: Server; port: number; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"id":"x"}');
  });
  return new Promise((ok) => server.listen(0, host, () => ok({ server, port: (server.address() as AddressInfo).port, hits })));
}

/** Accepts connections and never answers. */
function tarpit(): Promise<{ server: TcpServer; url: string; sockets: Socket[] }> {
  const sockets: Socket[] = [];
  const server = createTcpServer((s) => sockets.push(s));
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, sockets })),
  );
}

describe('finding 5: outbound calls only where they belong', () => {
  it('the policy: loopback only without an app id; with one, the vouched serviceUrl, and never a query, credentials or fragment', () => {
    const anonymous = outboundPolicy({ authenticated: false, timeoutMs: 1000, self: () => 'http://192.168.1.5:3978' });
    for (const url of ['http://127.0.0.1:9/', 'http://localhost:3978/', 'http://192.168.1.5:3978/'])
      expect(anonymous.allows(url)).toBe(true);
    for (const url of [
      'http://0.0.0.0:42389/',
      'http://[::ffff:127.0.0.1]:1/',
      'http://localhost.:1/',
      'http://169.254.169.254/',
      'http://127.0.0.1.nip.io:1/',
      'https://smba.trafficmanager.net/amer/',
      'http://127.0.0.1:1/internal/admin?x=',
      'http://u:p@127.0.0.1:1/',
      'http://127.0.0.1:1/#x',
      'file:///etc/passwd',
      'not a url',
      undefined,
    ]) {
      expect([url, anonymous.allows(url)]).toEqual([url, false]);
    }
    const authenticated = outboundPolicy({ authenticated: true, timeoutMs: 1000 });
    expect(authenticated.allows('https://smba.trafficmanager.net/amer/', 'https://smba.trafficmanager.net/amer/')).toBe(true);
    expect(authenticated.allows('https://evil.example/', 'https://smba.trafficmanager.net/amer/')).toBe(false);
    expect(authenticated.allows('https://smba.trafficmanager.net/amer/')).toBe(true);
    expect(authenticated.allows('http://10.0.0.5/')).toBe(false);
    expect(authenticated.allows('https://smba.trafficmanager.net/amer/?x=1')).toBe(false);
  });

  describe('over HTTP, without an app id', () => {
    let bot: TestAssistant;
    let listener: Awaited<ReturnType<typeof sink>>;
    beforeAll(async () => {
      bot = await new TestAssistant().start();
      listener = await sink('0.0.0.0');
    });
    afterAll(async () => {
      listener.server.close();
      await bot.stop();
    });

    it('expectReplies with a serviceUrl that is not this machine is refused, so no card update reaches it', async () => {
      const base = {
        type: 'message',
        channelId: 'msteams',
        serviceUrl: `http://0.0.0.0:${listener.port}/`,
        deliveryMode: 'expectReplies',
        from: { id: 'ada' },
        recipient: { id: 'bot' },
        conversation: { id: 'ssrf-teams-21' },
      };
      expect((await bot.post({ ...base, id: 'ssrf-1', text: 'cancel order 4712 for contoso.com' })).status).toBe(400);
      expect(
        (await bot.post({ ...base, id: 'ssrf-2', serviceUrl: `http://127.0.0.1:${listener.port}/internal/admin?x=`, text: 'hello' }))
          .status,
      ).toBe(400);
      expect(listener.hits).toEqual([]);
    });

    it('a follow-up whose address may not be called is dropped, not sent', async () => {
      const reference = {
        channelId: 'emulator',
        serviceUrl: `http://0.0.0.0:${listener.port}/internal/admin`,
        conversation: { id: 'followup-ssrf' } as never,
        bot: { id: 'bot', name: 'bot' },
        user: { id: 'ada', name: 'ada' },
      };
      const due = new Date(Date.now() - 1000);
      await bot.app.followUps.schedule(reference, due, [{ type: 'message', text: 'Follow-up' }]);
      expect(await bot.app.followUps.poll(Date.now())).toBe(0);
      expect(await bot.app.followUps.poll(Date.now())).toBe(0);
      expect(listener.hits).toEqual([]);
    });
  });
});

describe('finding 8: a channel that never answers', () => {
  it('does not hold the conversation: the turn gives up, the next turn is answered', async () => {
    const pit = await tarpit();
    const bot = await new TestAssistant({ OUTBOUND_TIMEOUT_MS: '300' }).start();
    try {
      const base = {
        type: 'message',
        channelId: 'emulator',
        serviceUrl: pit.url,
        from: { id: 'ada' },
        recipient: { id: 'bot' },
        conversation: { id: 'stuck' },
      };
      const stuck = await bot.post({ ...base, id: 'stuck-1', text: 'hello' });
      expect(stuck.status).toBeGreaterThanOrEqual(200);
      expect(pit.sockets.length).toBeGreaterThan(0);
      const next = await bot.post({
        ...base,
        id: 'stuck-2',
        deliveryMode: 'expectReplies',
        serviceUrl: 'http://127.0.0.1:9/',
        text: 'status',
      });
      expect(next.status).toBe(200);
      expect(next.replies.map((r) => r.plain).join('\n')).toMatch(/No procedure is in progress/);
    } finally {
      for (const s of pit.sockets) s.destroy();
      pit.server.close();
      await bot.stop();
    }
  });
});
