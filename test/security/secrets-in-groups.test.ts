import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TestAssistant } from '../support/client';

/**
 * Review 2026-11 finding 6: product keys and download links were posted into Teams channels
 * and group chats, where members without the Admin agent role read them.
 */
interface Received {
  method: string;
  path: string;
  body: Record<string, unknown>;
}

/** A Teams connector on this machine: opens personal chats and takes messages. */
function teamsConnector(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      const path = req.url ?? '';
      received.push({ method: req.method ?? '', path, body: JSON.parse(data || '{}') });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(path === '/v3/conversations' ? '{"id":"a:personal-ada"}' : '{"id":"sent-1"}');
    });
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, received })),
  );
}

const KEY = /[A-Z0-9]{5}(-[A-Z0-9]{5}){4}/;
const LINK = /sandbox\/download\/[0-9a-f-]{36}/;

describe('finding 6: secrets stay private in conversations with other members', () => {
  let bot: TestAssistant;
  beforeAll(async () => {
    bot = await new TestAssistant().start();
  });
  afterAll(async () => {
    await bot.stop();
  });

  async function keysIn(channelId: string, serviceUrl: string, conversation: Record<string, unknown>) {
    const c = bot.conversation('ada', { channelId, serviceUrl });
    let n = 0;
    const say = (text: string) =>
      c.send({
        type: 'message',
        id: `${c.id}-${++n}`,
        channelId,
        serviceUrl,
        deliveryMode: 'expectReplies',
        from: { id: 'ada', name: 'Ada' },
        recipient: { id: 'bot', name: 'Assistant' },
        conversation: { id: c.id, ...conversation },
        text,
      });
    await say('keys for order 4711 for contoso.com');
    for (const answer of ['French', 'ISO, 64-bit']) if (/Which (language|file type)/.test(c.text())) await say(answer);
    // Read-only: once the file is known, the keys come at once (no confirmation).
    expect(c.text()).toMatch(/Keys and download for Office LTSC Professional Plus 2024, order 4711/);
    return { c, shown: c.text() };
  }

  it('Teams group chat: the keys and the link go to the user one-to-one, the group sees neither', async () => {
    const teams = await teamsConnector();
    try {
      const { shown } = await keysIn('msteams', teams.url, { conversationType: 'groupChat', isGroup: true, tenantId: 'tenant-1' });
      expect(shown).not.toMatch(KEY);
      expect(shown).not.toMatch(LINK);
      expect(shown).toMatch(/not shown here: other people can read this conversation/);
      expect(shown).toMatch(/I sent them to you in a one-to-one chat/);
      const created = teams.received.find((r) => r.method === 'POST' && r.path === '/v3/conversations');
      expect(created?.body).toMatchObject({ isGroup: false, members: [{ id: 'ada' }], tenantId: 'tenant-1' });
      const personal = teams.received.filter((r) => r.path.startsWith('/v3/conversations/a%3Apersonal-ada/activities'));
      const text = JSON.stringify(personal.map((r) => r.body));
      expect(text).toMatch(KEY);
      expect(text).toMatch(LINK);
    } finally {
      teams.server.close();
    }
  });

  it('Teams group chat: a click on the keys card (Action.Execute) gets an answered copy without the keys or the link', async () => {
    const teams = await teamsConnector();
    try {
      const conversation = { conversationType: 'groupChat', isGroup: true, tenantId: 'tenant-1' };
      const { c } = await keysIn('msteams', teams.url, conversation);
      const card = [...c.last].reverse().find((r) => r.card?.actions?.length)!.card!;
      const click = card.actions![card.actions!.length - 1];
      const res = await fetch(`${bot.app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'invoke',
          name: 'adaptiveCard/action',
          id: `${c.id}-invoke`,
          channelId: 'msteams',
          serviceUrl: teams.url,
          from: { id: 'ada', name: 'Ada' },
          recipient: { id: 'bot', name: 'Assistant' },
          conversation: { id: c.id, ...conversation },
          replyToId: 'keys-card-1',
          value: { action: { type: 'Action.Execute', verb: 'answer', data: click.data } },
        }),
      });
      expect(res.status).toBe(200);
      const answer = JSON.stringify(await res.json());
      expect(answer).toMatch(/Answered:/);
      expect(answer).not.toMatch(KEY);
      expect(answer).not.toMatch(LINK);
      // The copy that replaces the card for everyone in the chat holds neither.
      while (!teams.received.some((r) => r.method === 'PUT' && r.path.includes('keys-card-1')))
        await new Promise((ok) => setTimeout(ok, 10));
      const update = JSON.stringify(teams.received.filter((r) => r.method === 'PUT').map((r) => r.body));
      expect(update).toMatch(/Answered:/);
      expect(update).not.toMatch(KEY);
      expect(update).not.toMatch(LINK);
    } finally {
      teams.server.close();
    }
  });

  it('a channel without personal chats: the assistant says where to get them, and shows none', async () => {
    const { shown } = await keysIn('slack', 'http://127.0.0.1:9', { isGroup: true });
    expect(shown).not.toMatch(KEY);
    expect(shown).not.toMatch(LINK);
    expect(shown).toMatch(/Ask me again in a one-to-one chat, or get them in Partner Center/);
  });

  it('one-to-one, the keys and the link are shown as before', async () => {
    const { shown } = await keysIn('slack', 'http://127.0.0.1:9', {});
    expect(shown).toMatch(KEY);
    expect(shown).toMatch(LINK);
  });
});
