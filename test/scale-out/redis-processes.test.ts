import { createClient } from '@keyv/redis';
import { startServer, type Server } from '../../bench/lib/processes';
import { TypingUser } from '../../bench/lib/client';
import { openStore } from '../../bot/storage/open-store';
import { describeWith, requireReachable, runTag, service } from './services';

const redis = service('Redis');

describeWith(redis)('two assistant processes on one Redis', () => {
  const namespace = runTag('pcaproc');
  let one: Server | undefined;
  let two: Server | undefined;

  beforeAll(async () => {
    requireReachable(redis);
    const env = { REDIS_URL: redis.url, STORAGE_NAMESPACE: namespace };
    [one, two] = await Promise.all([startServer('assistant-1', 'bot/main.ts', env), startServer('assistant-2', 'bot/main.ts', env)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    if (!redis.reachable) return;
    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      for await (const keys of client.scanIterator({ MATCH: `${namespace}*`, COUNT: 500 })) {
        const list = Array.isArray(keys) ? keys : [keys];
        if (list.length) await client.del(list);
      }
    } finally {
      await client.quit();
    }
  });

  it('serve one conversation whose turns alternate between them, and keep its state in Redis', async () => {
    const user = new TypingUser(`redis-alternating-${Date.now()}`, 'ada');
    const [a, b] = [one!.url, two!.url];
    expect(await user.say(a, 'cancel a software purchase')).toMatch(/Which customer bought the software/);
    expect(await user.say(b, 'contoso.com')).toMatch(/Which product of Contoso Ltd/);
    expect(await user.say(a, 'Windows Server 2022 Standard')).toMatch(/Which order of Windows Server/);
    expect(await user.say(b, '4712')).toMatch(/Order 4712 can be cancelled/);
    expect(await user.say(a, '1')).toMatch(/Cancel this purchase\?[\s\S]*Order ID: 4712/);
    expect(await user.say(b, '1')).toMatch(/Order 4712 \(Windows Server 2022 Standard\) is cancelled/);

    const kv = await openStore(redis.url, { namespace });
    try {
      expect((await kv.get('purchase:4712')) as { status: string }).toMatchObject({ status: 'cancelled' });
      expect(await kv.get(`conversation/slack/${user.conversationId}`)).toBeDefined();
    } finally {
      await kv.disconnect();
    }
  });
});
