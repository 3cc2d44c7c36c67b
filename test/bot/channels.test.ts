import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TestAssistant } from '../support/client';

interface Received {
  method: string;
  path: string;
  body: { attachments?: { content: { body: { text?: string }[]; actions?: unknown[] } }[] };
}

/** A stand-in for Teams' connector; `hangEdits`: it never answers an edit (PUT) of a message. */
function startChannel(options: { hangEdits?: boolean } = {}): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      received.push({ method: req.method ?? '', path: req.url ?? '', body: JSON.parse(data || '{}') });
      if (options.hangEdits && req.method === 'PUT') return;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"updated"}');
    });
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received })),
  );
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
        type: 'message',
        id: 'teams-1',
        channelId: 'msteams',
        serviceUrl: channel.url,
        deliveryMode: 'expectReplies',
        from: { id: 'ada' },
        recipient: { id: 'bot', name: 'Assistant' },
        conversation: { id: c.id },
        text: '<at>Assistant</at> cancel order 4711 for contoso.com',
        entities: [{ type: 'mention', mentioned: { id: 'bot', name: 'Assistant' }, text: '<at>Assistant</at>' }],
      });
      expect(first).toMatch(/Order 4711 can be cancelled/);
      const ack = c.findAction('I have read this');
      await c.send({
        type: 'message',
        id: 'teams-2',
        channelId: 'msteams',
        serviceUrl: channel.url,
        deliveryMode: 'expectReplies',
        from: { id: 'ada' },
        recipient: { id: 'bot' },
        conversation: { id: c.id },
        replyToId: 'card-activity-1',
        value: ack.data,
      });
      expect(c.text()).toMatch(/Cancel this purchase\?/);
      // The edit is made beside the turn, not inside it: it may come just after the answer.
      while (!channel.received.some((r) => r.method === 'PUT')) await new Promise((ok) => setTimeout(ok, 10));
      const update = channel.received.find((r) => r.method === 'PUT');
      expect(update?.path).toBe(`/v3/conversations/${encodeURIComponent(c.id)}/activities/card-activity-1`);
      const card = update!.body.attachments![0].content;
      expect(card.actions ?? []).toHaveLength(0);
      expect(card.body.map((b) => b.text ?? '').join('\n')).toMatch(
        /Important: read this before cancelling[\s\S]*Answered: I have read this/,
      );
    } finally {
      channel.server.close();
    }
  });

  it('Teams: the next question does not wait for the edit of the answered card', async () => {
    // A connector that never answers the edit: a turn that waited on it would never end.
    const channel = await startChannel({ hangEdits: true });
    try {
      const c = bot.conversation('ada', { channelId: 'msteams', serviceUrl: channel.url });
      await c.say('cancel order 4711 for contoso.com');
      const ack = c.findAction('I have read this');
      await c.send({
        type: 'message',
        id: `${c.id}-ack`,
        channelId: 'msteams',
        serviceUrl: channel.url,
        deliveryMode: 'expectReplies',
        from: { id: 'ada' },
        recipient: { id: 'bot' },
        conversation: { id: c.id },
        replyToId: 'card-activity-9',
        value: ack.data,
      });
      expect(c.text()).toMatch(/Cancel this purchase\?/);
    } finally {
      channel.server.closeAllConnections();
      channel.server.close();
    }
  });

  it('Teams: cards use Universal Actions, and a click (Action.Execute) is answered with the answered card', async () => {
    const channel = await startChannel();
    try {
      const c = bot.conversation('ada', { channelId: 'msteams', serviceUrl: channel.url });
      await c.say('cancel order 4712 for contoso.com');
      const card = c.last.find((r) => r.card)!.card!;
      expect(card.actions!.map((a) => (a as unknown as { type: string; verb?: string }).type)).toEqual(
        card.actions!.map(() => 'Action.Execute'),
      );
      const ack = c.findAction('I have read this');
      const res = await fetch(`${bot.app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'invoke',
          name: 'adaptiveCard/action',
          id: `${c.id}-invoke`,
          channelId: 'msteams',
          serviceUrl: channel.url,
          from: { id: 'ada' },
          recipient: { id: 'bot' },
          conversation: { id: c.id },
          replyToId: 'card-activity-2',
          value: { action: { type: 'Action.Execute', verb: 'answer', data: ack.data } },
        }),
      });
      expect(res.status).toBe(200);
      const answer = (await res.json()) as { statusCode: number; type: string; value: { body: { text?: string }[]; actions?: unknown[] } };
      expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
      expect(answer.value.actions ?? []).toHaveLength(0);
      expect(answer.value.body.map((b) => b.text ?? '').join('\n')).toMatch(/Answered: I have read this/);
      // The next question goes to the conversation.
      while (!channel.received.some((r) => r.method === 'POST' && JSON.stringify(r.body).includes('Cancel this purchase?')))
        await new Promise((ok) => setTimeout(ok, 10));
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
