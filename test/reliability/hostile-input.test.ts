import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { TestAssistant } from '../support/client';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
/** A channel that accepts the bot's replies (normal delivery), on loopback. */
let CHANNEL = 'http://127.0.0.1:1';
let channel: Server;

/** Values an attacker or a broken client may send where we expect something else. */
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.string({ maxLength: 300 }),
  fc.constantFrom('__proto__', 'constructor', '{"__proto__":{"polluted":1}}', '\u0000', '\uD800', '1.5', '', ' '),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'pca', 'choice', 'answer'), fc.jsonValue({ maxDepth: 3 })),
  fc.record({
    pca: fc.record({ run: fc.oneof(fc.string(), fc.integer()), seq: fc.oneof(fc.integer(), fc.string()) }),
    choice: fc.oneof(fc.string(), fc.integer()),
  }),
);

const activityArb = () =>
  fc.record(
    {
      type: fc.oneof(
        fc.constantFrom('message', 'conversationUpdate', 'invoke', 'event', 'typing'),
        fc.string({ maxLength: 20 }),
        fc.integer(),
      ),
      id: fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.integer()),
      channelId: fc.oneof(fc.constantFrom('emulator', 'msteams', 'slack', 'webchat'), fc.string({ maxLength: 10 })),
      serviceUrl: fc.oneof(fc.constant(CHANNEL), fc.constant('https://attacker.example'), fc.string({ maxLength: 30 })),
      deliveryMode: fc.constantFrom('expectReplies', 'expectReplies', 'normal', 'bogus'),
      from: fc.oneof(fc.record({ id: fc.constantFrom('ada', 'sam', 'stranger') }), hostileValue),
      recipient: fc.record({ id: fc.constant('bot') }),
      conversation: fc.oneof(fc.record({ id: fc.constantFrom('fuzz-1', 'fuzz-2') }), hostileValue),
      text: fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.constantFrom('cancel order 4711 for contoso.com', '1', 'yes', 'cancel', 'help'),
        hostileValue,
      ),
      value: hostileValue,
      attachments: fc.oneof(
        fc.constant(undefined),
        fc.array(
          fc.record({
            contentType: fc.constant('application/vnd.microsoft.card.adaptive'),
            content: fc.record({ version: fc.constantFrom('1.5', '9.9', 'x'), type: fc.constant('AdaptiveCard') }),
          }),
          { maxLength: 2 },
        ),
      ),
      membersAdded: fc.oneof(fc.array(fc.record({ id: fc.string({ maxLength: 10 }) }), { maxLength: 2 }), hostileValue),
      locale: fc.oneof(fc.constantFrom('fr-FR', 'sv-SE', 'xx'), fc.string({ maxLength: 30 })),
    },
    { requiredKeys: [] },
  );

describe('hostile and malformed input', () => {
  let bot: TestAssistant;
  let before: string;
  beforeAll(async () => {
    channel = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"1"}');
      });
    });
    await new Promise<void>((ok) => channel.listen(0, '127.0.0.1', () => ok()));
    CHANNEL = `http://127.0.0.1:${(channel.address() as AddressInfo).port}`;
    bot = await new TestAssistant().start();
    before = await sandboxState(bot);
  });
  afterAll(async () => {
    await bot.stop();
    channel.close();
  });

  async function sandboxState(b: TestAssistant): Promise<string> {
    const purchases = await Promise.all(['contoso', 'northwind', 'fabrikam', 'wingtip'].map((c) => b.app.pc.software.purchases(c)));
    return JSON.stringify(purchases.flat().map((p) => [p.orderId, p.status]));
  }

  const post = (body: string | Blob, contentType = 'application/json') =>
    fetch(`${bot.app.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });

  jest.setTimeout(180_000);

  it(`/api/messages never answers 5xx (${RUNS} activities)`, async () => {
    await fc.assert(
      fc.asyncProperty(activityArb(), async (activity) => {
        const res = await post(JSON.stringify(activity));
        await res.arrayBuffer();
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await sandboxState(bot)).toBe(before);
  });

  it(`the Direct Line endpoint never answers 5xx (${RUNS} bodies)`, async () => {
    const tokenRes = await fetch(`${bot.app.url}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"user":{"id":"sam"}}',
    });
    const { token, conversationId } = (await tokenRes.json()) as { token: string; conversationId: string };
    await fetch(`${bot.app.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    await fc.assert(
      fc.asyncProperty(fc.oneof(activityArb(), hostileValue), fc.boolean(), async (body, authorised) => {
        const res = await fetch(`${bot.app.url}/v3/directline/conversations/${conversationId}/activities`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(authorised ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(body),
        });
        await res.arrayBuffer();
        expect(res.status).toBeLessThan(500);
        if (!authorised) expect(res.status).toBe(403);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    expect(await sandboxState(bot)).toBe(before);
  });

  it('refuses invalid UTF-8, broken JSON, deep JSON and oversized bodies without a 5xx', async () => {
    expect((await post(new Blob([Uint8Array.from([0x7b, 0x22, 0x74, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])]))).status).toBeLessThan(500);
    expect((await post('{"type":"message",')).status).toBe(400);
    expect((await post('['.repeat(5000) + ']'.repeat(5000))).status).toBeLessThan(500);
    expect((await post(JSON.stringify({ type: 'message', text: 'x'.repeat(400_000) }))).status).toBe(413);
    expect((await post('type=message', 'application/x-www-form-urlencoded')).status).toBe(415);
  });

  it('answers a user who typed too much, or sent a broken card, clearly', async () => {
    const c = bot.conversation('ada');
    expect(await c.say('x'.repeat(5000))).toMatch(/too long/);
    expect(await c.submit({ pca: 'nonsense' })).toMatch(/could not read what that card sent/);
  });
});
