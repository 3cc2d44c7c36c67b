import { InProcessAssistant } from '../support/driver';

describe('ISV licensing refusals', () => {
  let bot: InProcessAssistant;
  beforeEach(async () => {
    bot = await new InProcessAssistant().start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('refuses every ISV procedure to a user without Global admin or Account admin', async () => {
    const c = bot.conversation('ada');
    expect(await c.say('create a new offer')).toMatch(
      /Create a marketplace offer \(ISV\) needs one of these Partner Center roles: Global admin or Account admin\. Your role: Admin agent/,
    );
    expect(await c.say('isv-licenses')).toMatch(
      /Manage the licenses of a deal needs one of these Partner Center roles: Global admin or Account admin/,
    );
    expect(await bot.app.pc.isv.offers()).toHaveLength(2);
  });

  it('refuses at Create a user whose role was removed mid-procedure, and creates nothing', async () => {
    const c = bot.conversation('gus');
    await c.say('create offer late-offer');
    await c.say('Late');
    await c.say('contact me');
    expect(await c.say('x')).toMatch(/Please choose "Create the offer"/);
    await bot.app.pc.directory.setRoles('gus', ['Sales agent']);
    expect(await c.say('yes')).toMatch(/you no longer hold a role that allows this \(Global admin and Account admin\)/);
    expect(await bot.app.pc.isv.offer('late-offer')).toBeUndefined();
  });

  it('refuses to go live from Draft or Live: only from Preview', async () => {
    const c = bot.conversation('gus');
    const draft = await c.say('go live field-notes');
    expect(draft).toMatch(/Offer "field-notes" can't go live: only an offer in Preview can, and this one is Draft/);
    expect(await c.say('1')).toMatch(/Which offer\?/);
    expect(await c.say('crm-sync')).toMatch(/and this one is Live/);
    expect((await bot.app.pc.isv.offer('field-notes'))?.goLiveAt).toBeUndefined();
  });

  it('reports the review issues: no plan, then a plan not published', async () => {
    const c = bot.conversation('gus');
    expect(await c.say('publish field-notes')).toMatch(/The offer has no plans yet/);
    await c.say('1');
    await c.say('https://packages.example.com/notes.zip');
    const issues = await c.say('yes');
    expect(issues).toMatch(/The review found issues in offer "field-notes"/);
    expect(issues).toMatch(/The offer has no plan/);
    expect(await c.say('3')).toMatch(/What next\? Type "menu"/);

    await c.say('create plans for field-notes');
    await c.say('add');
    await c.say('team');
    await c.say('Team');
    await c.say('Notes shared by a team.');
    expect(await c.say('draft')).toMatch(/saved as a draft/);
    await c.say('done');

    await c.say('publish field-notes');
    await c.say('1');
    // The URL given at the failed review was kept by Partner Center.
    expect(c.text()).toMatch(/Keep https:\/\/packages\.example\.com\/notes\.zip/);
    await c.say('1');
    const again = await c.say('yes');
    expect(again).toMatch(/Plan "team" is not published/);
    expect(again).not.toMatch(/no plan:/);
    expect((await bot.app.pc.isv.offer('field-notes'))?.status).toBe('draft');
  });

  it('refuses licenses for a deal without a customer, and while the consent is pending', async () => {
    const c = bot.conversation('gus');
    expect(await c.say('manage licenses of D-1002')).toMatch(/This deal has no customer yet: invite the customer first/);
    await c.say('3');
    await c.say('invite the customer of D-1002');
    await c.say('northwindtraders.com');
    const link = await c.say('yes');
    expect(link).toContain(`${bot.app.url}/sandbox/consent/`);
    expect(await c.say('manage licenses of D-1002')).toMatch(/has not accepted the relationship yet/);
    expect(c.text()).toMatch(/The consent link to send again/);
    const ok = await bot.app.pc.isv.updateLicenses(
      'D-1002',
      { standard: 3 },
      { userId: 'gus', idempotencyKey: 'direct-1' },
      await bot.app.pc.isv.licenses('D-1002'),
    );
    expect(ok).toEqual({ status: 'refused', reason: { code: 'licenses', reason: 'consent-pending' } });
    const token = /consent\/([\w-]+)/.exec(link)![1];
    await bot.app.pc.isv.acceptConsent(token);
    expect(await c.say('1')).toMatch(/Licenses of deal D-1002 \(Northwind Traders\)/);
  });
});
