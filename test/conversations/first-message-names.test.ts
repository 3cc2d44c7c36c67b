import { InProcessAssistant } from '../support/driver';

/**
 * First messages that name a thing of Partner Center: the thing's name is left out of what the
 * recognizer reads, but what it is still tells the procedure. A plan named is published or shown
 * where plans are; a product of the CSP catalog is a CSP subscription's, not an ISV deal's.
 */
describe('a thing named in a first message tells the procedure', () => {
  let bot: InProcessAssistant;
  beforeAll(async () => {
    bot = await new InProcessAssistant().start();
  });
  afterAll(async () => {
    await bot.stop();
  });

  const first = async (text: string, locale: string) => {
    const c = bot.conversation('gus', { channelId: 'slack', locale });
    const reply = await c.say(text);
    return { reply, run: bot.saved(c)?.run };
  };

  const publishPlan = {
    'sv-SE': 'publicera planen premium',
    'fr-FR': 'publier le plan premium',
    'nl-NL': 'publiceer het plan premium',
    'en-US': 'publish the premium plan',
  };
  for (const [locale, text] of Object.entries(publishPlan)) {
    it(`${locale} "${text}" opens the plans of the plan's offer`, async () => {
      const { run } = await first(text, locale);
      expect(run?.procedure).toBe('isv-plans');
      expect(run?.prefill).toEqual({ offerId: 'crm-sync', planId: 'premium' });
    });
  }

  // What is named decides the side: a deal or an offer named by its ID is the ISV side's, even
  // where the other words ("add 5 licences for …") are mostly read as a subscription's; software
  // of the customer's catalog named in part ("office ltsc 2024") is bought, not a subscription's seats.
  const CSP = /^(manage-subscription|new-subscription|customer-subscriptions|buy-software)$/;
  const SUBSCRIPTIONS = /^(manage-subscription|new-subscription|customer-subscriptions)$/;
  const notTheOtherSide = [
    ['sv-SE', 'lägg till 5 licenser för fabrikam på D-1001', CSP],
    ['en-US', 'add 5 licences for fabrikam on D-1001', CSP],
    ['fr-FR', 'ajouter 5 licences pour fabrikam sur crm-sync', CSP],
    ['nl-NL', 'voeg 5 licenties toe voor fabrikam op crm-sync', CSP],
    ['fr-FR', 'acheter 3 office ltsc 2024 pour northwind', SUBSCRIPTIONS],
    ['en-US', 'get 3 office ltsc 2024 for northwind', SUBSCRIPTIONS],
  ] as const;
  for (const [locale, text, never] of notTheOtherSide) {
    it(`${locale} "${text}" starts none of ${never.source}`, async () => {
      const { run } = await first(text, locale);
      expect(run?.procedure ?? '').not.toMatch(never);
    });
  }

  const cspLicenses = {
    'sv-SE': 'höj licenserna för Microsoft 365 Business Standard hos contoso.com till 30',
    'en-US': 'increase the licenses for Microsoft 365 Business Standard at contoso.com to 30',
    'fr-FR': 'augmenter les licences de Microsoft 365 Business Standard chez contoso.com à 30',
    'nl-NL': 'verhoog de licenties voor Microsoft 365 Business Standard bij contoso.com naar 30',
  };
  for (const [locale, text] of Object.entries(cspLicenses)) {
    it(`${locale} "${text}" changes the CSP subscription's licenses, not a deal's`, async () => {
      const { run } = await first(text, locale);
      expect(run?.procedure).toBe('manage-subscription');
      expect(run?.prefill).toMatchObject({ customer: 'contoso.com', quantity: '30', action: 'quantity' });
    });
  }

  const misspelt = [
    ['en-US', 'publish field notse', 'isv-publish'],
    ['en-US', 'create a plan for the field notse offer', 'isv-plans'],
    ['fr-FR', "publier l'offre feild notes", 'isv-publish'],
    ['sv-SE', 'skapa en plan för erbjudandet field notse', 'isv-plans'],
  ] as const;
  for (const [locale, text, procedure] of misspelt) {
    it(`${locale} "${text}" finds Field Notes, misspelt inside the sentence`, async () => {
      const { run } = await first(text, locale);
      expect(run?.procedure).toBe(procedure);
      expect(run?.prefill?.offerId).toBe('field-notes');
    });
  }

  const newPlan = [
    ['en-US', 'create a plan called gold-tier for the field notes offer'],
    ['fr-FR', "nouveau plan gold-tier pour l'offre field notes"],
    ['sv-SE', 'skapa en plan som heter gold-tier för erbjudandet field notes'],
    ['nl-NL', 'maak een plan genaamd gold-tier voor de aanbieding field notes'],
  ] as const;
  for (const [locale, text] of newPlan) {
    it(`${locale} "${text}" takes the new Plan ID and asks for the plan's name`, async () => {
      const c = bot.conversation('gus', { channelId: 'slack', locale });
      await c.say(text);
      const run = bot.saved(c)?.run;
      expect(run?.procedure).toBe('isv-plans');
      expect(run?.prefill).toEqual({ offerId: 'field-notes', newPlanId: 'gold-tier' });
      expect(run?.step).toBe('isv.plans.askPlanName');
    });
  }

  it('a new plan with the ID of one the offer has is refused by the procedure, which asks for another', async () => {
    const c = bot.conversation('gus', { channelId: 'slack', locale: 'en-US' });
    const reply = await c.say('create a plan called premium for the crm-sync offer');
    expect(bot.saved(c)?.run?.procedure).toBe('isv-plans');
    expect(reply).toMatch(/"premium" can't be used as Plan ID: this offer already has a plan with this ID/);
    expect(reply).toMatch(/Plan ID of the new plan\?/);
  });

  it('an ISV offer named keeps a licenses sentence on the deal', async () => {
    const { run } = await first('assign 20 premium licenses to fabrikam on crm-sync', 'en-US');
    expect(run?.procedure).toBe('isv-licenses');
  });
});
