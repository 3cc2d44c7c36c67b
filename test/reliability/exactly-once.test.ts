import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestAssistant } from '../support/client';

/** An activity Ada sends with its own id, as a channel sends it again when it redelivers. */
function sent(conversation: string, id: string, content: { text?: string; value?: unknown }) {
  return {
    type: 'message',
    id,
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:9',
    deliveryMode: 'expectReplies',
    from: { id: 'ada' },
    recipient: { id: 'bot' },
    conversation: { id: conversation },
    ...content,
  };
}

describe('nothing done twice', () => {
  let bot: TestAssistant;
  beforeEach(async () => {
    bot = await new TestAssistant().start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  const doneCount = async () =>
    (await bot.app.pc.activity.list(new Date(Date.now() - 60_000), new Date(Date.now() + 60_000))).filter(
      (r) => r.action === 'cancel-software-purchase' && r.outcome === 'done',
    ).length;

  it('answers a redelivered confirmation (same activity id) with the recorded outcome, cancelling once', async () => {
    const c = bot.conversation('ada');
    await c.say('cancel order 4711 for contoso.com');
    await c.click('I have read this');
    const confirm = sent(c.id, 'teams-redelivered-1', { value: c.findAction('Cancel order 4711').data });
    const first = await bot.post(confirm);
    const again = await bot.post(confirm);
    expect(first.replies.map((r) => r.plain).join('\n')).toMatch(/is cancelled/);
    expect(again.replies.map((r) => r.plain)).toEqual(first.replies.map((r) => r.plain));
    expect(await doneCount()).toBe(1);
  });

  it('keeps what it said, not the rendered cards, and answers a redelivery from a row kept before in the old form', async () => {
    const c = bot.conversation('ada');
    const activity = sent(c.id, 'kept-form-1', { text: 'cancel a software purchase' });
    const first = await bot.post(activity);
    expect(first.replies.map((r) => r.plain).join('\n')).toMatch(/Which customer/);
    const row = (await bot.app.kv.get(`conversation/emulator/${c.id}`)) as { value: { delivered: { id: string; slot: number }[] } };
    const slot = row.value.delivered.find((d) => d.id === activity.id)?.slot;
    const key = `delivery/emulator/${c.id}/${slot}`;
    const kept = (await bot.app.kv.get(key)) as { value: Record<string, unknown> };
    expect(Object.keys(kept.value).sort()).toEqual(['id', 'said']);
    expect(JSON.stringify(kept)).not.toMatch(/AdaptiveCard/);
    // The same activity again: the same card, rendered from what was said.
    const again = await bot.post(activity);
    expect(again.replies).toEqual(first.replies);
    // A row written before (the activities themselves) is sent as it is.
    await bot.app.kv.set(key, { value: { id: activity.id, replies: [{ type: 'message', text: 'kept before' }] } });
    expect((await bot.post(activity)).replies.map((r) => r.plain)).toEqual(['kept before']);
  });

  it('serialises turns of one conversation sent at the same time', async () => {
    const c = bot.conversation('ada');
    await c.say('cancel a purchase');
    const [a, b] = await Promise.all([c.say('contoso.com'), c.say('help')]);
    expect(`${a}\n${b}`).toMatch(/Which product of Contoso Ltd/);
  });
});

describe('two processes on one store', () => {
  it('serve one conversation whose turns alternate between them, consistently', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pca-two-'));
    const env = { STORAGE_URL: `sqlite://${join(dir, 'shared.sqlite')}` };
    const one = await new TestAssistant(env).start();
    const two = await new TestAssistant(env).start();
    try {
      const c1 = one.conversation('ada', { id: 'shared-conv' });
      const c2 = two.conversation('ada', { id: 'shared-conv' });
      expect(await c1.say('cancel a purchase')).toMatch(/Which customer/);
      expect(await c2.say('contoso.com')).toMatch(/Which product of Contoso Ltd/);
      expect(await c1.say('Windows Server 2022 Standard')).toMatch(/Which order/);
      expect(await c2.say('4712')).toMatch(/Order 4712 can be cancelled/);
      // The same confirmation sent to both at once: one cancellation, one polite refusal.
      await c1.say('1');
      const confirmData = c1.findAction('Cancel order 4712').data;
      const [r1, r2] = await Promise.all([c1.submit(confirmData), c2.submit(confirmData)]);
      expect([r1, r2].filter((t) => /is cancelled/.test(t))).toHaveLength(1);
      expect([r1, r2].filter((t) => /already been answered/.test(t))).toHaveLength(1);
      const log = await one.app.pc.activity.list(new Date(Date.now() - 60_000), new Date(Date.now() + 60_000));
      expect(log.filter((r) => r.subject === '4712' && r.outcome === 'done')).toHaveLength(1);
    } finally {
      await one.app.close();
      await two.stop();
    }
  });
});
