import type { SoftwarePurchase } from '../../domain/model';
import type { SandboxPartnerCenter } from '../../domain/sandbox/sandbox';
import { InProcessAssistant } from '../support/driver';

/** An order of the same product as `like`, bought `minutesAgo`, in the sandbox's lists (all orders, per product). */
async function addOrder(pc: SandboxPartnerCenter, like: SoftwarePurchase, orderId: string, minutesAgo: number): Promise<void> {
  await pc.store.set(`purchase:${orderId}`, { ...like, orderId, purchasedAt: new Date(Date.now() - minutesAgo * 60_000).toISOString() });
  await pc.store.addToIndex(`purchases:${like.customerId}`, orderId);
  await pc.store.addToIndex(`purchases:${like.customerId}:${like.productId}`, orderId);
}

describe('cancel a software purchase', () => {
  let bot: InProcessAssistant;
  beforeEach(async () => {
    bot = await new InProcessAssistant().start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('greets with the menu, as a card and as text', async () => {
    const c = bot.conversation('ada');
    const reply = await c.join();
    expect(reply).toMatch(/Partner Center Assistant/);
    expect(reply).toMatch(/\d+\. Cancel a software purchase/);
    expect(await c.click(/^Cancel a software purchase/)).toMatch(/Which customer bought the software\?/);
  });

  it('completes a cancellation with cards, and says what happens next', async () => {
    const c = bot.conversation('ada');
    await c.join();
    expect(await c.click('Cancel a software purchase')).toMatch(/Which customer/);
    expect(await c.fill({ answer: 'Contoso' })).toMatch(/Several customers match "Contoso"/);
    expect(await c.click('Contoso Ltd')).toMatch(/Which product of Contoso Ltd/);
    expect(await c.click('Office LTSC Professional Plus 2024')).toMatch(/Which order/);
    const notice = await c.click('Order 4711');
    expect(notice).toMatch(/Order 4711 can be cancelled: 50 days left/);
    expect(notice).toMatch(/keys and download links .* revoked/);
    expect(notice).toMatch(/100% credit of €2,400\.00/);
    const summary = await c.click('I have read this');
    expect(summary).toMatch(/Order ID: 4711/);
    const done = await c.click('Cancel order 4711');
    expect(done).toMatch(/Order 4711 \(Office LTSC Professional Plus 2024\) is cancelled/);
    expect(done).toMatch(/up to 15 minutes/);
    expect(done).toMatch(/Revoked: 1 key/);
    expect((await bot.app.pc.software.purchase('4711'))?.status).toBe('cancelled');
  });

  it('completes a cancellation by typing alone, from one sentence', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    const first = await c.say('cancel order 4712 for contoso.com');
    expect(first).toMatch(/Order 4712 can be cancelled: 1 day left/);
    expect(c.last.every((r) => !r.card)).toBe(true);
    expect(await c.say('1')).toMatch(/Cancel this purchase\?/);
    expect(await c.say('1')).toMatch(/Order 4712 .* is cancelled/);
  });

  it('refuses an order past the window, and a SUSE plan, with the reason', async () => {
    const c = bot.conversation('ada');
    expect(await c.say('cancel order 4714 for Contoso Ltd')).toMatch(/Order 4714 is past its 60-day cancellation window, which closed on/);
    // "Choose another order": Office's other order (4711) rather than the product list.
    expect(await c.say('1')).toMatch(/Which order of Office LTSC Professional Plus 2024\?/);
    expect(await c.say('4716')).toMatch(/SUSE software plan in Azure: SUSE and Red Hat plans can never be cancelled/);
    expect(await c.say('1')).toMatch(/Which product/);
    expect(await c.say('4717')).toMatch(/Red Hat software plan/);
    expect((await bot.app.pc.software.purchase('4716'))?.status).toBe('active');
  });

  it('applies the 7-day window of a new-commerce subscription, and the support request path', async () => {
    const c = bot.conversation('ada');
    expect(await c.say('cancel order 4718 for contoso.com')).toMatch(/2 days left/);
    const other = bot.conversation('ada');
    expect(await other.say('cancel order 4719 for northwind')).toMatch(/Partner Center needs more information to cancel order 4719/);
  });

  it('refuses a user without the Admin agent role, naming the role', async () => {
    const c = bot.conversation('sam');
    expect(await c.say('cancel a software purchase')).toMatch(/needs the Partner Center role Admin agent\. Your role: Sales agent/);
  });

  it('refuses at the confirmation a user whose role was removed mid-procedure', async () => {
    const c = bot.conversation('ada');
    await c.say('cancel order 4711 for contoso.com');
    await c.say('1');
    await bot.app.pc.directory.setRoles('ada', ['Sales agent']);
    expect(await c.say('1')).toMatch(/you no longer hold a role that allows this \(Admin agent\)/);
    expect((await bot.app.pc.software.purchase('4711'))?.status).toBe('active');
  });

  it('loses nothing across a server restart mid-procedure', async () => {
    const c = bot.conversation('ada');
    await c.say('cancel a purchase');
    await c.say('contoso.com');
    await c.say('Windows Server 2022 Standard');
    await bot.restart();
    expect(await c.say('4712')).toMatch(/Order 4712 can be cancelled/);
    await bot.restart();
    expect(await c.say('1')).toMatch(/Cancel this purchase\?/);
    expect(await c.say('1')).toMatch(/Order 4712 .* is cancelled/);
  });

  it('cancels once when the confirmation is submitted twice, and answers the old card politely', async () => {
    const c = bot.conversation('ada');
    await c.say('cancel order 4711 for contoso.com');
    await c.click('I have read this');
    const confirm = c.findAction('Cancel order 4711');
    const [a, b] = await Promise.all([c.submit(confirm.data), c.submit(confirm.data)]);
    const texts = [a, b];
    expect(texts.filter((t) => /is cancelled/.test(t))).toHaveLength(1);
    expect(texts.filter((t) => /already been answered/.test(t))).toHaveLength(1);
    const log = await bot.app.pc.activity.list(new Date(Date.now() - 60_000), new Date(Date.now() + 60_000));
    expect(log.filter((r) => r.action === 'cancel-software-purchase' && r.outcome === 'done')).toHaveLength(1);
  });

  it('answers a stale card politely and changes nothing', async () => {
    const c = bot.conversation('ada');
    await c.say('cancel order 4711 for contoso.com');
    const oldAck = c.findAction('Choose another order');
    await c.click('I have read this');
    expect(await c.submit(oldAck.data)).toMatch(/already been answered/);
    expect(c.text()).toMatch(/Cancel this purchase\?/);
  });

  it('answers help and cancel at any step', async () => {
    const c = bot.conversation('ada');
    await c.say('cancel a purchase');
    expect(await c.say('help')).toMatch(/tenant ID/);
    expect(await c.say('cancel')).toMatch(/Stop "Cancel a software purchase"\?/);
    expect(await c.say('no')).toMatch(/continue/);
    expect(c.text()).toMatch(/Which customer/);
    await c.say('cancel');
    expect(await c.say('yes')).toMatch(/Stopped\. Nothing was changed/);
  });

  it('says clearly when no customer matches, and keeps asking', async () => {
    const c = bot.conversation('ada');
    await c.say('cancel a purchase');
    expect(await c.say('zzz unknown')).toMatch(/No customer matches "zzz unknown"/);
    expect(await c.say('6b1e4c1a-2f0d-4c53-9a37-0d5b8e6f1a01')).toMatch(/Which product of Contoso Ltd/);
  });

  it('shows the most recent orders of a long history, and finds an older one by its typed ID', async () => {
    const pc = bot.app.pc;
    const office = (await pc.software.purchase('4711'))!;
    // 25 more orders of the same product, each newer than 4711 (9025 the oldest of them), listed as the sandbox lists them.
    for (let i = 25; i >= 1; i--) await addOrder(pc, office, String(9000 + i), i);
    const c = bot.conversation('ada', { channelId: 'slack' });
    await c.say('cancel a software purchase');
    expect(await c.say('contoso.com')).toMatch(/Office LTSC Professional Plus 2024.*27 orders/);
    const list = await c.say('Office LTSC Professional Plus 2024');
    expect(list).toMatch(/The 10 most recent of 27 orders: type the order ID of an older one/);
    expect(list).toMatch(/Order 9001/);
    expect(list).toMatch(/Order 9010/);
    expect(list).not.toMatch(/Order 9011/);
    expect(list).not.toMatch(/Order 4711/);
    // Not one of Contoso's orders (Northwind's), and no order at all: said, and the list stays.
    expect(await c.say('4719')).toMatch(/None of .* matches "4719"/);
    expect(await c.say('123456')).toMatch(/None of .* matches "123456"/);
    expect(await c.say('4711')).toMatch(/Order 4711 can be cancelled/);
    // The run's record keeps the orders shown (per product), not the whole history.
    const saved = bot.saved(c) as unknown as { run: { snapshot: { context: { orders: { productId: string }[] } } } };
    const kept = saved.run.snapshot.context.orders.filter((o) => o.productId === office.productId);
    // The 10 shown and 4711, typed.
    expect(kept).toHaveLength(11);
  });

  it('finds an order named in the first sentence however long the history', async () => {
    const pc = bot.app.pc;
    const office = (await pc.software.purchase('4711'))!;
    for (let i = 15; i >= 1; i--) await addOrder(pc, office, String(9100 + i), i);
    const c = bot.conversation('ada', { channelId: 'slack' });
    expect(await c.say('cancel order 4711 for contoso.com')).toMatch(/Order 4711 can be cancelled/);
    expect(await c.say('1')).toMatch(/Cancel this purchase\?/);
    expect(await c.say('1')).toMatch(/Order 4711 .* is cancelled/);
  });

  it('lists an order placed in the sandbox with its product, and cancels it by the ID named in the first sentence', async () => {
    const placed = await bot.app.pc.softwareSales.placeOrder(
      { customerId: 'contoso', itemId: 'office-ltsc-2024', quantity: 1 },
      { userId: 'ada', idempotencyKey: 'test-place-1' },
    );
    if (placed.status !== 'placed') throw new Error(`not placed: ${JSON.stringify(placed)}`);
    const c = bot.conversation('ada', { channelId: 'slack' });
    await c.say('cancel a software purchase');
    const products = await c.say('contoso.com');
    expect(products).toMatch(/Office LTSC Professional Plus 2024.*3 orders/);
    expect(await c.say('Office LTSC Professional Plus 2024')).toMatch(new RegExp(`Order ${placed.orderId}`));
    const other = bot.conversation('ada', { channelId: 'slack' });
    expect(await other.say(`cancel order ${placed.orderId} for contoso.com`)).toMatch(
      new RegExp(`Order ${placed.orderId} can be cancelled`),
    );
  });
});
