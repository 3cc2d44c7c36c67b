import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TestAssistant } from '../support/client';

/** A channel on loopback that records what the bot sends it on its own. */
function startChannel(): Promise<{ server: Server; url: string; received: { path: string; body: { text?: string } }[] }> {
  const received: { path: string; body: { text?: string } }[] = [];
  const server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: JSON.parse(data || '{}') });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"sent-1"}');
    });
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received })));
}

describe('follow-ups when Partner Center is slow', () => {
  it('says, 15 minutes after a cancellation, that the dashboard shows it, also after a restart', async () => {
    const channel = await startChannel();
    const bot = await new TestAssistant().start();
    try {
      const c = bot.conversation('ada', { serviceUrl: channel.url });
      await c.say('cancel order 4711 for contoso.com');
      await c.say('1');
      expect(await c.say('1')).toMatch(/is cancelled/);
      expect(await bot.app.followUps.poll(Date.now() + 14 * 60_000)).toBe(0);
      await bot.restart();
      expect(await bot.app.followUps.poll(Date.now() + 16 * 60_000)).toBe(1);
      const sent = channel.received.map((r) => r.body.text ?? '');
      expect(sent).toEqual([expect.stringMatching(/cancellation of order 4711 for Contoso Ltd should now show on the Partner Center dashboard/)]);
      expect(channel.received[0].path).toContain(`/v3/conversations/${encodeURIComponent(c.id)}/activities`);
      // Sent once: a later poll finds nothing more.
      expect(await bot.app.followUps.poll(Date.now() + 30 * 60_000)).toBe(0);
    } finally {
      await bot.stop();
      channel.server.close();
    }
  });
});
