import { createClient } from '@keyv/redis';
import { TestAssistant } from '../support/client';
import { describeWith, requireReachable, service } from './services';

// The assistant always stores under the 'pca' namespace; this run gets its own, so that it
// neither sees nor disturbs anything else kept in the same Redis. The factory itself is real.
jest.mock('../../bot/storage/keyv-factory', () => {
  const actual = jest.requireActual('../../bot/storage/keyv-factory');
  const namespace = `pcatest-${process.pid.toString(36)}-${Date.now().toString(36)}`;
  return { ...actual, testNamespace: namespace, createKeyv: (url: string) => actual.createKeyv(url, namespace) };
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
const namespace: string = require('../../bot/storage/keyv-factory').testNamespace;

const redis = service('Redis');

describeWith(redis)('two assistant instances on one Redis', () => {
  let one: TestAssistant;
  let two: TestAssistant;

  beforeAll(async () => {
    requireReachable(redis);
    one = await new TestAssistant({ REDIS_URL: redis.url }).start();
    two = await new TestAssistant({ REDIS_URL: redis.url }).start();
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
    (await app.app.pc.activity.list(new Date(Date.now() - 600_000), new Date(Date.now() + 60_000))).filter((r) => r.action === 'cancel-software-purchase' && r.outcome === 'done').length;

  it('keeps every piece of state in Redis, under the run namespace', async () => {
    const c = one.conversation('ada', { id: 'state-probe' });
    await c.say('cancel a software purchase');
    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      const keys = await client.keys(`${namespace}*`);
      expect(keys).toEqual(expect.arrayContaining([`${namespace}::conversation/emulator/state-probe`, `${namespace}::purchase:4711`, `${namespace}::user:ada`]));
      expect(keys.some((k) => k.startsWith('pca:'))).toBe(false);
    } finally {
      await client.quit();
    }
  });

  it('serve one conversation whose turns alternate between them, to the end of the procedure', async () => {
    const id = `alternating-${Date.now()}`;
    const a = one.conversation('ada', { id, channelId: 'slack' });
    const b = two.conversation('ada', { id, channelId: 'slack' });
    expect(await a.say('cancel a software purchase')).toMatch(/Which customer bought the software/);
    expect(await b.say('contoso.com')).toMatch(/Which product of Contoso Ltd/);
    expect(await a.say('Office LTSC Professional Plus 2024')).toMatch(/Which order of Office LTSC/);
    expect(await b.say('4711')).toMatch(/Order 4711 can be cancelled/);
    expect(await a.say('help')).toMatch(/4711|read|cancel/i);
    expect(await b.say('1')).toMatch(/Cancel this purchase\?[\s\S]*Order ID: 4711/);
    expect(await a.say('1')).toMatch(/Order 4711 \(Office LTSC Professional Plus 2024\) is cancelled/);
    // What one instance did, the other sees at once: the store is the only state.
    expect((await two.app.pc.software.purchase('4711'))?.status).toBe('cancelled');
    expect(await doneCount(two)).toBe(1);
    expect(await b.say('cancel a software purchase')).toMatch(/Which customer bought the software/);
  });

  it('serve many conversations at once from both instances without mixing them up', async () => {
    const walks = Array.from({ length: 12 }, async (_, i) => {
      const id = `many-${i}-${Date.now()}`;
      const [first, second] = i % 2 ? [one, two] : [two, one];
      const a = first.conversation(`user-${i}`, { id, channelId: 'slack' });
      const b = second.conversation(`user-${i}`, { id, channelId: 'slack' });
      expect(await a.say('cancel a software purchase')).toMatch(/Which customer/);
      expect(await b.say(i % 3 ? 'contoso.com' : 'Contoso Ltd')).toMatch(/Which product of Contoso Ltd/);
      expect(await a.say('Office LTSC Professional Plus 2024')).toMatch(/Which order/);
      expect(await b.say('4714')).toMatch(/Order 4714 is past its 60-day cancellation window/);
      expect(await a.say('cancel')).toMatch(/Stop "Cancel a software purchase"/);
      expect(await b.say('yes')).toMatch(/Nothing was changed in Partner Center/);
    });
    await Promise.all(walks);
    expect((await one.app.pc.software.purchase('4714'))?.status).toBe('active');
  });

  it('carry out a confirmation sent to both at the same moment once', async () => {
    const id = `race-${Date.now()}`;
    const a = one.conversation('ada', { id });
    const b = two.conversation('ada', { id });
    expect(await a.say('cancel order 4712 for contoso.com')).toMatch(/Order 4712 can be cancelled/);
    await a.click('I have read this');
    const confirm = a.findAction('Cancel order 4712').data;
    const before = await doneCount(one);
    const replies = await Promise.all([a.submit(confirm), b.submit(confirm)]);
    expect(replies.filter((t) => /Order 4712 .* is cancelled/.test(t))).toHaveLength(1);
    expect(await doneCount(one)).toBe(before + 1);
    expect((await one.app.pc.software.purchase('4712'))?.status).toBe('cancelled');
  });
});
