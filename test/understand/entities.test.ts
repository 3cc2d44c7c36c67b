import type { ConversationEngine, TurnResult } from '../../dialogs/engine';
import { countMovedBy, targetCount } from '../../dialogs/understand/things';
import type { SandboxPartnerCenter } from '../../domain/sandbox/sandbox';
import { demoEngine, keys, say, said } from './support';

/**
 * First sentences that name things of Partner Center besides the customer: subscriptions,
 * software orders and their products, offers, plans and deals, and a number of licenses to
 * reach. What the demo sandbox holds is found and handed to the procedure, which then does not
 * ask for it; what it does not hold is not taken as anything.
 */

let engine: ConversationEngine;
let pc: SandboxPartnerCenter;

beforeAll(async () => {
  ({ engine, pc } = await demoEngine());
});

/** Contoso Ltd's subscriptions in the demo data. */
const BUSINESS_STANDARD = 'a0c1e2d3-0003-4b5c-8d6e-7f8091a2b303';
const EXCHANGE = 'a0c1e2d3-0004-4b5c-8d6e-7f8091a2b304';

const prompts = (r: TurnResult) => keys(r).filter((k) => k.startsWith('prompt:'));
const choiceValues = (r: TurnResult) => r.replies.flatMap((x) => (x.kind === 'prompt' ? (x.prompt.choices ?? []).map((c) => c.value) : []));

/** The sentence, and the choice of procedure when the sentence fits two (its values then prefill the one chosen). */
async function start(text: string, lang: string, procedure: string): Promise<TurnResult> {
  const r = await say(engine, text, 'gus', lang);
  if (r.record.offer?.kind !== 'which') return r;
  expect(r.record.offer.procedures).toContain(procedure);
  return say(engine, procedure, 'gus', lang, r.record);
}

describe('a subscription and the number of licenses to reach', () => {
  const sentences = {
    en: 'raise the seats of Microsoft 365 Business Standard for contoso.com to 30',
    fr: 'augmente les licences de Microsoft 365 Business Standard pour contoso.com à 30',
    sv: 'ändra antalet licenser för Microsoft 365 Business Standard hos contoso.com till 30',
    nl: 'wijzig het aantal licenties van Microsoft 365 Business Standard voor contoso.com naar 30',
  };
  for (const [lang, text] of Object.entries(sentences)) {
    it(`${lang} "${text}" goes straight to the summary of the change`, async () => {
      const r = await start(text, lang, 'manage-subscription');
      expect(r.record.run?.procedure).toBe('manage-subscription');
      expect(r.record.run?.prefill).toEqual({
        customer: 'contoso.com',
        subscription: BUSINESS_STANDARD,
        action: 'quantity',
        quantity: '30',
      });
      expect(prompts(r)).toEqual(['prompt:managesub.confirm.title.quantity']);
    });
  }

  // An Admin agent (no publisher role): "raise / höj / verhoog the licenses" is about a subscription.
  const raise = {
    sv: 'höj licenserna för Microsoft 365 Business Standard hos contoso.com till 30',
    nl: 'verhoog de licenties van Microsoft 365 Business Standard voor contoso.com naar 30',
  };
  for (const [lang, text] of Object.entries(raise)) {
    it(`${lang} "${text}" from an Admin agent goes straight to the summary of the change`, async () => {
      const r = await say(engine, text, 'ada', lang);
      expect(r.record.run?.procedure).toBe('manage-subscription');
      expect(r.record.run?.prefill).toMatchObject({ subscription: BUSINESS_STANDARD, action: 'quantity', quantity: '30' });
      expect(prompts(r)).toEqual(['prompt:managesub.confirm.title.quantity']);
    });
  }

  it('a subscription ID names the subscription and its customer', async () => {
    const r = await say(engine, `suspend subscription ${EXCHANGE}`, 'gus');
    expect(r.record.run?.prefill).toEqual({ customer: 'contoso.com', subscription: EXCHANGE, action: 'suspend' });
    expect(prompts(r)).toEqual(['prompt:managesub.confirm.title.suspend']);
  });

  it("words that fit several of the customer's subscriptions name them, then the list", async () => {
    const r = await say(engine, 'change the exchange subscription of contoso.com', 'gus');
    expect(r.record.run?.prefill).toMatchObject({ customer: 'contoso.com', subscription: 'exchange' });
    const several = said(r, 'pick.among.several');
    expect(JSON.stringify(several?.params)).toContain('Exchange Online (Plan 1)');
    expect(JSON.stringify(several?.params)).toContain('Exchange Online Archiving (add-on)');
    expect(prompts(r)).toEqual(['prompt:managesub.chooseSubscription.title']);
  });

  it('a number the rules refuse is said, and the number is asked', async () => {
    // Contoso's Exchange Online has 10 archiving add-on licenses: it cannot go below 10.
    const r = await say(engine, 'set the seats of Exchange Online for contoso.com to 3', 'gus');
    expect(r.record.run?.prefill).toMatchObject({ subscription: EXCHANGE, action: 'quantity', quantity: '3' });
    expect(keys(r)).toContain('managesub.refused.belowAddOn');
    expect(prompts(r)).toEqual(['prompt:managesub.askQuantity.title']);
  });

  it('a product that is no subscription of the catalog is not taken as one', async () => {
    const r = await say(engine, 'suspend the foobar subscription of contoso.com', 'gus');
    expect(r.record.run?.prefill).toEqual({ customer: 'contoso.com', action: 'suspend' });
  });

  it('an everyday word that begins a product name is not that product ("the project team")', async () => {
    const r = await say(engine, 'manage the subscription for the project team at contoso.com', 'gus');
    expect(r.record.run?.prefill).toEqual({ customer: 'contoso.com' });
    // Beside a word of its kind it is: "the project subscription".
    const named = await say(engine, 'suspend the project subscription of contoso.com', 'gus');
    expect(named.record.run?.prefill?.subscription).toBe('a0c1e2d3-0002-4b5c-8d6e-7f8091a2b302');
  });

  it("French: l'abonnement Exchange, which fits two of Contoso's subscriptions", async () => {
    const r = await say(engine, "suspendre l'abonnement Exchange de contoso.com", 'gus', 'fr');
    expect(r.record.run?.prefill).toEqual({ customer: 'contoso.com', action: 'suspend', subscription: 'exchange' });
    expect(keys(r)).toEqual(['root.starting', 'pick.among.several', 'prompt:managesub.chooseSubscription.title']);
  });

  it('only a number to reach is a quantity, not a number to add', () => {
    expect(targetCount('raise the seats of Microsoft 365 Business Standard to 30', 'en')).toBe(30);
    expect(targetCount('passe les licences à 30', 'fr')).toBe(30);
    expect(targetCount('add 10 seats to contoso e3', 'en')).toBeUndefined();
    expect(targetCount('lägg till 5 licenser till Power BI Pro för fabrikam', 'sv')).toBeUndefined();
    expect(targetCount('zet de licenties op 12', 'nl')).toBe(12);
  });
});

describe('a number of licenses moved by some ("3 more seats"), from the subscription\'s own count', () => {
  const more = {
    en: 'contoso.com needs 3 more licences on business standard',
    fr: 'contoso.com a besoin de 3 licences de plus sur business standard',
    sv: 'contoso.com behöver 3 licenser till på business standard',
    nl: 'contoso.com heeft 3 licenties extra nodig op business standard',
  };
  for (const [lang, text] of Object.entries(more)) {
    it(`${lang} "${text}": 20 licenses become 23 in the summary`, async () => {
      const r = await say(engine, text, 'gus', lang);
      expect(r.record.run?.prefill).toEqual({
        customer: 'contoso.com',
        subscription: BUSINESS_STANDARD,
        action: 'quantity',
        quantity: '+3',
      });
      expect(prompts(r)).toEqual(['prompt:managesub.confirm.title.quantity']);
      expect(r.record.run?.snapshot).toMatchObject({ context: { quantity: 23 } });
    });
  }

  const fewer = {
    en: 'remove 2 seats from business standard for contoso.com',
    fr: 'il faut 2 licences de moins sur le business standard de contoso.com',
    sv: 'contoso.com behöver 2 platser färre på business standard',
    nl: 'contoso.com heeft 2 licenties minder nodig op business standard',
  };
  for (const [lang, text] of Object.entries(fewer)) {
    it(`${lang} "${text}": 20 licenses become 18 in the summary`, async () => {
      const r = await say(engine, text, 'gus', lang);
      expect(r.record.run?.prefill).toMatchObject({ subscription: BUSINESS_STANDARD, action: 'quantity', quantity: '-2' });
      expect(r.record.run?.snapshot).toMatchObject({ context: { quantity: 18 } });
    });
  }

  it('"exchange" a few words after "licenser" names the two Exchange subscriptions, and the count waits for the one picked', async () => {
    const r = await say(engine, 'contoso.com behöver 3 licenser till på exchange', 'gus', 'sv');
    expect(r.record.run?.prefill).toEqual({ customer: 'contoso.com', subscription: 'exchange', action: 'quantity', quantity: '+3' });
    expect(keys(r)).toEqual(['root.starting', 'pick.among.several', 'prompt:managesub.chooseSubscription.title']);
    const picked = await say(engine, EXCHANGE, 'gus', 'sv', r.record);
    expect(prompts(picked)).toEqual(['prompt:managesub.confirm.title.quantity']);
    expect(picked.record.run?.snapshot).toMatchObject({ context: { quantity: 13 } });
  });

  it('a product named after the licence count ("licensantalet på exchange") that the customer lacks is said so, then its subscriptions offered', async () => {
    const r = await say(engine, 'behöver justera licensantalet på exchange hos fabrikam, ner till 8 st', 'gus', 'sv');
    expect(r.record.run?.prefill).toMatchObject({ customer: 'fabrikam.com.au', subscription: 'exchange', quantity: '8' });
    expect(keys(r)).toEqual(['root.starting', 'managesub.subscription.unknown', 'prompt:managesub.chooseSubscription.title']);
  });

  it('a number to reach wins; more and fewer at once is no count', () => {
    expect(countMovedBy('add 10 seats to contoso e3')).toBe(10);
    expect(countMovedBy('lägg till 5 licenser till Power BI Pro för fabrikam')).toBe(5);
    expect(countMovedBy('5 more seats, no wait, 2 fewer')).toBeUndefined();
    expect(countMovedBy('order 4711 for contoso')).toBeUndefined();
    expect(countMovedBy('Contoso wil er 5 licenties M365 Business Standard bij')).toBe(5);
    expect(countMovedBy('skala upp business standard hos contoso ltd med 3 användare')).toBe(3);
    expect(countMovedBy('behöver skala ner antalet seats på Business Standard med 15')).toBe(-15);
  });
});

describe('a product of the catalog for a new subscription', () => {
  const sentences = {
    en: 'new monthly subscription of Power BI Pro for northwind',
    fr: 'nouvel abonnement Power BI Pro mensuel pour northwind',
    sv: 'ny prenumeration på Power BI Pro för northwind, månadsvis',
    nl: 'nieuw abonnement Power BI Pro voor northwind, maandelijks',
  };
  for (const [lang, text] of Object.entries(sentences)) {
    it(`${lang} "${text}" asks how many licenses straight away`, async () => {
      const r = await say(engine, text, 'gus', lang);
      expect(r.record.run?.procedure).toBe('new-subscription');
      expect(r.record.run?.prefill).toEqual({ customer: 'northwindtraders.com', billing: 'monthly', cspOffer: 'offer:power-bi-pro' });
      expect(prompts(r)).toEqual(['prompt:newsub.askQuantity.title']);
    });
  }

  it('a trial asked for is a trial, and the rules of the product apply as to a typed answer', async () => {
    const trial = await say(engine, 'set up a free trial of power bi pro for northwind', 'gus');
    expect(trial.record.run?.prefill).toMatchObject({ cspOffer: 'trial:power-bi-pro' });
    // Lakeside is a school: Business Basic is for commercial customers, so the product list follows the reason.
    const refused = await say(engine, 'add microsoft 365 business basic for lakeside schools, monthly', 'gus');
    expect(keys(refused)).toEqual(['root.starting', 'newsub.why.customerType', 'prompt:newsub.chooseProduct.title']);
  });
});

describe("software to buy, from the customer's catalog", () => {
  const sentences = {
    en: ['buy windows server 2022 for fabrikam', 'fabrikam.com.au', 'windows-server-2022-std'],
    fr: ['acheter Visio Professional pour contoso.com', 'contoso.com', 'visio-plan-2-sub'],
    sv: ['köp windows server till contoso.com', 'contoso.com', 'windows-server-2022-std'],
    nl: ['koop Office LTSC voor contoso.com', 'contoso.com', 'office-ltsc-2024'],
  };
  for (const [lang, [text, customer, item]] of Object.entries(sentences)) {
    it(`${lang} "${text}" asks how many straight away`, async () => {
      const r = await say(engine, text, 'gus', lang);
      expect(r.record.run?.procedure).toBe('buy-software');
      expect(r.record.run?.prefill).toEqual({ customer, item });
      expect(prompts(r)).toEqual(['prompt:buy.askQuantity.titleLicenses']);
    });
  }

  it('words that name nothing in the catalog are not an item', async () => {
    const r = await say(engine, 'buy frobnicator for contoso.com', 'gus');
    expect(r.record.run?.prefill).toEqual({ customer: 'contoso.com' });
    expect(prompts(r)).toEqual(['prompt:buy.chooseItem.title']);
  });
});

describe('a software order named by its product', () => {
  const sentences = {
    en: "cancel contoso's Office LTSC order",
    fr: 'annule la commande Office LTSC de contoso',
    sv: 'avbryt contosos Office LTSC-beställning',
    nl: 'annuleer de Office LTSC-bestelling van contoso',
  };
  for (const [lang, text] of Object.entries(sentences)) {
    it(`${lang} "${text}": the customer is picked among the Contosos, then only that product's orders are offered`, async () => {
      const r = await say(engine, text, 'gus', lang);
      expect(r.record.run?.procedure).toBe('cancel-software-purchase');
      expect(r.record.run?.prefill).toEqual({ customer: 'contoso', product: 'office-ltsc-2024' });
      expect(prompts(r)).toEqual(['prompt:cancel.chooseCustomer.title']);
      const next = await say(engine, 'Contoso Ltd', 'gus', lang, r.record);
      expect(prompts(next)).toEqual(['prompt:cancel.chooseOrder.title']);
      expect(choiceValues(next).filter((v) => /^\d+$/.test(v))).toEqual(expect.arrayContaining(['4711', '4714']));
      expect(choiceValues(next)).not.toContain('4715');
    });
  }

  it("the customer's only order of a product is the order itself", async () => {
    const r = await say(engine, 'cancel the visio order for contoso.com', 'gus');
    expect(r.record.run?.prefill).toEqual({ customer: 'contoso.com', orderId: '4715' });
    expect(prompts(r)).toEqual(['prompt:cancel.acknowledge.title']);
  });

  it('keys: the product named is the order whose keys are wanted', async () => {
    const r = await say(engine, 'get the visio keys for fabrikam', 'gus');
    expect(r.record.run?.prefill).toEqual({ customer: 'fabrikam.com.au', orderId: '5001' });
    expect(prompts(r)).not.toContain('prompt:keys.chooseProduct.title');
  });

  it("one of the customer's orders by its number alone is that order; another customer's is not", async () => {
    const r = await say(engine, "chez contoso la 4713 est en trop, faut l'annuler", 'gus');
    expect(r.record.run?.prefill).toEqual({ customer: 'contoso.com', orderId: '4713' });
    const other = await say(engine, "chez fabrikam la 4713 est en trop, faut l'annuler", 'gus');
    expect(other.record.run?.prefill?.orderId).toBeUndefined();
  });

  it('a product the customer never bought is not taken as anything', async () => {
    const r = await say(engine, 'cancel the acme order for contoso.com', 'gus');
    expect(r.record.run?.prefill).toEqual({ customer: 'contoso.com' });
  });
});

describe('an offer by its name, a plan, a deal by its customer', () => {
  const offers = {
    en: 'add a plan to the Field Notes offer',
    fr: "ajouter un plan à l'offre Field Notes",
    sv: 'lägg till en plan i erbjudandet Field Notes',
    nl: 'een plan toevoegen aan de aanbieding Field Notes',
  };
  for (const [lang, text] of Object.entries(offers)) {
    it(`${lang} "${text}" opens the offer's plans`, async () => {
      const r = await say(engine, text, 'gus', lang);
      expect(r.record.run?.procedure).toBe('isv-plans');
      expect(r.record.run?.prefill).toEqual({ offerId: 'field-notes' });
      expect(prompts(r)).toEqual(['prompt:isv.plans.overview.title']);
    });
  }

  const deals = {
    en: 'assign licenses on the deal for fabrikam',
    fr: "attribuer des licences sur l'affaire de fabrikam",
    sv: 'tilldela licenser på affären för fabrikam',
    nl: 'licenties toewijzen op de deal van fabrikam',
  };
  for (const [lang, text] of Object.entries(deals)) {
    it(`${lang} "${text}" opens Fabrikam's deal`, async () => {
      const r = await say(engine, text, 'gus', lang);
      expect(r.record.run?.procedure).toBe('isv-licenses');
      expect(r.record.run?.prefill).toEqual({ dealId: 'D-1001' });
      expect(prompts(r)).toEqual(['prompt:isv.licenses.overview.title']);
    });
  }

  const plans = { en: 'publish plan premium', fr: 'publier le plan premium', nl: 'publiceer plan premium' };
  for (const [lang, text] of Object.entries(plans)) {
    it(`${lang} "${text}" names the plan's offer`, async () => {
      const r = await say(engine, text, 'gus', lang);
      expect(r.record.run?.prefill?.offerId).toBe('crm-sync');
      // Its plans are shown, or publishing it is refused by name (it is live already): it is not asked for.
      expect(keys(r).some((k) => k === 'prompt:isv.plans.overview.title' || k === 'isv.publish.notDraft')).toBe(true);
    });
  }

  it('a draft plan named with "publish" is offered to publish', async () => {
    const saved = await pc.isv.savePlan(
      { offerId: 'field-notes', planId: 'gold', name: 'Gold', description: 'Every feature.', publish: false },
      { userId: 'gus', idempotencyKey: 'entities-test-gold' },
    );
    expect(saved.status).toBe('done');
    const r = await say(engine, 'publish plan gold', 'gus');
    expect(r.record.run?.prefill).toEqual({ offerId: 'field-notes', planId: 'gold' });
    expect(prompts(r)).toEqual(['prompt:isv.plans.confirmPublish.title']);
  });

  it('words after "plan" that name no plan, an unknown offer or deal customer are not taken', async () => {
    for (const text of ['publish plan platinum', 'add a plan to the Zork offer', 'assign licenses on the deal for acme']) {
      const r = await say(engine, text, 'gus');
      expect({ text, prefill: r.record.run?.prefill }).toEqual({ text, prefill: undefined });
    }
  });
});
