import { InProcessAssistant } from '../support/driver';

/** Paths the other scripts do not take: changing a value at a summary, picking a customer who already consented. */
describe('ISV procedures: changing answers and existing relationships', () => {
  let bot: InProcessAssistant;
  beforeEach(async () => {
    bot = await new InProcessAssistant().start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('changes the Offer ID, alias and licensing at the summary, keeping the rest', async () => {
    const c = bot.conversation('gus', { channelId: 'slack' });
    await c.say('create offer first-id');
    await c.say('First alias');
    await c.say('free trial');
    expect(c.text()).toMatch(/Licensing: No license management: Free trial/);
    expect(await c.say('2')).toMatch(/What Offer ID do you want\?/);
    const summary = await c.say('second-id');
    expect(summary).toMatch(/Offer ID: second-id/);
    expect(summary).toMatch(/Offer alias: First alias/);
    expect(await c.say('3')).toMatch(/What alias/);
    expect(await c.say('Second alias')).toMatch(/Offer alias: Second alias/);
    expect(await c.say('4')).toMatch(/How is the offer licensed\?/);
    await c.say('license management');
    expect(await c.say('yes')).toMatch(/Licensing: License management through Microsoft, and customers may install without a license/);
    await c.say('create');
    expect(await bot.app.pc.isv.offer('second-id')).toMatchObject({
      alias: 'Second alias',
      licensing: { mode: 'license-management', freeInstall: true },
    });
    expect(await bot.app.pc.isv.offer('first-id')).toBeUndefined();
  });

  it('links a new deal to a customer who already consented, so licenses can be assigned at once', async () => {
    const c = bot.conversation('gus', { channelId: 'slack' });
    await c.say('register a deal for Fabrikam Pty');
    await c.say('5000');
    expect(await c.say('2031-01-01')).toMatch(/Register this deal\?/);
    expect(await c.say('3')).toMatch(/What is the deal value/);
    expect(await c.say('6000')).toMatch(/Deal value \(USD\): \$6,000\.00/);
    expect(await c.say('yes')).toMatch(/Deal D-2001 for Fabrikam Pty is registered/);

    expect(await c.say('invite the customer of D-2001')).toMatch(/1\. Fabrikam Pty \(fabrikam\.com\.au, relationship accepted\)/);
    expect(await c.say('1')).toMatch(/Use Fabrikam Pty for deal D-2001\?/);
    expect(await c.say('yes')).toMatch(/Deal D-2001 is for Fabrikam Pty, who has accepted the relationship/);
    expect(await c.say('manage licenses of D-2001')).toMatch(/No licenses yet/);
    expect((await bot.app.pc.isv.deal('D-2001'))?.relationshipId).toBe('fabrikam.com.au');
  });

  it('shows where the consent stands when the deal already has its customer', async () => {
    const c = bot.conversation('gus');
    expect(await c.say('invite the customer of D-1001')).toMatch(/Deal D-1001 is for Fabrikam Pty, who has accepted the relationship/);
  });
});
