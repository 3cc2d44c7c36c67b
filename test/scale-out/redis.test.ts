import { createClient } from '@keyv/redis';
import { Conversation, TestAssistant } from '../support/client';
import { describeWith, requireReachable, service } from './services';

// This run stores under its own namespace, so that it neither sees nor disturbs anything else
// kept in the same Redis.
const namespace = `pcatest-${process.pid.toString(36)}-${Date.now().toString(36)}`;

const redis = service('Redis');

/** One conversation (one user, one id, one sequence of activity ids) whose every turn may go to another instance. */
function sharedConversation(user: string, id: string, channelId = 'emulator') {
  const route: { via?: TestAssistant } = {};
  const router = { post: (activity: Record<string, unknown>) => route.via!.post(activity) };
  const c = new Conversation(router as unknown as TestAssistant, user, id, channelId);
  return {
    conversation: c,
    say: (via: TestAssistant, text: string) => {
      route.via = via;
      return c.say(text);
    },
  };
}

describeWith(redis)('two assistant instances on one Redis', () => {
  let one: TestAssistant;
  let two: TestAssistant;

  beforeAll(async () => {
    requireReachable(redis);
    one = await new TestAssistant({ REDIS_URL: redis.url, STORAGE_NAMESPACE: namespace }).start();
    two = await new TestAssistant({ REDIS_URL: redis.url, STORAGE_NAMESPACE: namespace }).start();
  });

  afterAll(async () => {
    await one?.stop();
    await two?.stop();
    if (!redis.reachable) return;
    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      for await (const keys of client.scanIterator({ MATCH: `${namespace}*`, COUNT: 500 })) {
        const list = Array.isArray(keys) ? keys : [keys];
        if (list.length) await client.del(list);
      }
      expect(await client.keys(`${namespace}*`)).toEqual([]);
    } finally {
      await client.quit();
    }
  });

  const doneCount = async (app: TestAssistant) =>
    (await app.app.pc.activity.list(new Date(Date.now() - 600_000), new Date(Date.now() + 60_000))).filter(
      (r) => r.action === 'cancel-software-purchase' && r.outcome === 'done',
    ).length;

  it('keeps every piece of state in Redis, under the run namespace', async () => {
    const c = one.conversation('ada', { id: 'state-probe' });
    await c.say('cancel a software purchase');
    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      const keys = await client.keys(`${namespace}*`);
      expect(keys).toEqual(
        expect.arrayContaining([
          `${namespace}::conversation/emulator/state-probe`,
          `${namespace}::purchase:4711`,
          `${namespace}::user:ada`,
        ]),
      );
      expect(keys.some((k) => k.startsWith('pca:'))).toBe(false);
    } finally {
      await client.quit();
    }
  });

  it('serve one conversation whose turns alternate between them, to the end of the procedure', async () => {
    const c = sharedConversation('ada', `alternating-${Date.now()}`, 'slack');
    expect(await c.say(one, 'cancel a software purchase')).toMatch(/Which customer bought the software/);
    expect(await c.say(two, 'contoso.com')).toMatch(/Which product of Contoso Ltd/);
    expect(await c.say(one, 'Office LTSC Professional Plus 2024')).toMatch(/Which order of Office LTSC/);
    expect(await c.say(two, '4711')).toMatch(/Order 4711 can be cancelled/);
    expect(await c.say(one, 'help')).toMatch(/4711|read|cancel/i);
    expect(await c.say(two, '1')).toMatch(/Cancel this purchase\?[\s\S]*Order ID: 4711/);
    expect(await c.say(one, '1')).toMatch(/Order 4711 \(Office LTSC Professional Plus 2024\) is cancelled/);
    // What one instance did, the other sees at once: the store is the only state.
    expect((await two.app.pc.software.purchase('4711'))?.status).toBe('cancelled');
    expect(await doneCount(two)).toBe(1);
    expect(await c.say(two, 'cancel a software purchase')).toMatch(/Which customer bought the software/);
  });

  it('serve many conversations at once from both instances without mixing them up', async () => {
    const walks = Array.from({ length: 12 }, async (_, i) => {
      const [first, second] = i % 2 ? [one, two] : [two, one];
      const c = sharedConversation(`user-${i}`, `many-${i}-${Date.now()}`, 'slack');
      expect(await c.say(first, 'cancel a software purchase')).toMatch(/Which customer/);
      expect(await c.say(second, i % 3 ? 'contoso.com' : 'Contoso Ltd')).toMatch(/Which product of Contoso Ltd/);
      expect(await c.say(first, 'Office LTSC Professional Plus 2024')).toMatch(/Which order/);
      expect(await c.say(second, '4714')).toMatch(/Order 4714 is past its 60-day cancellation window/);
      expect(await c.say(first, 'cancel')).toMatch(/Stop "Cancel a software purchase"/);
      expect(await c.say(second, 'yes')).toMatch(/Nothing was changed in Partner Center/);
    });
    await Promise.all(walks);
    expect((await one.app.pc.software.purchase('4714'))?.status).toBe('active');
  });

  it('carry out a confirmation sent to both at the same moment once', async () => {
    const id = `race-${Date.now()}`;
    const c = sharedConversation('ada', id);
    expect(await c.say(one, 'cancel order 4712 for contoso.com')).toMatch(/Order 4712 can be cancelled/);
    expect(await c.say(two, '1')).toMatch(/Cancel this purchase\?/);
    const confirm = c.conversation.findAction('Cancel order 4712').data;
    const before = await doneCount(one);
    // The same click delivered twice (two activity ids), each copy to another instance.
    const activity = (n: number) => ({
      type: 'message',
      id: `${id}-confirm-${n}`,
      channelId: 'emulator',
      serviceUrl: 'http://127.0.0.1:9',
      deliveryMode: 'expectReplies',
      from: { id: 'ada' },
      recipient: { id: 'bot' },
      conversation: { id },
      value: confirm,
    });
    const replies = await Promise.all([one.post(activity(1)), two.post(activity(2))]);
    const texts = replies.map((r) => r.replies.map((x) => x.plain).join('\n'));
    expect(texts.filter((t) => /Order 4712 .* is cancelled/.test(t))).toHaveLength(1);
    expect(await doneCount(one)).toBe(before + 1);
    expect((await one.app.pc.software.purchase('4712'))?.status).toBe('cancelled');
  });
});
