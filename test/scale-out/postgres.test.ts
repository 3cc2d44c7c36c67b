import { startServer, type Server } from '../../bench/lib/processes';
import { TypingUser } from '../../bench/lib/client';
import { openStore } from '../../bot/storage/open-store';
import { connectable, PgClient, describeWith, requireReachable, runTag, service } from './services';

const postgres = service('PostgreSQL');

describeWith(postgres)('two assistant processes on one PostgreSQL database', () => {
  const table = runTag('pca_test');
  let url = '';
  let one: Server | undefined;
  let two: Server | undefined;

  beforeAll(async () => {
    requireReachable(postgres);
    url = await connectable(postgres.url);
    const storage = `${url}${url.includes('?') ? '&' : '?'}table=${table}`;
    [one, two] = await Promise.all([
      startServer('assistant-1', 'bot/main.ts', { STORAGE_URL: storage }),
      startServer('assistant-2', 'bot/main.ts', { STORAGE_URL: storage }),
    ]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    if (!url) return;
    const c = new PgClient({ connectionString: url, connectionTimeoutMillis: 3000 });
    await c.connect();
    try {
      await c.query(`DROP TABLE IF EXISTS public.${table}, public.${table}_locks`);
    } finally {
      await c.end();
    }
  });

  it('serve one conversation whose turns alternate between them, and keep its state in the table', async () => {
    const user = new TypingUser(`pg-alternating-${Date.now()}`, 'ada');
    const [a, b] = [one!.url, two!.url];
    expect(await user.say(a, 'cancel a software purchase')).toMatch(/Which customer bought the software/);
    expect(await user.say(b, 'contoso.com')).toMatch(/Which product of Contoso Ltd/);
    expect(await user.say(a, 'Windows Server 2022 Standard')).toMatch(/Which order of Windows Server/);
    expect(await user.say(b, '4712')).toMatch(/Order 4712 can be cancelled/);
    expect(await user.say(a, '1')).toMatch(/Cancel this purchase\?[\s\S]*Order ID: 4712/);
    expect(await user.say(b, '1')).toMatch(/Order 4712 \(Windows Server 2022 Standard\) is cancelled/);
    expect(await user.say(a, '1')).toMatch(/Which customer bought the software|What would you like to do/);

    const kv = await openStore(`${url}${url.includes('?') ? '&' : '?'}table=${table}`);
    try {
      expect((await kv.get('purchase:4712')) as { status: string }).toMatchObject({ status: 'cancelled' });
      const record = (await kv.get(`conversation/slack/${user.conversationId}`)) as { value: { record: unknown } } | undefined;
      expect(record?.value.record).toBeDefined();
    } finally {
      await kv.disconnect();
    }
  });
});
