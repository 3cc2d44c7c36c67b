import { InProcessAssistant } from '../support/driver';

describe('ISV: create an offer and its plans', () => {
  let bot: InProcessAssistant;
  beforeEach(async () => {
    bot = await new InProcessAssistant().start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('checks the Offer ID as it is typed, suggests a fix, and creates the offer by typing alone', async () => {
    const c = bot.conversation('gus', { channelId: 'slack' });
    const first = await c.say('create a new offer');
    expect(first).toMatch(/What Offer ID do you want\?/);
    expect(first).toMatch(/29 characters at most/);
    const bad = await c.say('My Offer');
    expect(bad).toMatch(/"My Offer" can't be used as Offer ID: it has capital letters .*; it has spaces/);
    expect(bad).toMatch(/How about "my-offer"\?/);
    expect(await c.say('1')).toMatch(
      /Offer ID "my-offer" is available\. The offer's AppSource address will be https:\/\/appsource\.microsoft\.com\/product\/dynamics-365\/contosoisv\.my-offer/,
    );
    expect(c.text()).toMatch(/What alias/);
    expect(await c.say('My Offer (internal)')).toMatch(/How is the offer licensed\?/);
    expect(await c.say('1')).toMatch(/install the app even if no license/);
    const summary = await c.say('no');
    expect(summary).toMatch(/Create this offer\?/);
    expect(summary).toMatch(/Offer ID: my-offer/);
    expect(summary).toMatch(/can never be changed/);
    expect(summary).toMatch(/can't be changed once the offer is published/);
    expect(await c.say('1')).toMatch(/Offer "my-offer" is created/);
    const offer = await bot.app.pc.isv.offer('my-offer');
    expect(offer).toMatchObject({
      alias: 'My Offer (internal)',
      licensing: { mode: 'license-management', freeInstall: false },
      status: 'draft',
      createdBy: 'gus',
    });
  });

  it.each([
    ['en-US', 'create a new offer'],
    ['fr-FR', 'créer une offre'],
    ['sv-SE', 'skapa ett erbjudande'],
    ['nl-NL', 'een aanbieding maken'],
  ])('shows the address an Offer ID makes as a whole address in the card (%s)', async (locale, first) => {
    // Web Chat makes a link of an address: an escaped placeholder after it ("\<offer-id\>") went into the link, backslash and all.
    const c = bot.conversation('gus', { channelId: 'webchat', locale });
    await c.say(first);
    const texts = JSON.stringify(c.last.map((r) => r.card?.body));
    const addresses = texts.match(/https:\/\/appsource[^\s"]*/g);
    expect(addresses).toEqual(['https://appsource.microsoft.com/product/dynamics-365/contosoisv.my-crm-app']);
    expect(texts).toMatch(/my-crm-app/);
  });

  it('refuses a too long Offer ID at 40 characters and accepts 39', async () => {
    const c = bot.conversation('gus');
    await c.say('create a new offer');
    // contosoisv is 10 characters: 30 more make 40.
    expect(await c.say('a'.repeat(30))).toMatch(
      /it makes 40 characters, and the two together must stay under 40 \(39 at most\): the Offer ID can have 29 characters/,
    );
    expect(await c.say('a'.repeat(29))).toMatch(/is available/);
  });

  it('refuses an Offer ID already used, and characters that are not allowed', async () => {
    const c = bot.conversation('gus');
    expect(await c.say('create offer crm-sync')).toMatch(/"crm-sync" can't be used as Offer ID: you already have an offer with this ID/);
    expect(await c.say('crm.sync!')).toMatch(/characters that are not allowed: "\." "!"/);
  });

  it("speaks French with Partner Center's French terms", async () => {
    const c = bot.conversation('gus', { locale: 'fr-FR' });
    const first = await c.say('isv-create-offer');
    expect(first).toMatch(/Quel ID d’offre voulez-vous \?/);
    expect(await c.say('Mon Offre')).toMatch(/Pourquoi pas « mon-offre » \?/);
  });
});
