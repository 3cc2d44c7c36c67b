import { InProcessAssistant } from '../support/driver';

describe("a customer's subscriptions and their state", () => {
  let bot: InProcessAssistant;
  beforeEach(async () => {
    bot = await new InProcessAssistant().start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('lists the subscriptions with licenses, billing and state, from one sentence', async () => {
    const c = bot.conversation('sam', { channelId: 'slack' });
    const list = await c.say('show subscriptions of contoso.com');
    // Five CSP subscriptions and two Azure subscriptions.
    expect(list).toMatch(/Contoso Ltd has 7 subscriptions:/);
    expect(list).toMatch(/- Microsoft Purview tenant plan: 1 license, annual, active/);
    expect(list).toMatch(/- Project Plan 3: 5 licenses, monthly, suspended/);
    expect(list).toMatch(/- ↳ Exchange Online Archiving \(add-on\): 10 licenses, monthly, active, add-on of Exchange Online \(Plan 1\)/);
    expect(list).toMatch(/1 is suspended: "Manage a subscription" reactivates it/);
  });

  it('shows a trial with its end date, and a state that has just changed', async () => {
    const c = bot.conversation('ada');
    await c.say('suspend a subscription of contoso.com');
    await c.say('Microsoft 365 Business Standard');
    await c.say('1');
    expect(await bot.conversation('ada').say("what are Contoso Ltd's subscriptions?")).toMatch(
      /Microsoft 365 Business Standard: 20 licenses, monthly, suspended/,
    );
    expect(await bot.conversation('ada').say('list subscriptions for fabrikam')).toMatch(/Power BI Pro: 25 licenses, free trial until/);
  });

  it('says how each subscription is billed, or until when its trial runs, in every language', async () => {
    const said = {
      fr: [/Power BI Pro\s:\s25 licences, essai gratuit jusqu'au \d{1,2} \S+ \d{4}, actif/, /5 licences, facturation mensuelle, suspendu/],
      sv: [/Power BI Pro: 25 licenser, kostnadsfri utvärdering till \d{1,2} \S+ \d{4}, aktiv/, /5 licenser, faktureras månadsvis, pausad/],
      nl: [
        /Power BI Pro: 25 licenties, gratis proefversie tot \d{1,2} \S+ \d{4}, actief/,
        /5 licenties, maandelijks gefactureerd, onderbroken/,
      ],
    };
    const ask = {
      fr: ['liste des abonnements de fabrikam', 'liste des abonnements de contoso.com'],
      sv: ['visa prenumerationerna för fabrikam', 'visa prenumerationerna för contoso.com'],
      nl: ['toon de abonnementen van fabrikam', 'toon de abonnementen van contoso.com'],
    };
    for (const lang of ['fr', 'sv', 'nl'] as const) {
      const [trial, billed] = said[lang];
      expect(await bot.conversation('sam', { channelId: 'slack', locale: lang }).say(ask[lang][0])).toMatch(trial);
      expect(await bot.conversation('sam', { channelId: 'slack', locale: lang }).say(ask[lang][1])).toMatch(billed);
    }
  });

  it('asks for the customer when none is named, and says when there are none', async () => {
    const c = bot.conversation('gus');
    await c.join();
    expect(await c.click("A customer's subscriptions")).toMatch(/Whose subscriptions do you want to see\?/);
    expect(await c.fill({ answer: 'wingtip' })).toMatch(/Wingtip Toys Brasil has no subscriptions yet/);
  });

  it('is not for a Helpdesk agent', async () => {
    expect(await bot.conversation('hana').say('show subscriptions of contoso.com')).toMatch(/needs one of these Partner Center roles/);
  });
});
