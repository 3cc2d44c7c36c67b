import { ManualClock } from '../../domain/clock';
import { InProcessAssistant } from '../support/driver';

const HOUR = 3_600_000;

describe('ISV licensing from a new offer to assigned licenses', () => {
  let bot: InProcessAssistant;
  let clock: ManualClock;
  beforeEach(async () => {
    clock = new ManualClock(new Date('2026-11-22T08:00:00Z'));
    bot = await new InProcessAssistant(clock).start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('takes an offer from nothing to live, registers a deal, invites the customer and manages licenses', async () => {
    // Each stage speaks on its own channel: the assistant paces one person's messages per channel.
    let c = bot.conversation('gus', { channelId: 'stage-offer' });
    // A1: create the offer with cards.
    await c.join();
    expect(await c.click('Create a marketplace offer (ISV)')).toMatch(/What Offer ID do you want\?/);
    expect(await c.fill({ answer: 'fleet-tracker' })).toMatch(/contosoisv\.fleet-tracker/);
    expect(await c.fill({ answer: 'Fleet Tracker' })).toMatch(/How is the offer licensed\?/);
    expect(await c.click('License management through Microsoft')).toMatch(/install the app even if no license/);
    expect(await c.click('Yes, allow installation without a license')).toMatch(/Create this offer\?/);
    expect(await c.click('Create the offer')).toMatch(/Offer "fleet-tracker" is created/);

    // A2: two plans, one saved as draft first, then published; the Service IDs together.
    expect(await c.say('create plans for fleet-tracker')).toMatch(/This offer has no plans yet/);
    expect(await c.click('Add a plan')).toMatch(/Plan ID of the new plan\?/);
    expect(await c.fill({ planId: 'basic', name: 'Basic', description: 'Tracking of up to 50 vehicles.' })).toMatch(/Save plan "basic"\?/);
    expect(c.text()).toMatch(/Service ID: contosoisv\.fleet-tracker\.basic/);
    expect(await c.click('Save draft')).toMatch(/Plan "basic" is saved as a draft\. Service ID: contosoisv\.fleet-tracker\.basic/);
    await c.click('Add a plan');
    expect(await c.fill({ planId: 'basic', name: 'Pro', description: 'Unlimited vehicles and routes.' })).toMatch(
      /"basic" can't be used as Plan ID: this offer already has a plan with this ID/,
    );
    // The name and description given with the refused Plan ID are kept.
    const kept = await c.say('fleet_pro');
    expect(kept).toMatch(/Save plan "fleet_pro"\?/);
    expect(kept).toMatch(/Plan name: Pro/);
    expect(await c.click('Review and publish')).toMatch(/Plan "fleet_pro" is published/);
    // A draft plan is published after its own summary.
    expect(await c.click('Publish draft plan basic')).toMatch(/Publish plan "basic"\?/);
    expect(await c.click('Review and publish')).toMatch(/Plan "basic" is published/);
    const ids = await c.click('Show the Service IDs');
    expect(ids).toMatch(/contosoisv\.fleet-tracker\.basic\ncontosoisv\.fleet-tracker\.fleet_pro/);

    c = bot.conversation('gus', { channelId: 'stage-publish' });
    // A3/A4: guidance, package URL, review: Preview.
    expect(await c.say('publish fleet-tracker')).toMatch(/must carry the Service ID of each plan/);
    expect(await c.click('The package carries them')).toMatch(/Where is the package stored\?/);
    expect(await c.fill({ answer: 'http://packages.example.com/fleet.zip' })).toMatch(/must use https/);
    expect(await c.fill({ answer: 'https://packages.example.com/fleet.zip' })).toMatch(/Base license model: User/);
    expect(await c.click('Review and publish')).toMatch(/Offer "fleet-tracker" passed review: it is in Preview/);

    // A5: go live, the window, live 4 hours later on the sandbox clock.
    const confirm = await c.say('go live fleet-tracker');
    expect(confirm).toMatch(/between Nov 22, 2026, 12:00 PM UTC and Nov 22, 2026, 2:00 PM UTC/);
    const live = await c.click('Go live');
    expect(live).toMatch(/Offer "fleet-tracker" is going live/);
    expect(live).toMatch(/The AppSource listing shows: Get It Now and Contact Me/);
    expect(live).toMatch(/Power Platform admin center/);
    expect((await bot.app.pc.isv.offer('fleet-tracker'))?.status).toBe('going-live');
    clock.advance(4 * HOUR - 1000);
    expect((await bot.app.pc.isv.offer('fleet-tracker'))?.status).toBe('going-live');
    clock.advance(1000);
    expect((await bot.app.pc.isv.offer('fleet-tracker'))?.status).toBe('live');
    expect(await c.say('isv status')).toMatch(/Offer fleet-tracker \(Fleet Tracker\): Live/);
    expect(await c.click('Offer fleet-tracker')).toMatch(/basic — Basic \(published\): contosoisv\.fleet-tracker\.basic/);
    await c.click('Done');

    c = bot.conversation('gus', { channelId: 'stage-deal' });
    // A6: register the deal.
    expect(await c.say('register a deal')).toMatch(/Which customer is the sale for\?/);
    expect(await c.fill({ customerName: 'Adatum Corporation', value: '18000', closeDate: '2026-12-31' })).toMatch(/For which offer\?/);
    const summary = await c.click('Fleet Tracker');
    expect(summary).toMatch(/Register this deal\?/);
    expect(summary).toMatch(/Deal value \(USD\): \$18,000\.00/);
    expect(await c.click('Register the deal')).toMatch(/Deal D-2001 for Adatum Corporation is registered/);

    // A7: invite the new customer; the consent link.
    expect(await c.say('invite the customer of D-2001')).toMatch(/Which customer is deal D-2001 \(Adatum Corporation\) for\?/);
    expect(await c.click('Invite a new customer to consent')).toMatch(/What is the domain of Adatum Corporation\?/);
    expect(await c.fill({ answer: 'adatum.com' })).toMatch(/Invite Adatum Corporation to consent\?/);
    const invited = await c.click('Create the consent link');
    expect(invited).toMatch(/The relationship is pending/);
    const token = /\/sandbox\/consent\/([\w-]+)/.exec(invited)![1];

    // A8 before consent: refused.
    expect(await c.say('manage licenses of D-2001')).toMatch(/has not accepted the relationship yet/);
    await c.click('Stop here');

    c = bot.conversation('gus', { channelId: 'stage-licenses' });
    // The customer accepts; licenses: add two plans, change one, remove one, one Update each time.
    expect((await bot.app.pc.isv.acceptConsent(token))?.status).toBe('active');
    expect(await c.say('manage licenses of D-2001')).toMatch(/No licenses yet/);
    expect(await c.click('Add a plan')).toMatch(/Which plan of the offer\?/);
    expect(await c.click('Basic')).toMatch(/How many licenses of Basic \(basic\)\?/);
    expect(await c.fill({ answer: '0' })).toMatch(/At least 1 license/);
    expect(await c.fill({ answer: '20' })).toMatch(/Basic \(basic\): 20 licenses/);
    await c.click('Add a plan');
    await c.click('Pro');
    expect(await c.fill({ answer: '5' })).toMatch(/2 changes not saved yet/);
    const sum = await c.click('Update licenses');
    expect(sum).toMatch(/basic: add 20 licenses\nfleet_pro: add 5 licenses/);
    expect(await c.click('Update licenses')).toMatch(/admin\.microsoft\.com/);
    expect(await bot.app.pc.isv.licenses('D-2001')).toEqual({ basic: 20, fleet_pro: 5 });

    await c.say('manage licenses of D-2001');
    expect(await c.click('Change the number for basic')).toMatch(/How many licenses of Basic/);
    await c.fill({ answer: '30' });
    await c.click('Remove the licenses of fleet_pro');
    const sum2 = await c.click('Update licenses');
    expect(sum2).toMatch(/basic: from 20 to 30 licenses/);
    expect(sum2).toMatch(/fleet_pro: remove its 5 licenses/);
    await c.click('Update licenses');
    expect(await bot.app.pc.isv.licenses('D-2001')).toEqual({ basic: 30 });

    const log = await bot.app.pc.activity.list(new Date(clock.now().getTime() - 24 * HOUR), clock.now());
    expect(log.filter((r) => r.action === 'isv-update-licenses' && r.outcome === 'done')).toHaveLength(2);
    expect(log.find((r) => r.action === 'isv-create-offer')).toMatchObject({ userId: 'gus', subject: 'fleet-tracker', outcome: 'done' });
  });
});
