import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TestAssistant } from '../support/client';

interface Received {
  method: string;
  path: string;
  body: { attachments?: { content: { body: { text?: string }[]; actions?: unknown[] } }[] };
}

function startChannel(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      received.push({ method: req.method ?? '', path: req.url ?? '', body: JSON.parse(data || '{}') });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"updated"}');
    });
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received })));
}

describe('every channel', () => {
  let bot: TestAssistant;
  beforeAll(async () => {
    bot = await new TestAssistant().start();
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('Teams: the answered card is replaced by a read-only copy showing the answer, and the mention is stripped', async () => {
    const channel = await startChannel();
    try {
      const c = bot.conversation('ada', { channelId: 'msteams', serviceUrl: channel.url });
      const first = await c.send({
        type: 'message', id: 'teams-1', channelId: 'msteams', serviceUrl: channel.url, deliveryMode: 'expectReplies',
        from: { id: 'ada' }, recipient: { id: 'bot', name: 'Assistant' }, conversation: { id: c.id },
        text: '<at>Assistant</at> cancel order 4711 for contoso.com',
        entities: [{ type: 'mention', mentioned: { id: 'bot', name: 'Assistant' }, text: '<at>Assistant</at>' }],
      });
      expect(first).toMatch(/Order 4711 can be cancelled/);
      const ack = c.findAction('I have read this');
      await c.send({
        type: 'message', id: 'teams-2', channelId: 'msteams', serviceUrl: channel.url, deliveryMode: 'expectReplies',
        from: { id: 'ada' }, recipient: { id: 'bot' }, conversation: { id: c.id }, replyToId: 'card-activity-1', value: ack.data,
      });
      expect(c.text()).toMatch(/Cancel this purchase\?/);
      const update = channel.received.find((r) => r.method === 'PUT');
      expect(update?.path).toBe(`/v3/conversations/${encodeURIComponent(c.id)}/activities/card-activity-1`);
      const card = update!.body.attachments![0].content;
      expect(card.actions ?? []).toHaveLength(0);
      expect(card.body.map((b) => b.text ?? '').join('\n')).toMatch(/Important: read this before cancelling[\s\S]*Answered: I have read this/);
    } finally {
      channel.server.close();
    }
  });

  it('Slack: text only, with numbered choices, the whole procedure', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    const first = await c.say('cancel order 4712 for contoso.com');
    expect(first).toMatch(/1\. I have read this/);
    expect(await c.say('1')).toMatch(/1\. Cancel order 4712/);
    expect(await c.say('1')).toMatch(/Order 4712 .* is cancelled/);
    expect(c.last.every((r) => !r.card)).toBe(true);
  });
});
