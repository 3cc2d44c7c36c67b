import { InProcessAssistant } from '../support/driver';

const PROJECT = 'a0c1e2d3-0002-4b5c-8d6e-7f8091a2b302';

/** New subscription: the order in progress and the trials it holds (walk 2026-11, M-8 and minor 8). */
describe('new subscription: nothing in the order is lost or replaced silently', () => {
  let bot: InProcessAssistant;
  beforeEach(async () => {
    bot = await new InProcessAssistant().start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('"Reactivate it" in an order with products reactivates in place and keeps the order', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    await c.say('new monthly subscription for contoso.com');
    await c.say('Power BI Pro');
    expect(await c.say('4')).toMatch(/Added to the order: 4 licenses of Power BI Pro/);
    const offer = await c.say('Project Plan 3');
    expect(offer).toMatch(/Reactivate it instead\?/);
    expect(offer).toMatch(/The product already in your order stays there, and the order goes on/);
    expect(offer).toMatch(/Subscription: Project Plan 3 \(a0c1e2d3-0002/);
    const back = await c.say('1');
    expect(back).toMatch(/Project Plan 3 is active again\. Your order goes on with the product already in it\./);
    expect(back).not.toMatch(/What would you like to do\?/);
    expect((await bot.app.pc.csp.subscription(PROJECT))?.status).toBe('active');
    const summary = await c.say('review');
    expect(summary).toMatch(/Power BI Pro/);
    expect(summary).toMatch(/4 licenses/);
  });

  it('with an empty order, goes to the reactivation as before', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    await c.say('new monthly subscription for contoso.com');
    await c.say('Project Plan 3');
    expect(await c.say('1')).toMatch(/Let's go: Manage a subscription/);
  });

  it('says when a paid product takes the place of its trial in the order, and the reverse', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    await c.say('new monthly subscription for contoso.com');
    expect(await c.say('Power BI Pro free trial')).toMatch(/Added to the order: the free trial of Power BI Pro/);
    await c.say('Power BI Pro');
    const added = await c.say('4');
    expect(added).toMatch(/The free trial of Power BI Pro is taken out of the order: the paid subscription takes its place\./);
    expect(added).toMatch(/Added to the order: 4 licenses of Power BI Pro/);
    expect(await c.say('Power BI Pro free trial')).toMatch(
      /The 4 paid licenses of Power BI Pro are taken out of the order: the free trial takes their place\./,
    );
  });
});
