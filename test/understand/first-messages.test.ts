import { t } from '../../cards/i18n';
import type { Msg } from '../../cards/view';
import { PROCEDURES } from '../../dialogs/registry';
import type { ConversationEngine } from '../../dialogs/engine';
import { valuesFor } from '../../dialogs/understand';
import type { SandboxPartnerCenter } from '../../domain/sandbox/sandbox';
import { demoEngine, keys, NOW, said, say } from './support';

const LANGS = ['en', 'fr', 'sv', 'nl'] as const;
let engine: ConversationEngine;
let pc: SandboxPartnerCenter;

beforeAll(async () => {
  ({ engine, pc } = await demoEngine());
});

describe('small talk gets a short answer and the menu, never an apology', () => {
  const cases: Record<(typeof LANGS)[number], Record<'greeting' | 'thanks' | 'capabilities', string>> = {
    en: { greeting: 'Hello!', thanks: 'thank you so much', capabilities: 'what can you help me with?' },
    fr: { greeting: 'Bonjour', thanks: 'merci bien !', capabilities: 'que peux-tu faire pour moi ?' },
    sv: { greeting: 'Hej!', thanks: 'tack så mycket!', capabilities: 'vad kan du hjälpa till med?' },
    nl: { greeting: 'Hallo!', thanks: 'dank je wel!', capabilities: 'wat kun je allemaal?' },
  };
  for (const lang of LANGS) {
    for (const [talk, text] of Object.entries(cases[lang])) {
      it(`${lang} "${text}" → ${talk} line, then the menu`, async () => {
        const r = await say(engine, text, 'gus', lang);
        expect(keys(r)).toEqual([`understand.talk.${talk}`, 'prompt:root.menu.title']);
      });
    }
  }

  // Greetings, thanks and goodbyes said with one word the training phrases may not hold.
  const oneWord: [lang: (typeof LANGS)[number], text: string, talk: string][] = [
    ['en', 'hiya', 'greeting'],
    ['en', 'thx', 'thanks'],
    ['en', 'bye bye', 'goodbye'],
    ['fr', 'Salut !', 'greeting'],
    ['fr', 'bonsoir', 'greeting'],
    ['fr', 'slt', 'greeting'],
    ['fr', 'merci à tous', 'thanks'],
    ['fr', 'à bientôt', 'goodbye'],
    ['sv', 'hejsan', 'greeting'],
    ['sv', 'god morgon', 'greeting'],
    ['sv', 'tjabba', 'greeting'],
    ['sv', 'tackar', 'thanks'],
    ['sv', 'hej då!', 'goodbye'],
    ['nl', 'goedemorgen', 'greeting'],
    ['nl', 'hoi allemaal', 'greeting'],
    ['nl', 'dankjewel', 'thanks'],
    ['nl', 'doei', 'goodbye'],
  ];
  for (const [lang, text, talk] of oneWord) {
    it(`${lang} "${text}" → ${talk} line, then the menu`, async () => {
      const r = await say(engine, text, 'gus', lang);
      expect(keys(r)).toEqual([`understand.talk.${talk}`, 'prompt:root.menu.title']);
    });
  }

  const greetedRequests: [lang: (typeof LANGS)[number], text: string][] = [
    ['en', 'hi, cancel order 4711 for contoso.com'],
    ['en', 'hello there, I need to cancel order 4711 for contoso.com'],
    ['fr', 'bonjour, annule la commande 4711 pour contoso.com'],
    ['sv', 'hej! avbryt order 4711 för contoso.com'],
    ['nl', 'goedemorgen, annuleer bestelling 4711 voor contoso.com'],
  ];
  for (const [lang, text] of greetedRequests) {
    it(`${lang} "${text}": the greeting does not hide the request or its values`, async () => {
      const r = await say(engine, text, 'gus', lang);
      expect(r.record.run?.procedure).toBe('cancel-software-purchase');
      expect(r.record.run?.prefill).toMatchObject({ customer: 'contoso.com', orderId: '4711' });
    });
  }

  it('a date range alone is no goodbye, even when its words are those of one ("tot")', async () => {
    const r = await say(engine, 'van 1 november tot 20 november', 'gus', 'nl');
    expect(keys(r)).not.toContain('understand.talk.goodbye');
  });

  it('nl "activiteitenlog", the short word, starts the activity log', async () => {
    const r = await say(engine, 'activiteitenlog', 'gus', 'nl');
    expect(r.record.run?.procedure).toBe('activity-log');
  });

  // Thanks and goodbyes with words that add nothing to them, read by the word lists whatever the model makes of them.
  const withAWord: [lang: (typeof LANGS)[number], text: string, talk: string][] = [
    ['en', 'thanks so much, mate', 'thanks'],
    ['en', 'ok, bye for now', 'goodbye'],
    ['fr', 'parfait, merci bcp', 'thanks'],
    ['fr', "d'accord, à plus tard", 'goodbye'],
    ['sv', 'toppen, tusen tack', 'thanks'],
    ['sv', 'okej, ha det bra', 'goodbye'],
    ['nl', 'top, dank je wel', 'thanks'],
    ['nl', 'oké, tot ziens', 'goodbye'],
    ['fr', 'bonjour à tous', 'greeting'],
  ];
  for (const [lang, text, talk] of withAWord) {
    it(`${lang} "${text}" → ${talk} line, then the menu`, async () => {
      const r = await say(engine, text, 'gus', lang);
      expect(keys(r)).toEqual([`understand.talk.${talk}`, 'prompt:root.menu.title']);
      expect(r.record.run).toBeUndefined();
    });
  }

  it('nl "top" alone is praise, not "top up the licences"', async () => {
    const r = await say(engine, 'top!', 'gus', 'nl');
    expect(r.record.run).toBeUndefined();
    expect(keys(r)).toEqual(['understand.talk.thanks', 'prompt:root.menu.title']);
  });

  // A goodbye's word ("tomorrow", "demain") in a question about something else is no goodbye.
  const weather: [lang: (typeof LANGS)[number], text: string][] = [
    ['en', 'how is the weather looking in Boston tomorrow?'],
    ['fr', 'quel temps fera-t-il demain à Marseille ?'],
    ['sv', 'hur blir vädret i Malmö i morgon?'],
    ['nl', 'hoe wordt het weer morgen in Gent?'],
  ];
  for (const [lang, text] of weather) {
    it(`${lang} "${text}" is outside what the assistant does`, async () => {
      const r = await say(engine, text, 'gus', lang);
      expect(keys(r)).toEqual(['understand.talk.out-of-scope', 'prompt:root.menu.title']);
    });
  }

  it('a time word alone is no goodbye; said with one, it is', async () => {
    expect(keys(await say(engine, 'demain', 'gus', 'fr'))).not.toContain('understand.talk.goodbye');
    expect(keys(await say(engine, 'morgen', 'gus', 'nl'))).not.toContain('understand.talk.goodbye');
    expect(keys(await say(engine, 'see you tomorrow', 'gus', 'en'))).toContain('understand.talk.goodbye');
  });

  it("a topic never Partner Center's is outside what the assistant does, unless something of Partner Center is named", async () => {
    for (const [lang, text] of [
      ['sv', 'kan du boka ett lunchbord till 12 vid stureplan'],
      ['fr', 'tu connais un bon resto pour ce midi ?'],
      ['nl', 'wat is het weerbericht voor morgen in gent'],
    ] as const)
      expect(keys(await say(engine, text, 'gus', lang))).toEqual(['understand.talk.out-of-scope', 'prompt:root.menu.title']);
    expect(keys(await say(engine, 'before lunch, cancel the contoso order please', 'gus', 'en'))).not.toContain(
      'understand.talk.out-of-scope',
    );
  });

  it('a sentence with nothing about Partner Center is said to be outside what the assistant does', async () => {
    const r = await say(engine, 'please write me a limerick about cats', 'gus', 'en');
    expect(keys(r)).toEqual(['understand.talk.out-of-scope', 'prompt:root.menu.title']);
  });
});

describe('thanks and goodbyes said with what they are for', () => {
  it.each([
    ['fr', 'ok je vous laisse, bonne soirée', 'goodbye'],
    ['nl', 'merci voor de hulp!', 'thanks'],
    ['sv', 'tack för hjälpen', 'thanks'],
    ['en', 'thanks for the help, gotta go', 'goodbye'],
    ['sv', 'tack så mycket, det löste sig', 'thanks'],
    ['en', 'thx so much for your help', 'thanks'],
    ['nl', 'top, bedankt voor alles', 'thanks'],
    ['en', "ok that's all, bye", 'goodbye'],
    ['fr', "c'est tout pour moi, merci", 'goodbye'],
    ['en', 'nothing else, see ya', 'goodbye'],
    ['en', 'thnx, great', 'thanks'],
    ['sv', 'ok jag loggar ut nu, hejdå', 'goodbye'],
    ['sv', 'ok klart, bye', 'goodbye'],
    ['nl', 'dat was alles, dag', 'goodbye'],
    ['nl', 'merci hé, dat was snel', 'thanks'],
    ['fr', 'bon matin !', 'greeting'],
    ['fr', 'a+', 'goodbye'],
    ['nl', 'ik ben klaar voor vandaag, doei', 'goodbye'],
    ['sv', 'hallå där', 'greeting'],
  ] as const)('%s "%s" → %s', async (lang, text, talk) => {
    const r = await say(engine, text, 'gus', lang);
    expect(keys(r)[0]).toBe(`understand.talk.${talk}`);
  });
});

describe('a call for help gets what the assistant can do', () => {
  it.each([
    ['en', 'help'],
    ['en', 'hi, can you help?'],
    ['fr', "bonjour, j'ai besoin d'aide"],
    ['sv', 'hjälp'],
    ['nl', 'help'],
    ['nl', 'hallo, hulp nodig'],
    ['en', 'so what are you for?'],
    ['fr', 'à quoi tu sers exactement'],
    ['sv', 'vad är du bra på'],
    ['nl', 'waarvoor dien je eigenlijk'],
    ['fr', 'tu fais quoi au juste ?'],
    ['sv', 'vad kan boten hjälpa till med?'],
    ['fr', 'à quoi sert ce bot ?'],
  ] as const)('%s "%s" → what the assistant can do and the menu', async (lang, text) => {
    const r = await say(engine, text, 'gus', lang);
    // The one word "help" is the engine's own command; said otherwise, it is understood as asking what the assistant does.
    expect(['understand.talk.capabilities', 'common.help.menu']).toContain(keys(r)[0]);
    expect(keys(r).slice(1)).toEqual(['prompt:root.menu.title']);
  });

  it('"help me cancel order 4711" is the request, not a call for help', async () => {
    const r = await say(engine, 'help me cancel order 4711', 'gus');
    expect(r.record.run?.procedure).toBe('cancel-software-purchase');
  });

  it.each([
    [
      'sv',
      'Hej! Kunden på Fabrikam ringde nyss, de beställde Windows Server 2022 Standard men skulle egentligen ha något annat. Kan du hjälpa mig att makulera köpet så att de får pengarna krediterade?',
      'cancel-software-purchase',
    ],
    ['en', 'the customer called. they bought the wrong office. can you cancel it?', 'cancel-software-purchase'],
    [
      'sv',
      'Skulle du kunna hjälpa mig att handla reserverade instanser åt City of Redmond? De har bestämt sig för 3 års reservation.',
      'buy-software',
    ],
    ['nl', 'Zou je voor Fabrikam even de activiteitenlog van vorige week kunnen tonen?', 'activity-log'],
  ] as const)('%s "%s": the sentence that asks politely is the request, not the story before it', async (lang, text, id) => {
    const r = await say(engine, text, 'gus', lang);
    expect(r.record.run?.procedure).toBe(id);
  });

  it('a polite "can you" after a clause break does not make a request a question about the assistant', async () => {
    const r = await say(engine, 'the package is uploaded, can you publish field-notes for review?', 'gus');
    expect(r.record.run?.procedure).toBe('isv-publish');
  });
});

describe('every menu title, typed in its language, starts its procedure', () => {
  for (const def of PROCEDURES) {
    for (const lang of LANGS) {
      const title = t(def.title, lang);
      it(`${lang} "${title}" → ${def.id}`, async () => {
        const r = await say(engine, title, 'gus', lang);
        const started = said(r, 'root.starting');
        expect((started?.params?.procedure as Msg | undefined)?.key).toBe(def.title.key);
      });
    }
  }
});

describe('values of a first sentence, checked against Partner Center', () => {
  it('"cancel order 4711 for contoso.com" starts the cancellation with the order and the customer', async () => {
    const r = await say(engine, 'cancel order 4711 for contoso.com', 'ada');
    expect(r.record.run?.procedure).toBe('cancel-software-purchase');
    expect(r.record.run?.prefill).toEqual({ orderId: '4711', customer: 'contoso.com' });
  });

  it('a customer named without its domain is found in the customer list, possessives included', async () => {
    const def = PROCEDURES.find((p) => p.id === 'customer-subscriptions')!;
    expect(await valuesFor(def, "show fabrikam's subscriptions please", 'en', NOW, pc)).toEqual({ customer: 'fabrikam.com.au' });
    expect(await valuesFor(def, 'toon de abonnementen van Northwind Traders', 'nl', NOW, pc)).toEqual({ customer: 'northwindtraders.com' });
    expect(await valuesFor(def, 'visa contosos prenumerationer', 'sv', NOW, pc)).toEqual({ customer: 'contoso' });
  });

  it('words that fit no customer are not a customer: the order named tells it', async () => {
    const r = await say(engine, 'open a support request for a refund on order 4714', 'ada');
    expect(r.record.run?.procedure).toBe('support-request');
    expect(r.record.run?.prefill).toEqual({ orderId: '4714', customer: 'contoso.com' });
  });

  it('"cancel order 4711" alone: the order tells its customer; an order Partner Center does not have tells none', async () => {
    const r = await say(engine, 'cancel order 4711', 'ada');
    expect(r.record.run?.prefill).toEqual({ orderId: '4711', customer: 'contoso.com' });
    const fabrikam = await say(engine, 'annuler la commande 5001', 'ada');
    expect(fabrikam.record.run?.prefill).toEqual({ orderId: '5001', customer: 'fabrikam.com.au' });
    const unknown = await say(engine, 'cancel order 9876', 'ada');
    expect(unknown.record.run?.prefill).toEqual({ orderId: '9876' });
  });

  it('a name that fits several customers is handed over as said, so that the procedure offers them', async () => {
    const r = await say(engine, 'new monthly subscription for contoso', 'gus');
    expect(r.record.run?.procedure).toBe('new-subscription');
    expect(r.record.run?.prefill).toMatchObject({ customer: 'contoso', billing: 'monthly' });
  });

  it("an offer's ID is an offer, not the deal's customer", async () => {
    const r = await say(engine, 'register a deal for crm-sync', 'gus');
    expect(r.record.run?.procedure).toBe('isv-deal');
    expect(r.record.run?.prefill).toEqual({ offerId: 'crm-sync' });
  });
  it.each([
    ['en', 'ready to push field notes through to review, the package is uploaded'],
    ['sv', 'publicera CRM Sync, paketet är uppladdat'],
  ] as const)('%s "%s": an offer named by its alias or its ID\'s words is an offer of the publisher', async (lang, text) => {
    const r = await say(engine, text, 'gus', lang);
    expect(r.record.run?.procedure).toBe('isv-publish');
  });
});

describe('roles', () => {
  it('names a forbidden procedure with the roles it needs when it clearly wins', async () => {
    const r = await say(engine, 'cancel order 4711 for contoso.com', 'hana');
    expect(said(r, 'common.forbidden')).toBeDefined();
  });

  it('never names a forbidden procedure when one the user may do also fits', async () => {
    // Sam (Sales agent) may manage subscriptions but not buy software: "licences" fits both.
    const r = await say(engine, 'add 5 more licences to the Power BI Pro subscription of northwind', 'sam');
    expect(said(r, 'common.forbidden')).toBeUndefined();
    expect(r.record.run?.procedure ?? (r.record.offer?.kind === 'which' ? r.record.offer.procedures.join() : undefined)).toMatch(
      /manage-subscription/,
    );
  });
});

describe('questions answered without starting a procedure', () => {
  it('lists the markets without Azure reservations', async () => {
    const r = await say(engine, 'which markets have no azure reservations?', 'gus');
    const list = said(r, 'understand.ask.markets.list');
    expect(list?.params?.count).toBeGreaterThan(100);
    expect(r.record.run).toBeUndefined();
    expect(keys(r)).toContain('prompt:root.menu.title');
  });

  it('answers for a named customer, with its market', async () => {
    const r = await say(engine, 'can I sell azure reservations to adatum?', 'gus');
    expect(said(r, 'buy.reservation.market')?.params).toMatchObject({ customer: 'Adatum Seychelles', code: 'SC' });
  });

  it('answers for a named market in French', async () => {
    const r = await say(engine, 'peut-on vendre des réservations azure en Guadeloupe ?', 'gus', 'fr');
    expect(said(r, 'understand.ask.markets.unavailable')?.params?.market).toBe('Guadeloupe');
  });

  it('gives the cancellation windows from the rules', async () => {
    const r = await say(engine, 'how long can a software purchase be cancelled?', 'gus');
    const windows = r.replies.flatMap((x) => (x.kind === 'say' && x.msg.key === 'understand.ask.cancel.kind' ? [x.msg.params?.days] : []));
    expect(windows).toEqual([60, 60, 7, 60]);
  });

  it.each([
    // A question of time about cancelling gets the windows, no cancellation.
    ['en', 'how long do we have to cancel a software order after purchase?', 'understand.ask.cancel.intro'],
    ['fr', "combien de temps apres l'achat peut-on encore annuler une commande ?", 'understand.ask.cancel.intro'],
    ['sv', 'hur många dagar har vi på oss att ångra ett köp av programvara?', 'understand.ask.cancel.intro'],
    ['nl', 'binnen hoeveel dagen moet een aankoop geannuleerd zijn om geld terug te krijgen?', 'understand.ask.cancel.intro'],
    // What comes after going live.
    ['en', 'what happens once crm-sync is live on appsource?', 'understand.ask.goLive.window'],
    ['fr', "qu'est-ce qui se passe une fois que l'offre est en ligne ?", 'understand.ask.goLive.window'],
    ['sv', 'vad händer när erbjudandet har gått live?', 'understand.ask.goLive.window'],
    ['nl', 'wat gebeurt er zodra de aanbieding live staat?', 'understand.ask.goLive.window'],
    ['en', 'CRM Sync went live yesterday, what happens next?', 'understand.ask.goLive.window'],
    // Not finding a product, asked.
    ['fr', "Visio Professional n'apparaît pas quand je veux le commander pour Adatum, c'est normal ?", 'newsub.whyMissing.why'],
    ['sv', 'hittar inte office ltsc när jag ska beställa åt wingtip, varför?', 'newsub.whyMissing.why'],
    ['en', 'power bi pro has disappeared from the list, why', 'newsub.whyMissing.why'],
    ['sv', 'varför kan vi inte se exchange online när vi ska beställa', 'newsub.whyMissing.why'],
    ['nl', 'ik kan microsoft purview nergens vinden in de catalogus, hoe kan dat', 'newsub.whyMissing.why'],
    // Changes the subscription procedure does not make: said at once, with what it can change.
    ['en', 'turn off auto renew for the power bi pro of contoso', 'managesub.elsewhere.autoRenew'],
    ['fr', 'le client veut upgrader de Business Basic vers Business Standard, je fais comment ?', 'managesub.elsewhere.upgrade'],
    ['sv', 'stäng av automatisk förnyelse på exchange för contoso', 'managesub.elsewhere.autoRenew'],
    ['nl', 'kan ik het abonnement van contoso upgraden naar business standard?', 'managesub.elsewhere.upgrade'],
    ['en', 'switch the billing of the exchange of contoso from monthly to annual', 'managesub.elsewhere.billing'],
    // A change of the number of seats is the procedure's own: the billing is what is made elsewhere.
    ['en', 'upgrade the number of seats of contoso and switch the billing from monthly to annual', 'managesub.elsewhere.billing'],
    // The window named, asked about; the benefit abbreviated; reservations abbreviated, with a country.
    ['en', "what's the cancellation window on windows server?", 'understand.ask.cancel.intro'],
    ['fr', "c'est quoi la fenêtre d'annulation pour les licences perpétuelles", 'understand.ask.cancel.intro'],
    ['sv', 'hur fungerar ångerrätten för programvara?', 'understand.ask.cancel.intro'],
    ['nl', 'hoe lang is de annuleringstermijn bij software', 'understand.ask.cancel.intro'],
    ['sv', 'vad betyder AHB?', 'buy.hybridBenefit.explain'],
    ['nl', 'leg eens uit wat ahb is', 'buy.hybridBenefit.explain'],
    ['en', 'which countries cant buy RIs', 'understand.ask.markets.list'],
    // What comes next, said otherwise; another edition; the billing named otherwise.
    ['fr', 'field notes est en ligne depuis hier, et maintenant ?', 'understand.ask.goLive.window'],
    ['sv', 'vad behöver vi göra efter go-live?', 'understand.ask.goLive.window'],
    ['nl', 'wat mogen we verwachten zodra crm sync openbaar is', 'understand.ask.goLive.window'],
    ['en', 'field notes is public now, what do we have to do next?', 'understand.ask.goLive.window'],
    ['fr', "l'offre est passée en production hier, c'est quoi la suite ?", 'understand.ask.goLive.window'],
    ['nl', 'wat verandert er voor ons als crm sync live staat', 'understand.ask.goLive.window'],
    ['sv', 'hur långt är tidsfönstret för att avboka programvara?', 'understand.ask.cancel.intro'],
    ['nl', 'binnen welke termijn kan ik een aankoop nog terugdraaien', 'understand.ask.cancel.intro'],
    ['en', 'Microsoft 365 Business Premium is not in the list for fabrikam, what could be the reason', 'newsub.whyMissing.why'],
    // A year in a product's name is no order's number.
    ['fr', "Windows Server 2022 Standard n'est pas visible pour Contoso, pq ?", 'newsub.whyMissing.why'],
    // Asked of an offer live, or after it goes live.
    ['en', 'once crm-sync goes live, can customers install it straight away?', 'understand.ask.goLive.window'],
    ['sv', 'field notes är publicerat och live nu, vad kommer sen?', 'understand.ask.goLive.window'],
    ['fr', 'notre offre vient de passer en live, on fait quoi ensuite', 'understand.ask.goLive.window'],
    ['en', 'offer live, next steps?', 'understand.ask.goLive.window'],
    ['sv', 'vad gör vi när erbjudandet är publikt', 'understand.ask.goLive.window'],
    ['nl', 'hoe gaat het verder na het live zetten van crm sync', 'understand.ask.goLive.window'],
    ['nl', 'hoeveel dagen heb ik om een aankoop terug te draaien', 'understand.ask.cancel.intro'],
    ['sv', 'vad är ångerfristen för programvara?', 'understand.ask.cancel.intro'],
    ['en', "switch contoso's subscription to another product, standard to premium", 'managesub.elsewhere.upgrade'],
    ['sv', 'prenumerationen ska inte förnyas automatiskt längre', 'managesub.elsewhere.autoRenew'],
    ['sv', 'contoso vill gå från månadsbetalning till årsbetalning', 'managesub.elsewhere.billing'],
    ['nl', 'zijn er landenbeperkingen voor azure reservations?', 'understand.ask.markets.list'],
    ['nl', 'power bi pro komt niet op in de lijst, ligt dat aan mij?', 'newsub.whyMissing.why'],
    ['fr', "je vois pas exchange online dans la liste des produits, c'est normal ?", 'newsub.whyMissing.why'],
    ['en', 'i look for visio professional and get nothing, where did it go', 'newsub.whyMissing.why'],
    ['fr', "impossible de trouver power bi pro pour l'acheter, il est passé où ?", 'newsub.whyMissing.why'],
    ['nl', 'ik vind office ltsc nergens in de lijst, hoe komt dat', 'newsub.whyMissing.why'],
    ['en', 'the customer may back out of the office purchase, how long do they have?', 'understand.ask.cancel.intro'],
    ['sv', 'hur sent kan man häva ett köp av programvara?', 'understand.ask.cancel.intro'],
    ['fr', "on a acheté office il y a un mois, c'est trop tard pour annuler ?", 'understand.ask.cancel.intro'],
    ['sv', 'hur länge gäller avbokningsfönstret?', 'understand.ask.cancel.intro'],
    ['fr', 'visio apparait pas quand je commande pour fabrikam, pourquoi ?', 'newsub.whyMissing.why'],
    ['sv', 'varför visas inte visio när jag ska beställa?', 'newsub.whyMissing.why'],
    ['sv', 'slå på automatisk förlängning för contosos exchange', 'managesub.elsewhere.autoRenew'],
    ['fr', 'facturation mensuelle -> annuelle pour le power bi pro de contoso', 'managesub.elsewhere.billing'],
    ['fr', "je voudrais passer l'abonnement power bi pro de contoso en facturation annuelle", 'managesub.elsewhere.billing'],
    ['fr', 'ok go live fait pour field notes, next steps ?', 'understand.ask.goLive.window'],
    ['fr', 'crm sync est visible dans appsource, quelles sont les suites ?', 'understand.ask.goLive.window'],
    ['fr', "pouvez-vous m'expliquer ce qui se passe après la mise en ligne de l'offre ?", 'understand.ask.goLive.window'],
    ['fr', 'a-t-on le droit de vendre des instances réservées à adatum ?', 'buy.reservation.market'],
    ['sv', 'hur länge kan man avbryta ett köp av programvara?', 'understand.ask.cancel.intro'],
    ['fr', "le délai pour revenir sur un achat de logiciel, c'est quoi ?", 'understand.ask.cancel.intro'],
    ['en', 'is it still possible to cancel a windows server order a week after buying it?', 'understand.ask.cancel.intro'],
    ['fr', 'field notes est publiée publiquement, et maintenant ?', 'understand.ask.goLive.window'],
    ['fr', "post go-live : qu'est-ce qui arrive à notre offre ?", 'understand.ask.goLive.window'],
    ['fr', "le client veut payer à l'année plutôt qu'au mois, comment on change ça", 'managesub.elsewhere.billing'],
    ['fr', "couper l'auto renouvellement de l'exchange de contoso", 'managesub.elsewhere.autoRenew'],
    ['en', 'move contoso from business basic up to business standard', 'managesub.elsewhere.upgrade'],
    ['fr', 'retrograder le business standard de contoso vers business basic', 'managesub.elsewhere.upgrade'],
    ['nl', 'ze willen hun abonnement niet meer automatisch laten verlengen', 'managesub.elsewhere.autoRenew'],
    ['en', 'move fabrikam from business standard to business premium', 'managesub.elsewhere.upgrade'],
    ['nl', 'contoso wil jaarlijks betalen in plaats van maandelijks', 'managesub.elsewhere.billing'],
    ['sv', 'ändra faktureringsfrekvens till årsvis för contoso', 'managesub.elsewhere.billing'],
  ] as const)('%s "%s" is a question answered without a procedure', async (lang, text, key) => {
    const r = await say(engine, text, 'gus', lang);
    expect(keys(r)).toContain(key);
    expect(r.record.run).toBeUndefined();
  });

  it('a cancellation refused within the window, with a ticket asked for, is not the question of the window', async () => {
    const r = await say(
      engine,
      'maak een ticket aan bij Microsoft, de annulering werd geweigerd terwijl we nog binnen de termijn zaten',
      'gus',
      'nl',
    );
    expect(keys(r)).not.toContain('understand.ask.cancel.intro');
  });

  it.each(['once the preview is approved, can you push field-notes live?', 'is crm-sync live yet?'])(
    '"%s" asks for the going live or where the offer stands, not what follows it',
    async (text) => {
      const r = await say(engine, text, 'gus');
      expect(said(r, 'understand.ask.goLive.window')).toBeUndefined();
    },
  );

  it('making an offer live once its preview is approved is still the procedure, not the question', async () => {
    const r = await say(engine, 'make field-notes live once the preview is approved', 'gus');
    expect(said(r, 'understand.ask.goLive.window')).toBeUndefined();
  });

  it('answers "what is Azure Hybrid Benefit?" in the middle of a procedure, and asks the step again', async () => {
    const first = await say(engine, 'buy software for northwind', 'gus');
    expect(first.record.run?.procedure).toBe('buy-software');
    const r = await say(engine, 'What is Azure Hybrid Benefit?', 'gus', 'en', first.record);
    expect(said(r, 'buy.hybridBenefit.explain')).toBeDefined();
    expect(r.record.run?.id).toBe(first.record.run?.id);
    expect(r.record.parked).toBeUndefined();
  });
});
