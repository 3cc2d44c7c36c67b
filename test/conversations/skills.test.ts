import { ManualClock } from '../../domain/clock';
import { InProcessAssistant } from '../support/driver';

/** Conversation skills: first sentences in four languages, help, why, back, parking and cancel. */
describe('conversation skills', () => {
  let bot: InProcessAssistant;
  beforeEach(async () => {
    bot = await new InProcessAssistant(new ManualClock(new Date('2026-11-20T10:00:00Z'))).start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  const cancellations = [
    {
      locale: 'en-US',
      sentence: 'cancel order 4711 for contoso.com',
      notice: /Order 4711 can be cancelled/,
      summary: /Order ID: 4711/,
      done: /Order 4711 .* is cancelled/,
    },
    {
      locale: 'fr-FR',
      sentence: 'annule la commande 4711 pour contoso.com',
      notice: /La commande 4711 peut être annulée/,
      summary: /ID de commande\u00a0: 4711/,
      done: /La commande 4711 .* est annulée/,
    },
    {
      locale: 'sv-SE',
      sentence: 'avbryt order 4711 för contoso.com',
      notice: /Order 4711 kan avbrytas/,
      summary: /Order-ID: 4711/,
      done: /Order 4711 .* är avbruten/,
    },
    {
      locale: 'nl-NL',
      sentence: 'annuleer bestelling 4711 voor contoso.com',
      notice: /Bestelling 4711 kan worden geannuleerd/,
      summary: /Bestel-id: 4711/,
      done: /Bestelling 4711 .* is geannuleerd/,
    },
  ];
  for (const l of cancellations) {
    it(`cancels order 4711 from one ${l.locale} sentence, asking only for the acknowledgement and the confirmation`, async () => {
      const c = bot.conversation('ada', { locale: l.locale, channelId: 'slack' });
      const first = await c.say(l.sentence);
      expect(first).toMatch(l.notice);
      expect(first).not.toMatch(/Contoso\b.*\?\s*$/m);
      expect(await c.say('1')).toMatch(l.summary);
      expect(await c.say('1')).toMatch(l.done);
      expect((await bot.app.pc.software.purchase('4711'))?.status).toBe('cancelled');
    });
  }

  it('reads a French date range with the recognizers and shows the log without asking for dates', async () => {
    const c = bot.conversation('gus', { locale: 'fr-FR', channelId: 'slack' });
    const shown = await c.say("journal d'activité du 1er novembre au 10 novembre");
    expect(shown).not.toMatch(/Pour quelles dates/);
    expect(shown).toMatch(/1 nov\. 2026/);
    expect(shown).toMatch(/10 nov\. 2026/);
  });

  it('reads the billing frequency and the customer of a Dutch sentence', async () => {
    const c = bot.conversation('ada', { locale: 'nl-NL', channelId: 'slack' });
    const first = await c.say('nieuw jaarlijks abonnement voor Fabrikam');
    expect(first).toMatch(/Fabrikam/);
    expect(first).toMatch(/jaarlijks|jaar/i);
    expect(first).not.toMatch(/Voor welke klant/);
  });

  it('offers the likeliest procedures for an ambiguous sentence, and keeps its values for the one picked', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    const offer = await c.say('a subscription for contoso.com');
    expect(offer).toMatch(/Which of these did you mean\?/);
    const options = offer.split('\n').filter((line) => /^\d+\. /.test(line));
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(options.length).toBeLessThanOrEqual(3);
    const manage = options.find((o) => /Manage a subscription/.test(o));
    expect(manage).toBeDefined();
    const picked = await c.say(manage!.split('.')[0]);
    expect(picked).toMatch(/Let's go: Manage a subscription/);
    expect(picked).not.toMatch(/Which customer/);
    expect(picked).toMatch(/Contoso/);
  });

  it('works with cards: the procedures offered for a sentence, starting another one and resuming', async () => {
    const c = bot.conversation('ada');
    expect(await c.say('a subscription for contoso.com')).toMatch(/Which of these did you mean\?/);
    expect(await c.click(/^Manage a subscription/)).toMatch(/Let's go: Manage a subscription/);
    expect(c.text()).not.toMatch(/Which customer/);
    expect(await c.say('cancel order 4711 for contoso.com')).toMatch(
      /I have set "Manage a subscription" aside[\s\S]*Order 4711 can be cancelled/,
    );
    await c.click('I have read this');
    const done = await c.click('Cancel order 4711');
    expect(done).toMatch(/Order 4711 .* is cancelled/);
    expect(done).toMatch(/Resume "Manage a subscription" where you left it/);
    expect(await c.click('Yes, resume it')).toMatch(/Back to "Manage a subscription"/);
  });

  it('answers a question offering a language with that language, and switches only on "speak …"', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    expect(await c.say('keys for order 4711 for contoso.com')).toMatch(/Which language of Office LTSC Professional Plus 2024\?/);
    expect(await c.say('French')).toMatch(/Which file type \/ OS/);
    expect(await c.say('speak French')).toMatch(/français/);
    expect(await c.say('statut')).toMatch(/Obtenir des clés et des téléchargements/);
  });

  it('keeps the values of the first sentence when "back" is typed at the first question', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    expect(await c.say('cancel order 4711 for contoso.com')).toMatch(/Order 4711 can be cancelled/);
    const back = await c.say('back');
    expect(back).toMatch(/This is the first question/);
    expect(back).toMatch(/Order 4711 can be cancelled/);
    expect(await c.say('Choose another order')).toMatch(/Which product of Contoso Ltd/);
  });

  it('grows help after repeated bad answers: first the example, then the numbered list', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    await c.say('cancel a purchase');
    expect(await c.say('contoso.com')).toMatch(/Which product of Contoso Ltd/);
    const once = await c.say('the blue one');
    expect(once).toMatch(/None of the products matches "the blue one"\. Type part of a name or an ID, or "list" to see them all\./);
    expect(once).not.toMatch(/That still did not fit/);
    // The help is not announced as "an example" when it is none (walk 2026-11, minor 2).
    expect(await c.say('the green one')).toMatch(/That still did not fit\. Pick the product/);
    const third = await c.say('the red one');
    expect(third).toMatch(/Here are the choices again; type the number/);
    expect(third).toMatch(/^6\. Windows Server 2022 Standard$/m);
    expect(await c.say('2')).toMatch(/Which order of Office LTSC Professional Plus 2024\?/);
  });

  it('goes back: a dependent answer is asked again, an unchanged path keeps its answers', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    await c.say('cancel a purchase');
    await c.say('contoso.com');
    expect(await c.say('2')).toMatch(/Which order of Office LTSC/);
    expect(await c.say('4711')).toMatch(/Order 4711 can be cancelled/);
    expect(await c.say('back')).toMatch(/Back one step: .*\n[\s\S]*Which order of Office LTSC/);
    expect(await c.say('back')).toMatch(/Which product of Contoso Ltd/);
    // The same product again: the order given before still fits and is taken again, without asking.
    const same = await c.say('2');
    expect(same).toMatch(/Kept your earlier answer for "choose the order": 4711/);
    expect(same).toMatch(/Order 4711 can be cancelled/);
    expect(await c.say('back')).toMatch(/Which order of Office LTSC/);
    expect(await c.say('back')).toMatch(/Which product of Contoso Ltd/);
    // Another product: the order of the first one no longer fits and is asked again.
    const other = await c.say('6');
    expect(other).toMatch(/Which order of Windows Server 2022 Standard\?/);
    expect(other).not.toMatch(/Kept your earlier answer/);
    expect(await c.say('4712')).toMatch(/Order 4712 can be cancelled/);
    expect(await c.say('1')).toMatch(/Cancel this purchase\?/);
  });

  it('uses help and why, and goes back to change an answer while keeping those that do not depend on it', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    expect(await c.say('cancel order 4719 for northwind')).toMatch(/Partner Center needs more information to cancel order 4719/);
    const why = await c.say('why');
    expect(why).not.toMatch(/There is no particular rule/);
    const help = await c.say('help');
    expect(help).toMatch(/You can also type: why .*back/);
    expect(await c.say('1')).toMatch(/What is the impact on your business\?/);
    const impact = c.text();
    const high = /^(\d+)\. High/m.exec(impact)![1];
    const low = /^(\d+)\. Low/m.exec(impact)![1];
    expect(await c.say(high)).toMatch(/Title of the request\?/);
    // A title that reads like another procedure: asked whether it starts one, here it is the answer.
    const ask = await c.say('Cancel order 4719 and refund it');
    expect(ask).toMatch(/Start "Cancel a software purchase" and set "Open a support request for a cancellation" aside\?/);
    expect(await c.say('2')).toMatch(/Why should the purchase be refunded\?/);
    expect(await c.say('back')).toMatch(/Title of the request\?/);
    expect(await c.say('Charged twice for 4719')).toMatch(/Why should the purchase be refunded\?/);
    expect(await c.say('The customer ordered the same licenses twice.')).toMatch(/How can Partner Center support reach you\?/);

    // Back three times to the impact, change it: the title and the reason do not depend on it and are kept.
    expect(await c.say('back')).toMatch(/Why should the purchase be refunded\?/);
    expect(await c.say('back')).toMatch(/Title of the request\?/);
    expect(await c.say('back')).toMatch(/What is the impact on your business\?/);
    const changed = await c.say(low);
    expect(changed).toMatch(/Kept your earlier answer for .*Charged twice for 4719/);
    expect(changed).toMatch(/Kept your earlier answer for .*The customer ordered the same licenses twice\./);
    expect(changed).toMatch(/How can Partner Center support reach you\?/);
  });

  it('asks whether a sentence typed at a free-text question is its answer or another procedure, in Dutch too', async () => {
    const c = bot.conversation('gus', { channelId: 'slack', locale: 'nl-NL' });
    await c.say('registreer een deal voor crm-sync');
    expect(await c.say('Contoso Pharma')).toMatch(/Wat is de dealwaarde voor Contoso Pharma\?/);
    expect(await c.say('eigenlijk wil ik de abonnementen van fabrikam zien')).toMatch(
      /"Abonnementen van een klant" starten en "Een ISV Connect-deal registreren" opzijzetten\?/,
    );
  });

  // A separate conversation: the assistant slows down one user's flood of over 20 messages.
  it('sets a procedure aside for another one, resumes it where it was, and cancels it', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    await c.say('cancel order 4719 for northwind');
    expect(await c.say('1')).toMatch(/What is the impact on your business\?/);
    await c.say(/^(\d+)\. Low/m.exec(c.text())![1]);
    await c.say('Charged twice for 4719');
    expect(await c.say('The customer ordered the same licenses twice.')).toMatch(/How can Partner Center support reach you\?/);

    // Another procedure in the middle: the request is set aside, then resumed where it was.
    expect(await c.say('new monthly subscription for Fabrikam')).toMatch(
      /Start "New subscription for a customer" and set "Open a support request for a cancellation" aside\?/,
    );
    const parked = await c.say('1');
    expect(parked).toMatch(/I have set "Open a support request for a cancellation" aside/);
    expect(parked).toMatch(/Let's go: New subscription for a customer/);
    expect(await c.say('status')).toMatch(/Waiting to be resumed: "Open a support request for a cancellation"/);
    // The parked run is kept as its answers, not its snapshot: setting a run aside costs well under 1 KB.
    const parkedRuns: { snapshot?: unknown }[] = bot.saved(c)?.parked ?? [];
    expect(parkedRuns).toHaveLength(1);
    expect(parkedRuns[0].snapshot).toBeUndefined();
    expect(Buffer.byteLength(JSON.stringify(parkedRuns))).toBeLessThan(1024);
    expect(await c.say('cancel')).toMatch(/Stop "New subscription for a customer"\?/);
    const offer = await c.say('yes');
    expect(offer).toMatch(/Stopped\. Nothing was changed/);
    expect(offer).toMatch(/Resume "Open a support request for a cancellation" where you left it/);
    // The menu when asked for; the offer to resume comes back with the next chance.
    const menu = await c.say('menu');
    expect(menu).toMatch(/What would you like to do\?/);
    expect(menu).not.toMatch(/Resume/);
    expect(await c.say('help')).toMatch(/Resume "Open a support request for a cancellation" where you left it/);
    expect(await c.say('yes')).toMatch(
      /Back to "Open a support request for a cancellation", where you left it[\s\S]*How can Partner Center support reach you\?/,
    );

    const summary = await c.say('Ada Okafor, ada@partner.example, +1 425 555 0100');
    if (!/Create this support request\?/.test(summary)) {
      expect(await c.fill({ contactName: 'Ada Okafor', contactEmail: 'ada@partner.example', contactPhone: '+1 425 555 0100' })).toMatch(
        /Create this support request\?/,
      );
    }
    expect(c.text()).toMatch(/Refund reason: The customer ordered the same licenses twice\./);
    expect(await c.say('cancel')).toMatch(/Stop "Open a support request for a cancellation"\?/);
    expect(await c.say('yes')).toMatch(/Stopped\. Nothing was changed in Partner Center/);
    expect(c.text()).not.toMatch(/Resume/);
    expect(await bot.app.pc.softwareSales.supportRequest('2611200000000001')).toBeUndefined();
  });

  it('refuses a procedure the roles do not allow, and shows only the allowed ones in the menu', async () => {
    const c = bot.conversation('sam', { channelId: 'slack' });
    const menu = await c.join();
    expect(menu).toMatch(/New subscription for a customer/);
    expect(menu).not.toMatch(/Cancel a software purchase/);
    expect(menu).toMatch(/more procedures need other Partner Center roles/);
    expect(await c.say('cancel order 4711 for contoso.com')).toMatch(/needs the Partner Center role Admin agent\./);
  });
});
