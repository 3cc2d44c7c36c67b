import { InProcessAssistant } from '../support/driver';

describe('buy software and Azure reservations', () => {
  let bot: InProcessAssistant;
  beforeEach(async () => {
    bot = await new InProcessAssistant().start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('refuses a reservation to a customer in a market without reservations, naming the market', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    const first = await c.say('buy an Azure reservation for adatum.sc');
    expect(first).toMatch(/Azure reservations can't be sold to Adatum Seychelles: they are not available in its market, Seychelles \(SC\)/);
    // Only software is offered, and a reservation typed anyway is refused again with the market.
    expect(first).toMatch(/What do you want to buy for Adatum Seychelles\?/);
    expect(first).not.toMatch(/Azure Reserved VM Instances/);
    expect(await c.say('Azure Reserved VM Instances, D2s v5, 1 year')).toMatch(/not available in its market, Seychelles/);
    expect(await c.say('a reservation please')).toMatch(/Seychelles \(SC\)/);
    expect(c.text()).toMatch(/What do you want to buy/);
  });

  it('sells a reservation to a customer elsewhere, with cards, and records the order', async () => {
    const c = bot.conversation('gus');
    await c.join();
    expect(await c.click('Buy software or Azure reservations')).toMatch(/For which customer/);
    expect(await c.fill({ answer: 'contoso.com' })).toMatch(/What do you want to buy for Contoso Ltd\?/);
    expect(c.text()).toMatch(/Azure reservation, 1 year, €620\.00 per instance, excluding tax/);
    expect(await c.click('Azure Reserved VM Instances, D2s v5, 1 year')).toMatch(/How many instances/);
    expect(c.text()).toMatch(/up to 40 percent/);
    const summary = await c.fill({ quantity: '2' });
    expect(summary).toMatch(/Place this order\?/);
    expect(summary).toMatch(/Total: €1,240\.00, excluding tax/);
    const done = await c.click('Place the order');
    expect(done).toMatch(/Order 7001 placed: Azure Reserved VM Instances, D2s v5, 1 year/);
    expect(done).toMatch(/Azure portal/);
    const log = await bot.app.pc.activity.list(new Date(Date.now() - 60_000), new Date(Date.now() + 60_000));
    expect(log.filter((r) => r.action === 'buy-software' && r.outcome === 'done')).toHaveLength(1);
  });

  it('shows prices with tax for an Australian customer and without for a French one', async () => {
    const au = bot.conversation('ada', { channelId: 'slack' });
    const auCatalog = await au.say('buy software for Fabrikam');
    expect(auCatalog).toMatch(/Prices include tax/);
    expect(auCatalog).toMatch(/Office LTSC Professional Plus 2024 \(A\$480\.00 per license, tax included\)/);
    const fr = bot.conversation('ada', { channelId: 'slack' });
    const frCatalog = await fr.say('buy software for contoso.com');
    expect(frCatalog).toMatch(/Prices exclude tax/);
    expect(frCatalog).toMatch(/Office LTSC Professional Plus 2024 \(€480\.00 per license, excluding tax\)/);
  });

  it('speaks French to a French user, with the tax words and prices of the locale', async () => {
    const c = bot.conversation('ada', { channelId: 'slack', locale: 'fr-FR' });
    const catalog = await c.say('buy software for contoso.com');
    expect(catalog).toMatch(/Que voulez-vous acheter pour Contoso Ltd\s\?/);
    expect(catalog).toMatch(/Les prix excluent les taxes/);
    expect(catalog).toMatch(/Office LTSC Professional Plus 2024 \(480,00\s€ par licence, hors taxes\)/);
    expect(await c.say('Office LTSC Professional Plus 2024')).toMatch(/Combien de licences/);
    expect(await c.say('2')).toMatch(/Total\u00a0?: 960,00\s€, hors taxes/);
    expect(await c.say('Passer la commande')).toMatch(/Commande 7001 passée/);
  });

  it('buys software by typing alone, so that keys and the cancellation see the order', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    await c.say('buy software for Wingtip');
    expect(await c.say('Windows Server 2022 Standard')).toMatch(/How many licenses of Windows Server 2022 Standard\?/);
    expect(await c.say('zero')).toMatch(/"zero" is not a whole number from 1 to 10,000/);
    expect(await c.say('0')).toMatch(/"0" is not a whole number from 1 to 10,000/);
    expect(await c.say('1e3')).toMatch(/"1e3" is not a whole number/);
    const summary = await c.say('3');
    expect(summary).toMatch(/Total: R\$3,207\.00, tax included/);
    expect(await c.say('2')).toMatch(/How many licenses/);
    expect(await c.say('2')).toMatch(/Total: R\$2,138\.00, tax included/);
    const done = await c.say('1');
    expect(done).toMatch(/Order 7001 placed: Windows Server 2022 Standard/);
    expect(done).toMatch(/Billing > Your products > Software/);
    expect(await bot.app.pc.software.purchase('7001')).toMatchObject({
      customerId: 'wingtip',
      productId: 'windows-server-2022-std',
      quantity: 2,
      amount: 2138,
      status: 'active',
    });
    const cancel = bot.conversation('ada', { channelId: 'slack' });
    expect(await cancel.say('cancel order 7001 for wingtip')).toMatch(/Order 7001 can be cancelled: 60 days left/);
  });

  it('explains Azure Hybrid Benefit when asked, and keeps the question', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    await c.say('buy software for contoso.com');
    const answer = await c.say('What is Azure Hybrid Benefit?');
    expect(answer).toMatch(/Windows Server Datacenter or Standard licenses covered by Software Assurance/);
    expect(answer).toMatch(/up to 40 percent/);
    expect(answer).toMatch(/What do you want to buy for Contoso Ltd\?/);
  });

  it('explains Azure Hybrid Benefit from a first question without starting a purchase', async () => {
    const c = bot.conversation('gus', { channelId: 'slack' });
    const answer = await c.say('What is Azure Hybrid Benefit?');
    expect(answer).toMatch(
      /Azure Hybrid Benefit lets a customer reuse Windows Server Datacenter or Standard licenses covered by Software Assurance/,
    );
    expect(answer).not.toMatch(/For which customer are you buying\?/);
    expect(answer).toMatch(/What would you like to do\?/);
  });

  it('refuses a Sales agent and a Helpdesk agent up front', async () => {
    expect(await bot.conversation('sam').say('buy software for contoso')).toMatch(
      /needs one of these Partner Center roles: Admin agent or Global admin\. Your role: Sales agent/,
    );
    expect(await bot.conversation('hana').say('buy an azure reservation')).toMatch(/Your role: Helpdesk agent/);
  });

  it('checks the role again when the order is placed, and loses nothing across a restart', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    await c.say('buy software for Fabrikam');
    await c.say('Visio Professional (software subscription)');
    await bot.restart();
    expect(await c.say('4')).toMatch(/Total: A\$1,440\.00, tax included/);
    await bot.app.pc.directory.setRoles('ada', ['Sales agent']);
    expect(await c.say('Place the order')).toMatch(/you no longer hold a role that allows this \(Admin agent and Global admin\)/);
    expect(await bot.app.pc.software.purchases('fabrikam')).toHaveLength(1);
  });

  it('refuses a reservation to an education customer', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    expect(await c.say('buy a reservation for Lakeside')).toMatch(/commercial customers only, and this is an education customer/);
  });
});
