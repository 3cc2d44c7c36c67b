import { InProcessAssistant } from '../support/driver';

const SUSPENDED = 'a0c1e2d3-0002-4b5c-8d6e-7f8091a2b302';
const STANDARD = 'a0c1e2d3-0003-4b5c-8d6e-7f8091a2b303';
const EXO = 'a0c1e2d3-0004-4b5c-8d6e-7f8091a2b304';
const ARCHIVING = 'a0c1e2d3-0005-4b5c-8d6e-7f8091a2b305';

describe('manage a subscription (B2)', () => {
  let bot: InProcessAssistant;
  beforeEach(async () => {
    bot = await new InProcessAssistant().start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('adds add-on licenses, by typing alone', async () => {
    const c = bot.conversation('sam', { channelId: 'slack' });
    const subs = await c.say('manage a subscription for contoso.com');
    expect(subs).toMatch(/Which subscription of Contoso Ltd\?/);
    expect(subs).toMatch(/Project Plan 3 \(5 licenses, monthly, suspended\)/);
    expect(subs).toMatch(/Exchange Online Archiving \(add-on\) \(10 licenses, monthly, active, add-on of Exchange Online \(Plan 1\)\)/);
    const actions = await c.say('Microsoft 365 Business Standard');
    expect(actions).toMatch(/What do you want to do with Microsoft 365 Business Standard\?/);
    expect(actions).toMatch(/1\. Add add-on licenses/);
    expect(await c.say('add-on')).toMatch(/Which add-on for Microsoft 365 Business Standard\?/);
    expect(await c.say('teams premium')).toMatch(
      /How many licenses of Microsoft Teams Premium \(add-on\) for Microsoft 365 Business Standard\?/,
    );
    expect(await c.say('21')).toMatch(
      /Microsoft Teams Premium \(add-on\) cannot have more licenses than the subscription it belongs to: 20 at most/,
    );
    const confirm = await c.say('20');
    expect(confirm).toMatch(/Add this add-on to Microsoft 365 Business Standard\?/);
    expect(confirm).toMatch(/Price: €200\.00 per month/);
    expect(await c.say('1')).toMatch(/Microsoft Teams Premium \(add-on\) is added to Microsoft 365 Business Standard with 20 licenses/);
    const all = await bot.app.pc.csp.subscriptions('contoso');
    expect(all.find((s) => s.offerId === 'teams-premium')).toMatchObject({ parentId: STANDARD, quantity: 20, status: 'active' });
  });

  it('changes the number of licenses within min and max, with cards', async () => {
    const c = bot.conversation('ada');
    await c.join();
    await c.click('Manage a subscription');
    await c.fill({ answer: 'Contoso Ltd' });
    await c.click('Microsoft 365 Business Standard');
    expect(await c.click('Change the number of licenses')).toMatch(
      /How many licenses of Microsoft 365 Business Standard from now on \(now 20\)\?/,
    );
    expect(await c.fill({ answer: '0' })).toMatch(/takes from 1 to 300 licenses/);
    expect(await c.fill({ answer: '20' })).toMatch(/already has 20 licenses/);
    const confirm = await c.fill({ answer: '25' });
    expect(confirm).toMatch(/Licenses: 20 → 25/);
    expect(confirm).toMatch(/New price: €375\.00 per month/);
    expect(await c.click('Change to 25 licenses')).toMatch(/Microsoft 365 Business Standard now has 25 licenses/);
    expect((await bot.app.pc.csp.subscription(STANDARD))?.quantity).toBe(25);
  });

  it('suspends a subscription with its add-ons, from one sentence', async () => {
    const c = bot.conversation('gus');
    expect(await c.say('suspend a subscription of contoso.com')).toMatch(/Which subscription of Contoso Ltd\?/);
    const confirm = await c.say(EXO);
    expect(confirm).toMatch(/Suspend Exchange Online \(Plan 1\)\?/);
    expect(confirm).toMatch(/Its add-ons are suspended with it: Exchange Online Archiving \(add-on\)/);
    const done = await c.say('1');
    expect(done).toMatch(/Exchange Online \(Plan 1\) is suspended/);
    expect(done).toMatch(/Suspended with it: Exchange Online Archiving/);
    expect((await bot.app.pc.csp.subscription(EXO))?.status).toBe('suspended');
    expect((await bot.app.pc.csp.subscription(ARCHIVING))?.status).toBe('suspended');
  });

  it('goes from a suspended product in the catalog straight to its reactivation', async () => {
    const c = bot.conversation('ada');
    await c.say('new subscription for contoso.com');
    await c.say('monthly');
    const why = await c.say('Project Plan 3');
    expect(why).toMatch(/Contoso Ltd's subscription to Project Plan 3 is suspended: reactivate it instead of buying a new one/);
    expect(why).toMatch(/Reactivate it instead\?/);
    const confirm = await c.say('1');
    expect(confirm).toMatch(/Let's go: Manage a subscription/);
    expect(confirm).toMatch(/Reactivate Project Plan 3\?/);
    expect(await c.say('1')).toMatch(/Project Plan 3 is active again/);
    expect((await bot.app.pc.csp.subscription(SUSPENDED))?.status).toBe('active');
  });

  it('offers only reactivation for a suspended subscription, and says why', async () => {
    const c = bot.conversation('ada');
    await c.say('manage a subscription for contoso.com');
    const actions = await c.say('Project Plan 3');
    expect(actions).toMatch(/1\. Reactivate\n2\. Another subscription/);
    expect(await c.say('suspend')).toMatch(/Project Plan 3 is already suspended/);
  });

  it('says why when someone else changed the subscription meanwhile, and offers what can be done now', async () => {
    const first = bot.conversation('ada');
    const second = bot.conversation('gus');
    for (const c of [first, second]) {
      await c.say('suspend a subscription of contoso.com');
      expect(await c.say('Microsoft 365 Business Standard')).toMatch(/Suspend Microsoft 365 Business Standard\?/);
    }
    expect(await first.say('yes')).toMatch(/is suspended/);
    const late = await second.say('yes');
    expect(late).toMatch(/Microsoft 365 Business Standard is suspended: reactivate it first/);
    expect(late).toMatch(/What do you want to do with Microsoft 365 Business Standard\?[\s\S]*1\. Reactivate/);
    const log = await bot.app.pc.activity.list(new Date(Date.now() - 60_000), new Date(Date.now() + 60_000));
    expect(
      log
        .filter((r) => r.action === 'suspend-subscription')
        .map((r) => r.outcome)
        .sort(),
    ).toEqual(['done', 'refused']);
  });

  it('refuses a user without a subscriptions role, and one whose role was removed', async () => {
    expect(await bot.conversation('hana').say('manage a subscription for contoso.com')).toMatch(
      /Admin agent, Sales agent, or Global admin/,
    );
    const c = bot.conversation('sam');
    await c.say('suspend a subscription of contoso.com');
    await c.say('Microsoft 365 Business Standard');
    await bot.app.pc.directory.setRoles('sam', ['Referral admin']);
    expect(await c.say('1')).toMatch(/you no longer hold a role that allows this/);
    expect((await bot.app.pc.csp.subscription(STANDARD))?.status).toBe('active');
  });
});
