import { TestAssistant } from '../support/client';

/**
 * Review 2026-11 finding 12: the rate limit was per channelId/from.id, so rotating either
 * dodged it, and conversationUpdate was never limited.
 */
describe('finding 12: the rate limit is keyed on the sender and the conversation, for every activity', () => {
  let bot: TestAssistant;
  beforeAll(async () => {
    bot = await new TestAssistant().start();
  });
  afterAll(async () => {
    await bot.stop();
  });

  const activity = (n: number, over: Record<string, unknown>) => ({
    type: 'message',
    id: `rl-${n}-${Math.random()}`,
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:9',
    deliveryMode: 'expectReplies',
    from: { id: 'sam' },
    recipient: { id: 'bot' },
    conversation: { id: 'rl-one' },
    text: 'status',
    ...over,
  });
  const limited = async (list: Record<string, unknown>[]) => {
    const results = await Promise.all(list.map((a) => bot.post(a)));
    return results.filter((r) => r.replies.some((x) => /faster than I can handle/.test(x.plain))).length;
  };

  it('rotating from.id in one conversation is limited', async () => {
    expect(
      await limited(
        Array.from({ length: 100 }, (_, i) => activity(i, { from: { id: `rot-${i}` }, conversation: { id: 'rl-rotate-from' } })),
      ),
    ).toBeGreaterThan(0);
  });

  it('rotating channelId and conversation for one sender is limited', async () => {
    expect(
      await limited(
        Array.from({ length: 100 }, (_, i) =>
          activity(i, { from: { id: 'hana' }, channelId: `chan-${i}`, conversation: { id: `rl-c-${i}` } }),
        ),
      ),
    ).toBeGreaterThan(0);
  });

  it('conversationUpdate counts too: a flood gets no menu after the burst', async () => {
    const list = Array.from({ length: 100 }, (_, i) =>
      activity(i, {
        type: 'conversationUpdate',
        from: { id: 'rita' },
        conversation: { id: 'rl-join' },
        membersAdded: [{ id: 'rita' }],
        text: undefined,
      }),
    );
    const results = await Promise.all(list.map((a) => bot.post(a)));
    const menus = results.filter((r) => r.replies.some((x) => /What would you like to do/.test(x.plain))).length;
    expect(menus).toBeGreaterThan(0);
    expect(menus).toBeLessThan(100);
  });
});
