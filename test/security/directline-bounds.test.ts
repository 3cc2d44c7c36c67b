import { TestAssistant } from '../support/client';

/**
 * Review 2026-11 finding 13, its second half: the local Direct Line kept every conversation and
 * every activity whole in memory (one poll returned 50 MB). It now keeps conversations in the
 * store, at most 100 activities each, and of a user's activity only a bounded copy.
 * (Idle conversations expiring: test/reliability/store-expiry.test.ts.)
 */
describe('finding 13: the local Direct Line is bounded', () => {
  let bot: TestAssistant;
  beforeAll(async () => {
    bot = await new TestAssistant().start();
  });
  afterAll(async () => {
    await bot.stop();
  });

  async function open(): Promise<{ post: (a: object) => Promise<number>; poll: () => Promise<string> }> {
    const dl = `${bot.app.url}/v3/directline`;
    const gen = await fetch(`${dl}/tokens/generate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: 'gus' } }),
    });
    const { token, conversationId } = (await gen.json()) as { token: string; conversationId: string };
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    expect((await fetch(`${dl}/conversations`, { method: 'POST', headers: auth })).status).toBe(201);
    return {
      post: async (a) =>
        (await fetch(`${dl}/conversations/${conversationId}/activities`, { method: 'POST', headers: auth, body: JSON.stringify(a) }))
          .status,
      poll: async () => (await fetch(`${dl}/conversations/${conversationId}/activities?watermark=0`, { headers: auth })).text(),
    };
  }

  it("large posts are kept as a bounded copy (Web Chat's own id kept), and a conversation keeps its last 100 activities", async () => {
    const c = await open();
    const blob = 'x'.repeat(200_000);
    for (let i = 0; i < 3; i++) {
      expect(await c.post({ type: 'message', text: 'status', channelData: { clientActivityID: `big-${i}`, blob } })).toBe(200);
    }
    const afterBig = await c.poll();
    expect(afterBig).toContain('"clientActivityID":"big-2"');
    expect(afterBig).not.toContain('xxxxxxxxxx');
    expect(afterBig.length).toBeLessThan(100_000);

    for (let i = 0; i < 110; i++) expect(await c.post({ type: 'typing', channelData: { clientActivityID: `t-${i}` } })).toBe(200);
    const body = JSON.parse(await c.poll()) as { activities: { channelData?: { clientActivityID?: string } }[]; watermark: string };
    expect(body.activities).toHaveLength(100);
    expect(body.activities.at(-1)?.channelData?.clientActivityID).toBe('t-109');
    expect(Number(body.watermark)).toBeGreaterThan(100);
  });
});
