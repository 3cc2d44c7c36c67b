import { InProcessAssistant } from '../support/driver';

describe('new subscription (B1)', () => {
  let bot: InProcessAssistant;
  beforeEach(async () => {
    bot = await new InProcessAssistant().start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('a commercial customer buys two products monthly, by typing alone', async () => {
    const c = bot.conversation('sam', { channelId: 'slack' });
    expect(await c.say('new subscription for northwind')).toMatch(/How should Northwind Traders be billed\?/);
    const catalog = await c.say('monthly');
    expect(catalog).toMatch(/Which product for Northwind Traders \(monthly billing, commercial customer\)\?/);
    expect(catalog).toMatch(/Microsoft 365 Business Basic \(\$7\.20 per license per month, 1–300 licenses\)/);
    // Annual-only products are not in the monthly catalog.
    expect(catalog).not.toMatch(/Microsoft 365 E3/);
    expect(await c.say('review')).toMatch(/The order is still empty: pick a product first/);
    expect(await c.say('Microsoft 365 Business Basic')).toMatch(/How many licenses of Microsoft 365 Business Basic\?/);
    expect(await c.say('301')).toMatch(/301 is not possible for Microsoft 365 Business Basic: from 1 to 300 licenses/);
    expect(await c.say('lots')).toMatch(/"lots" is not a whole number of at least 1\. Type one, for example 12 or "twelve"/);
    expect(await c.say('ten')).toMatch(/Added to the order: 10 licenses of Microsoft 365 Business Basic/);
    expect(await c.say('exchange online')).toMatch(/How many licenses of Exchange Online \(Plan 1\)\?/);
    const added = await c.say('5');
    expect(added).toMatch(/Exchange Online \(Plan 1\): 5 licenses × \$4\.80 = \$24\.00 per month/);
    const summary = await c.say('review');
    expect(summary).toMatch(/Order for Northwind Traders: submit it\?/);
    expect(summary).toMatch(/Product 1: Microsoft 365 Business Basic: 10 licenses × \$7\.20 = \$72\.00 per month/);
    expect(summary).toMatch(/Total per month: \$96\.00/);
    const done = await c.say('1');
    expect(done).toMatch(/Order [0-9a-f]{32} for Northwind Traders is submitted/);
    expect(done).toMatch(/Microsoft 365 Business Basic: subscription [0-9a-f-]{36}, 10 licenses/);
    const subs = await bot.app.pc.csp.subscriptions('northwind');
    expect(subs.map((s) => [s.offerId, s.quantity, s.billing]).sort()).toEqual([
      ['exchange-online-p1', 5, 'monthly'],
      ['m365-business-basic', 10, 'monthly'],
    ]);
  });

  it('takes the product and its number of licenses from the first sentence, checked as typed ones', async () => {
    const c = bot.conversation('sam', { channelId: 'slack' });
    expect(await c.say('add power bi pro for northwind traders, 5 seats')).toMatch(/How should Northwind Traders be billed\?/);
    expect(await c.say('monthly')).toMatch(/Added to the order: 5 licenses of Power BI Pro/);
    // Out of bounds: said as for a typed count, and asked again.
    const d = bot.conversation('sam2', { channelId: 'slack' });
    await d.say('nieuw abonnement power bi pro voor northwind, 5000 licenties');
    expect(await d.say('maandelijks')).toMatch(/5,000 is not possible for Power BI Pro: from 1 to 1,000 licenses/);
    expect(await d.say('8')).toMatch(/Added to the order: 8 licenses of Power BI Pro/);
  });

  it('does the same with cards', async () => {
    const c = bot.conversation('ada');
    await c.join();
    expect(await c.click('New subscription for a customer')).toMatch(/Which customer is the subscription for\?/);
    expect(await c.fill({ answer: 'fabrikam' })).toMatch(/How should Fabrikam Pty be billed\?/);
    expect(await c.click('Annual billing')).toMatch(/annual billing/);
    expect(await c.click('Microsoft 365 E3')).toMatch(/How many licenses of Microsoft 365 E3\?/);
    expect(await c.fill({ answer: '12' })).toMatch(/Added to the order/);
    expect(await c.click(/^Review the order/)).toMatch(/Total per year: A?\$5,184\.00/);
    expect(await c.click('Submit the order')).toMatch(/is submitted/);
  });

  it('does not offer a commercial-only product to an education customer, and says why', async () => {
    const c = bot.conversation('ada');
    await c.say('new subscription for lakeside');
    const catalog = await c.say('annual');
    expect(catalog).toMatch(/education customer/);
    expect(catalog).toMatch(/Microsoft 365 A3 for faculty/);
    expect(catalog).not.toMatch(/Business Basic/);
    // Education customers get no trials either.
    expect(catalog).not.toMatch(/free trial/);
    expect(await c.say('Microsoft 365 Business Basic')).toMatch(
      /Microsoft 365 Business Basic is not offered to education customers: it is sold only to commercial customers/,
    );
    expect(await c.say('why-missing')).toMatch(/Which product is missing for Lakeside School District\?/);
    expect(await c.say('Microsoft 365 G3')).toMatch(/not offered to education customers: it is sold only to government customers/);
    expect(await c.say('Exchange Online (Plan 1)')).toMatch(/not sold with annual billing, only monthly/);
    expect(await c.say('Power BI Pro trial')).toMatch(/Free trials are not offered to education customers/);
  });

  it('refuses a one-per-customer product Contoso already has', async () => {
    const c = bot.conversation('ada');
    await c.say('new subscription for contoso.com');
    const catalog = await c.say('monthly');
    expect(catalog).not.toMatch(/Purview/);
    expect(await c.say('Microsoft Purview tenant plan')).toMatch(
      /Microsoft Purview tenant plan allows only one subscription per customer, and Contoso Ltd already has it/,
    );
    expect(c.text()).toMatch(/Which product for Contoso Ltd/);
  });

  it('starts a trial once and refuses it the second time', async () => {
    const c = bot.conversation('ada');
    await c.say('new subscription for northwind');
    const catalog = await c.say('monthly');
    expect(catalog).toMatch(/Power BI Pro — free trial \(25 licenses for 30 days, free\)/);
    expect(await c.say('Power BI Pro trial')).toMatch(/Added to the order: the free trial of Power BI Pro/);
    expect(await c.say('review')).toMatch(/Power BI Pro: free trial, 25 licenses for 30 days/);
    expect(await c.say('submit')).toMatch(/free trial of 25 licenses until/);

    const again = bot.conversation('ada');
    await again.say('new subscription for northwind');
    expect(await again.say('monthly')).not.toMatch(/Power BI Pro — free trial/);
    expect(await again.say('Power BI Pro trial')).toMatch(
      /Northwind Traders has already had a trial of Power BI Pro: one trial per customer and product/,
    );
    const trialsSubs = (await bot.app.pc.csp.subscriptions('northwind')).filter((s) => s.trial);
    expect(trialsSubs).toHaveLength(1);
  });

  it('removes one product at the summary, and keeps the order across a restart', async () => {
    const c = bot.conversation('ada');
    await c.say('new annual subscription for contoso.com');
    await c.say('Dynamics 365 Business Central Essentials');
    expect(await c.say('2')).toMatch(/2 is not possible for Dynamics 365 Business Central Essentials: from 3 to 500 licenses/);
    await c.say('3');
    await bot.restart();
    await c.say('m365-e3');
    await c.say('4');
    expect(await c.say('done')).toMatch(/Total per year: €4,248\.00/);
    await bot.restart();
    const after = await c.say('remove Dynamics 365 Business Central Essentials');
    expect(after).toMatch(/Dynamics 365 Business Central Essentials is removed from the order/);
    expect(after).toMatch(/Total per year: €1,728\.00/);
    expect(await c.say('submit')).toMatch(/Microsoft 365 E3: subscription .*, 4 licenses/);
    expect((await bot.app.pc.csp.subscriptions('contoso')).filter((s) => s.offerId === 'dynamics-bc-essentials')).toHaveLength(0);
  });

  it('drops a product Partner Center refuses at submission, and keeps the rest of the order', async () => {
    const first = bot.conversation('ada');
    const second = bot.conversation('gus');
    for (const c of [first, second]) {
      // A product sold in one quantity says so, not "1–1 licenses".
      expect(await c.say('new monthly subscription for northwind')).toMatch(
        /Microsoft Purview tenant plan \(\$250\.00 per license per month, 1 license only\)/,
      );
      // Sold only as 1 license: added without asking the number.
      expect(await c.say('Microsoft Purview tenant plan')).toMatch(
        /Added to the order: 1 license of Microsoft Purview tenant plan, the only number it is sold in/,
      );
    }
    await second.say('Project Plan 3');
    await second.say('2');
    await first.say('review');
    expect(await first.say('submit')).toMatch(/is submitted/);
    await second.say('review');
    const refused = await second.say('submit');
    expect(refused).toMatch(
      /Partner Center refused the order: Microsoft Purview tenant plan allows only one subscription per customer, and Northwind Traders already has it\. I removed that product/,
    );
    expect(refused).toMatch(/In the order so far:\nProject Plan 3: 2 licenses/);
    expect(await second.say('review')).not.toMatch(/Purview/);
    expect(await second.say('submit')).toMatch(/Project Plan 3: subscription/);
  });

  it('answers help and why at the catalog step', async () => {
    const c = bot.conversation('ada');
    await c.say('new monthly subscription for contoso.com');
    expect(await c.say('help')).toMatch(/Add "trial" to a name for its free trial/);
    expect(await c.say('why')).toMatch(/depends on the customer's type/);
  });

  it("speaks French, Swedish and Dutch with Partner Center's terms", async () => {
    const fr = bot.conversation('ada', { locale: 'fr-FR' });
    expect(await fr.say('nouvel abonnement pour northwind')).toMatch(/Comment facturer Northwind Traders \?/);
    const catalog = await fr.say('mensuel');
    expect(catalog).toMatch(/Quel produit pour Northwind Traders \(facturation mensuelle, client commercial\) \?/);
    expect(catalog).toMatch(/Power BI Pro — essai gratuit/);
    expect(await fr.say('Power BI Pro essai')).toMatch(/Ajouté à la commande : l'essai gratuit de Power BI Pro/);
    const sv = bot.conversation('gus', { locale: 'sv-SE' });
    await sv.say('ny prenumeration för lakeside');
    await sv.say('årsvis');
    expect(await sv.say('Microsoft 365 Business Basic')).toMatch(
      /Microsoft 365 Business Basic erbjuds inte kunder inom utbildning: det säljs bara till kommersiella kunder/,
    );
    const nl = bot.conversation('sam', { locale: 'nl-NL' });
    await nl.say('nieuw abonnement voor contoso.com');
    await nl.say('maandelijks');
    expect(await nl.say('Microsoft Purview tenant plan')).toMatch(/staat maar één abonnement per klant toe, en Contoso Ltd heeft het al/);
  });

  it('orders once when the submit card is clicked twice, and records it in the activity log', async () => {
    const c = bot.conversation('ada');
    await c.say('new monthly subscription for northwind');
    await c.say('Project Plan 3');
    await c.say('7');
    await c.say('review');
    const submit = c.findAction('Submit the order');
    const texts = await Promise.all([c.submit(submit.data), c.submit(submit.data)]);
    expect(texts.filter((t) => /is submitted/.test(t))).toHaveLength(1);
    expect(texts.filter((t) => /already been answered/.test(t))).toHaveLength(1);
    expect(await bot.app.pc.csp.subscriptions('northwind')).toHaveLength(1);
    const log = await bot.app.pc.activity.list(new Date(Date.now() - 60_000), new Date(Date.now() + 60_000));
    expect(log.filter((r) => r.action === 'new-subscription' && r.outcome === 'done' && r.customerId === 'northwind')).toHaveLength(1);
  });

  it('refuses a Helpdesk agent up front', async () => {
    const c = bot.conversation('hana');
    expect(await c.say('new subscription for contoso.com')).toMatch(
      /needs one of these Partner Center roles: Admin agent, Sales agent, or Global admin/,
    );
  });

  it('refuses at the submission a user whose role was removed mid-procedure', async () => {
    const c = bot.conversation('sam');
    await c.say('new monthly subscription for northwind');
    await c.say('Power BI Pro');
    await c.say('3');
    await c.say('review');
    await bot.app.pc.directory.setRoles('sam', ['Helpdesk agent']);
    expect(await c.say('submit')).toMatch(/you no longer hold a role that allows this/);
    expect(await bot.app.pc.csp.subscriptions('northwind')).toHaveLength(0);
  });
});
