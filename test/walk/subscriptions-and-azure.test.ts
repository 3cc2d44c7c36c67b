import { withAddOnsUnderParents } from '../../dialogs/procedures/customer-subscriptions';
import { InProcessAssistant } from '../support/driver';

const STANDARD = 'a0c1e2d3-0003-4b5c-8d6e-7f8091a2b303';
const EXO = 'a0c1e2d3-0004-4b5c-8d6e-7f8091a2b304';

/** A customer's subscriptions and Azure management (walk 2026-11, minor 17 and M-11). */
describe("a customer's subscriptions, and Azure management without an Azure subscription", () => {
  let bot: InProcessAssistant;
  beforeAll(async () => {
    bot = await new InProcessAssistant().start();
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('lists Azure subscriptions: a customer with an Azure plan has subscriptions', async () => {
    const list = await bot.conversation('sam', { channelId: 'slack' }).say('show subscriptions of northwindtraders.com');
    expect(list).not.toMatch(/has no subscriptions yet/);
    expect(list).toMatch(/Northwind Traders has 1 subscription:/);
    expect(list).toMatch(/Northwind Azure plan: Azure subscription \(Azure plan\); subscription ID b1d2e3f4-0003-4a5b-9c6d-7e8f9a0b1c03/);
  });

  it('shows each subscription ID, and each add-on right under its parent', async () => {
    await bot.app.pc.csp.addAddOn(STANDARD, 'defender-office-p1', 5, { userId: 'sam', idempotencyKey: 'walk-defender' });
    const list = await bot.conversation('sam', { channelId: 'slack' }).say('show subscriptions of contoso.com');
    expect(list).toMatch(new RegExp(`Exchange Online \\(Plan 1\\): 10 licenses, monthly, active; subscription ID ${EXO}`));
    const lines = list.split('\n');
    const standard = lines.findIndex((l) => l.startsWith('- Microsoft 365 Business Standard:'));
    expect(lines[standard + 1]).toMatch(
      /^- ↳ Microsoft Defender for Office 365 \(Plan 1\) \(add-on\): 5 licenses, monthly, active, add-on of Microsoft 365 Business Standard; subscription ID /,
    );
    const exchange = lines.findIndex((l) => l.startsWith('- Exchange Online (Plan 1):'));
    expect(lines[exchange + 1]).toMatch(/^- ↳ Exchange Online Archiving \(add-on\)/);
    expect(list).toMatch(/Contoso Production: Azure subscription/);
  });

  it('orders add-ons under their parents, and keeps an add-on whose parent is not listed', () => {
    const sub = (id: string, parentId?: string) => ({
      id,
      customerId: 'c',
      offerId: id,
      quantity: 1,
      status: 'active' as const,
      trial: false,
      orderId: 'o',
      createdAt: '2026-01-01T00:00:00Z',
      ...(parentId ? { parentId } : {}),
    });
    expect(withAddOnsUnderParents([sub('a'), sub('x', 'b'), sub('b'), sub('y', 'a'), sub('z', 'gone')]).map((s) => s.id)).toEqual([
      'a',
      'y',
      'b',
      'x',
      'z',
    ]);
  });

  it('with delegated privileges and no Azure subscription, says how one is made, not "New subscription"', async () => {
    const reply = (
      await bot.conversation('ada', { channelId: 'slack' }).say('let lakesideschools.edu manage their azure subscription')
    ).split('What would you like to do?')[0];
    expect(reply).toMatch(/Lakeside School District has no Azure subscription yet/);
    expect(reply).not.toMatch(/New subscription for a customer/);
    expect(reply).toMatch(/an Azure subscription is created on the customer's Azure plan/);
    expect(reply).toMatch(/Customers > Lakeside School District > Add products > Azure plan/);
  });
});
