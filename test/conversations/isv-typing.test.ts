import { ManualClock } from '../../domain/clock';
import { InProcessAssistant } from '../support/driver';

/** Every ISV procedure completed by typing alone, on a channel without cards. */
describe('ISV licensing by typing alone', () => {
  let bot: InProcessAssistant;
  let clock: ManualClock;
  beforeEach(async () => {
    clock = new ManualClock(new Date('2026-11-22T08:00:00Z'));
    bot = await new InProcessAssistant(clock).start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  // Text-only channels, one per stage: the assistant paces one person's messages per channel.
  const CHANNELS: Record<string, string> = {
    plans: 'slack',
    publish: 'telegram',
    live: 'sms',
    deal: 'slack',
    invite: 'telegram',
    fabrikam: 'sms',
    status: 'email',
  };
  const typist = (stage: string) => bot.conversation('gus', { channelId: CHANNELS[stage], id: `typing-${stage}` });

  it('creates plans, publishes and makes an offer live', async () => {
    let c = typist('plans');
    expect(await c.say('create plans for field-notes')).toMatch(/1\. Add a plan/);
    expect(c.last.every((r) => !r.card)).toBe(true);
    expect(await c.say('1')).toMatch(/Plan ID of the new plan\?/);
    expect(await c.say('Team Plan')).toMatch(/How about "team-plan"\?/);
    expect(await c.say('1')).toMatch(/Name of plan "team-plan"\?/);
    expect(await c.say('Team')).toMatch(/Description of plan "team-plan"\?/);
    expect(await c.say('Notes shared by a whole team.')).toMatch(/Save plan "team-plan"\?/);
    expect(await c.say('2')).toMatch(/Plan "team-plan" is published\. Service ID: contosoisv\.field-notes\.team-plan/);
    expect(await c.say('2')).toMatch(/Service IDs of offer "field-notes"\ncontosoisv|Copy these Service IDs/);
    expect(c.text()).toMatch(/contosoisv\.field-notes\.team-plan/);

    c = typist('publish');
    expect(await c.say('publish field-notes')).toMatch(/contosoisv\.field-notes\.team-plan/);
    expect(await c.say('1')).toMatch(/Where is the package stored\?/);
    expect(await c.say('packages.example.com/notes.zip')).toMatch(/is not a web address/);
    expect(await c.say('https://packages.example.com/notes.zip')).toMatch(/Review and publish offer "field-notes"\?/);
    expect(await c.say('1')).toMatch(/it is in Preview/);

    c = typist('live');
    expect(await c.say('go live field-notes')).toMatch(/between/);
    const live = await c.say('yes');
    expect(live).toMatch(/The AppSource listing shows: Contact Me\./);
    expect(live).toMatch(/leave their details/);
    clock.advance(4 * 3_600_000);
    expect(await c.say('isv status offer field-notes')).toMatch(/Status: Live/);
    expect(await c.say('done')).toMatch(/What next\? Type "menu"/);
  });

  it('registers a deal, invites the customer, and manages licenses', async () => {
    let c = typist('deal');
    expect(await c.say('register a deal for Contoso Pharma')).toMatch(/What is the deal value for Contoso Pharma\?/);
    expect(await c.say('a lot')).toMatch(/is not an amount/);
    expect(await c.say('12,500.50')).toMatch(/When do you expect to close the deal\?/);
    expect(await c.say('2026-11-21')).toMatch(/can't be in the past: today \(2026-11-22\) or later/);
    expect(await c.say('2026-11-22')).toMatch(/Register this deal\?/);
    expect(c.text()).toMatch(/Deal value \(USD\): \$12,500\.50/);
    expect(await c.say('yes')).toMatch(/Deal D-2001 for Contoso Pharma is registered/);

    c = typist('invite');
    expect(await c.say('invite the customer')).toMatch(/Which deal\?/);
    expect(await c.say('D-2001')).toMatch(/1\. Fabrikam Pty .*\n2\. Invite a new customer to consent/);
    expect(await c.say('contosopharma.onmicrosoft.com')).toMatch(/Invite Contoso Pharma to consent\?/);
    const link = await c.say('yes');
    expect(link).toMatch(new RegExp(`Consent link:\\n${bot.app.url.replace(/[.]/g, '\\.')}/sandbox/consent/[\\w-]+`));
    expect(link).toMatch(/billing admin or global admin/);

    c = typist('fabrikam');
    expect(await c.say('manage licenses of D-1001')).toMatch(/Standard \(standard\): 10 licenses/);
    expect(await c.say('premium 5')).toMatch(/1 change not saved yet/);
    expect(await c.say('standard 12')).toMatch(/2 changes not saved yet/);
    expect(await c.say('update')).toMatch(/standard: from 10 to 12 licenses\npremium: add 5 licenses/);
    expect(await c.say('yes')).toMatch(/The licenses of deal D-1001 \(Fabrikam Pty\) are updated/);
    expect(await bot.app.pc.isv.licenses('D-1001')).toEqual({ standard: 12, premium: 5 });
    await c.say('manage licenses of D-1001');
    expect(await c.say('remove standard')).toMatch(/1 change not saved yet/);
    expect(await c.say('update')).toMatch(/standard: remove its 12 licenses/);
    await c.say('yes');
    expect(await bot.app.pc.isv.licenses('D-1001')).toEqual({ premium: 5 });

    c = typist('status');
    const overview = await c.say('isv status');
    expect(overview).toMatch(/Deal D-2001 — Contoso Pharma, offer crm-sync: In progress/);
    expect(await c.say('D-1001')).toMatch(/premium: 5 licenses/);
    expect(c.text()).toMatch(/Relationship with Fabrikam Pty \(fabrikam\.com\.au\): accepted/);
    expect(await c.say('back')).toMatch(/Your offers and deals/);
    expect(await c.say('d-2001')).toMatch(/waiting for the customer's consent/);
  });
});
