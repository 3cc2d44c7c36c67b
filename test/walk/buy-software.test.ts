import { InProcessAssistant } from '../support/driver';

/** Buying software: what the summary and the receipt say about cancelling and keys (walk 2026-11, M-2, minor 20). */
describe('buy software: what the order promises', () => {
  let bot: InProcessAssistant;
  beforeAll(async () => {
    bot = await new InProcessAssistant().start();
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('says before and after a SUSE plan is bought that it can never be cancelled and has no keys', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    await c.say('buy software for contoso.com');
    await c.say('SUSE Linux Enterprise Server software plan (Azure)');
    const summary = await c.say('2');
    expect(summary).toMatch(/Place this order\?/);
    expect(summary).toMatch(/SUSE software plans in Azure can never be cancelled or exchanged: once placed, this order is final/);
    expect(summary).toMatch(/there are no product keys or downloads/);
    expect(summary).not.toMatch(/can be cancelled (up to|within)/);
    const done = (await c.say('Place the order')).split('What would you like to do?')[0];
    expect(done).toMatch(/Order \d+ placed: SUSE Linux Enterprise Server software plan \(Azure\)/);
    expect(done).toMatch(/This SUSE plan can never be cancelled or exchanged/);
    expect(done).not.toMatch(/keys and downloads/);
    expect(done).not.toMatch(/it can be cancelled/);
  });

  it('says the window of each software: 60 days, and 7 days for new-commerce software', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    await c.say('buy software for contoso.com');
    await c.say('Windows Server 2022 Standard');
    expect(await c.say('3')).toMatch(/It can be cancelled up to 60 days after the purchase\./);
    const done = await c.say('Place the order');
    expect(done).toMatch(/ask me for "keys and downloads"/);
    const order = /Order (\d+) placed/.exec(done)![1];
    expect(done).toMatch(new RegExp(`it can be cancelled up to 60 days after the purchase: ask me to "cancel order ${order}"`));

    const p = bot.conversation('ada', { channelId: 'slack' });
    await p.say('buy software for contoso.com');
    await p.say('Project Professional');
    expect(await p.say('1')).toMatch(/It can be cancelled up to 7 days after the purchase\./);
  });

  it('sells software on behalf of commercial customers only, as the seed says', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    const reply = await c.say('buy software for lakesideschools.edu');
    expect(reply).toMatch(
      /Software can't be bought for Lakeside School District: Partner Center sells software and Azure reservations on behalf of commercial customers only, and this is an education customer/,
    );
    expect(reply).toMatch(/For which customer are you buying\?/);
    expect(await c.say('redmond.gov')).toMatch(/this is a government customer/);
    const refused = await bot.app.pc.softwareSales.placeOrder(
      { customerId: 'city-of-redmond', itemId: 'windows-server-2022-std', quantity: 1 },
      { userId: 'ada', idempotencyKey: 'walk-gov' },
    );
    expect(refused).toEqual({ status: 'refused', reason: { code: 'customer-type', type: 'government' } });
  });
});
