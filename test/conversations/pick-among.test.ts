import { ManualClock } from '../../domain/clock';
import { InProcessAssistant } from '../support/driver';

/**
 * Products, deals and offers are picked like customers: a misspelt or partial name is found,
 * "list" shows them all, and a miss says what may be typed, with help that grows. In the
 * conversation's language.
 */
describe('picking a product, an order, a subscription, a deal or an offer by what is typed', () => {
  let bot: InProcessAssistant;
  beforeEach(async () => {
    bot = await new InProcessAssistant(new ManualClock(new Date('2026-11-10T09:00:00Z'))).start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('keys and downloads in English: a miss, "list", help that grows, then a misspelt product', async () => {
    const c = bot.conversation('ada');
    await c.join();
    await c.click('Get software keys and downloads');
    expect(await c.fill({ answer: 'contoso.com' })).toMatch(/Which software of Contoso Ltd\?/);
    const miss = await c.say('photoshop');
    expect(miss).toMatch(/None of the products matches "photoshop"\. Type part of a name or an ID, or "list" to see them all\./);
    expect(miss).toMatch(/Which software of Contoso Ltd\?/);
    expect(await c.say('list')).toMatch(/Here are all the products: pick one by its number or its name\./);
    // The second miss in a row brings an example; the third, the choices in one message.
    await c.say('autocad');
    const third = await c.say('illustrator');
    expect(third).toMatch(/None of the products matches "illustrator"/);
    expect(third).toMatch(/Here are the choices again[^\n]*\n1\. Project Professional/);
    // Two orders of the same product: the close call names both; the order number then picks one.
    expect(await c.say('office ltsc profesional plus')).toMatch(
      /Several of the products fit "office ltsc profesional plus": "Office LTSC Professional Plus 2024 \(4711\)" and "Office LTSC Professional Plus 2024 \(4714\)"/,
    );
    expect(await c.say('4714')).toMatch(/Which (language|version|file type)[^?]* of Office LTSC Professional Plus 2024\?/);
    expect(await c.say('other-product')).toMatch(/Which software of Contoso Ltd\?/);
    expect(await c.say('windows srever')).toMatch(/Several of the products fit "windows srever"/);
    expect(await c.say('visio profesional')).toMatch(/of Visio Professional \(software subscription\)\?/);
  });

  it('keys and downloads in French: the miss and "liste" in French, then a part of the name', async () => {
    const c = bot.conversation('ada', { locale: 'fr-FR' });
    await c.join();
    await c.say('keys-and-downloads');
    await c.say('contoso.com');
    expect(await c.say('photoshop')).toMatch(/Rien ne correspond à « photoshop » parmi les produits\./);
    expect(await c.say('liste')).toMatch(/Voici les produits, au complet/);
    const next = await c.say('office ltsc');
    expect(next).not.toMatch(/Rien ne correspond/);
    expect(next).toMatch(/Office LTSC Professional Plus 2024/);
  });

  it('keys and downloads from a first message naming a product bought twice: both named, then the list (French, Dutch)', async () => {
    const fr = bot.conversation('ada', { locale: 'fr-FR' });
    const first = await fr.say('je veux les clés et téléchargements de office ltsc pour contoso.com');
    expect(first).toMatch(
      /Plusieurs éléments parmi les produits correspondent à « Office LTSC Professional Plus 2024 » : « Office LTSC Professional Plus 2024 \(4711\) » et « Office LTSC Professional Plus 2024 \(4714\) »/,
    );
    expect(first).toMatch(/Quel logiciel de Contoso Ltd/);
    expect(await fr.say('4714')).toMatch(/Quelle (langue|version)[^?]* d'Office LTSC Professional Plus 2024 \?/);
    const nl = bot.conversation('bea', { locale: 'nl-NL' });
    expect(await nl.say('sleutels en downloads van office ltsc voor contoso.com')).toMatch(
      /Meerdere van de producten passen bij "Office LTSC Professional Plus 2024": "Office LTSC Professional Plus 2024 \(4711\)" en "Office LTSC Professional Plus 2024 \(4714\)"/,
    );
    // A product bought once is taken at once, as before.
    const en = bot.conversation('cy');
    expect(await en.say('keys and downloads of visio for contoso.com')).toMatch(/of Visio Professional \(software subscription\)\?/);
  });

  it('license management in Swedish and Dutch: a deal by its customer misspelt, a miss said in the language', async () => {
    const sv = bot.conversation('gus', { locale: 'sv-SE' });
    await sv.join();
    await sv.say('isv-licenses');
    expect(await sv.say('contoso')).toMatch(/Inget av affärerna matchar "contoso"/);
    const picked = await sv.say('northwnd traders');
    expect(picked).not.toMatch(/Inget av affärerna/);
    expect(picked).toMatch(/D-1002/);

    const nl = bot.conversation('gus', { locale: 'nl-NL' });
    await nl.join();
    await nl.say('isv-licenses');
    expect(await nl.say('contoso')).toMatch(/Geen van de deals komt overeen met "contoso"/);
    expect(await nl.say('d-1001')).toMatch(/D-1001/);
  });

  it('go live in English and French: an offer by its misspelt alias; a miss names the offers', async () => {
    const en = bot.conversation('gus');
    await en.join();
    await en.say('isv-go-live');
    const miss = await en.say('fleet tracker');
    expect(miss).toMatch(/None of the offers matches "fleet tracker"/);
    expect(await en.say('crm synk')).not.toMatch(/None of the offers/);

    const fr = bot.conversation('gus', { locale: 'fr-FR' });
    await fr.join();
    await fr.say('isv-go-live');
    expect(await fr.say('fleet tracker')).toMatch(/Rien ne correspond à « fleet tracker » parmi les offres\./);
  });

  it('manage a subscription in English and Dutch: a misspelt subscription, a miss, a part of a name', async () => {
    const en = bot.conversation('sam');
    expect(await en.say('manage a subscription for contoso.com')).toMatch(/Which subscription of Contoso Ltd\?/);
    expect(await en.say('dynamics')).toMatch(/None of the subscriptions matches "dynamics"/);
    expect(await en.say('microsoft 365 busines standrad')).toMatch(/What do you want to do with Microsoft 365 Business Standard\?/);

    const nl = bot.conversation('sam', { locale: 'nl-NL' });
    await nl.say('manage a subscription for contoso.com');
    expect(await nl.say('dynamics')).toMatch(/Geen van de abonnementen komt overeen met "dynamics"/);
    expect(await nl.say('project plan')).toMatch(/Project Plan 3/);
  });

  it('cancel a purchase in English and Swedish: an order only by its whole number; a miss says so', async () => {
    const en = bot.conversation('ada');
    await en.join();
    await en.click('Cancel a software purchase');
    await en.fill({ answer: 'contoso.com' });
    expect(await en.say('ofice ltsc professional plus')).toMatch(/Which order/);
    expect(await en.say('4799')).toMatch(/None of the orders matches "4799"/);
    expect(await en.say('4711')).not.toMatch(/None of the orders/);

    const sv = bot.conversation('ada', { locale: 'sv-SE' });
    await sv.join();
    await sv.say('cancel-software-purchase');
    await sv.say('contoso.com');
    expect(await sv.say('lista')).toMatch(/Här är alla produkterna/);
    await sv.say('office ltsc');
    expect(await sv.say('4799')).toMatch(/Inget av ordrarna matchar "4799"/);
  });

  it('license management in English and French: a plan by its misspelt name; a miss names the plans', async () => {
    const en = bot.conversation('gus');
    await en.join();
    await en.say('isv-licenses');
    await en.say('D-1001');
    await en.say('add');
    expect(await en.say('gold')).toMatch(/None of the plans matches "gold"/);
    expect(await en.say('premuim')).toMatch(/How many licenses of [^?]*\(premium\)\?|How many licenses of Premium/);
    expect(en.text()).not.toMatch(/None of the plans/);

    const fr = bot.conversation('gus', { locale: 'fr-FR' });
    await fr.join();
    await fr.say('isv-licenses');
    await fr.say('D-1001');
    await fr.say('add');
    expect(await fr.say('gold')).toMatch(/Rien ne correspond à « gold » parmi les plans\./);
  });
});
