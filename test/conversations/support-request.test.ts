import { ManualClock } from '../../domain/clock';
import { InProcessAssistant } from '../support/driver';

describe('support request for a cancellation', () => {
  let bot: InProcessAssistant;
  beforeEach(async () => {
    bot = await new InProcessAssistant(new ManualClock(new Date('2026-11-20T10:00:00Z'))).start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('continues a cancellation that needs one, with everything it knew, and ends with a request number', async () => {
    const c = bot.conversation('ada');
    const seen: string[] = [];
    const step = async (p: Promise<string>) => {
      const text = await p;
      seen.push(text);
      return text;
    };
    expect(await step(c.say('cancel order 4719 for northwind'))).toMatch(/Partner Center needs more information to cancel order 4719/);
    const first = await step(c.click('Open a support request'));
    expect(first).toMatch(/Let's go: Open a support request for a cancellation/);
    expect(first).toMatch(/From the cancellation, not asked again: Northwind Traders, 4719, amount \$9,600\.00/);
    expect(first).toMatch(/Type of problem: "CSP Purchase\/Refund on behalf of customers"/);
    expect(first).toMatch(/What is the impact on your business\?/);
    expect(await step(c.click('High'))).toMatch(/Title of the request\?/);
    expect(await step(c.fill({ title: 'Refund of order 4719, ordered twice' }))).toMatch(/Why should the purchase be refunded\?/);
    const contact = await step(c.fill({ reason: 'The customer ordered the same licenses twice.' }));
    expect(contact).toMatch(/How can Partner Center support reach you\?/);
    expect(contact).toMatch(/Still needed: the phone number/);
    expect(await step(c.fill({ contactName: 'Ada Okafor', contactEmail: 'ada@partner', contactPhone: '+1 425 555 0100' }))).toMatch(
      /"ada@partner" is not an email address/,
    );
    const summary = await step(c.fill({ contactName: 'Ada Okafor', contactEmail: 'ada@partner.example', contactPhone: '+1 425 555 0100' }));
    expect(summary).toMatch(/Create this support request\?/);
    expect(summary).toMatch(/Customer: tenant 1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c05, domain northwindtraders\.com/);
    expect(summary).toMatch(/Order ID: 4719/);
    expect(summary).toMatch(/Refund reason: The customer ordered the same licenses twice\./);
    expect(summary).toMatch(/Amount requested: 9600\.00 USD/);
    expect(summary).toMatch(/Files can't be attached here/);
    const done = await step(c.click('Create the request'));
    expect(done).toMatch(/Support request 2611200000000001 created/);
    expect(done).toMatch(/contact Ada Okafor at ada@partner\.example or \+1 425 555 0100/);

    const all = seen.join('\n');
    for (const asked of [/Which customer/, /Which order ID or subscription ID/, /What amount do you request/])
      expect(all).not.toMatch(asked);
    expect(all.match(/What is the impact/g)).toHaveLength(1);
    expect(all.match(/Title of the request\?/g)).toHaveLength(1);
    expect(all.match(/Why should the purchase be refunded\?/g)).toHaveLength(1);

    expect(await bot.app.pc.softwareSales.supportRequest('2611200000000001')).toMatchObject({
      problemType: 'CSP Purchase/Refund on behalf of customers',
      customerId: 'northwind',
      purchaseRef: '4719',
      impact: 'high',
      amount: 9600,
      currency: 'USD',
      contact: { name: 'Ada Okafor', email: 'ada@partner.example', phone: '+1 425 555 0100' },
      createdBy: 'ada',
    });
    expect((await bot.app.pc.software.purchase('4719'))?.status).toBe('active');
  });

  it('starts on its own by typing, validates every field, and allows changes before creating', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    const first = await c.say('open a support request for order 4719 for northwind');
    expect(first).toMatch(/What amount do you request \(USD\)\?/);
    expect(first).toMatch(/Order 4719 was \$9,600\.00: reply "ok" to request that amount/);
    expect(await c.say('lots')).toMatch(/"lots" is not an amount/);
    expect(await c.say('4,800.50')).toMatch(/What is the impact/);
    expect(await c.say('2')).toMatch(/Suggested: "Refund of order 4719"/);
    expect(await c.say('abc')).toMatch(/5 to 100 characters/);
    expect(await c.say('ok')).toMatch(/Why should the purchase be refunded\?/);
    expect(await c.say('oops')).toMatch(/5 to 1,000 characters/);
    const contact = await c.say('Half of the licenses were never used.');
    expect(contact).toMatch(/Contact name: Ada Okafor/);
    expect(await c.say('+46 8 123 456 78')).toMatch(/Create this support request\?/);
    expect(c.text()).toMatch(/Contact: Ada Okafor, ada@partner\.example, \+46 8 123 456 78/);
    expect(c.text()).toMatch(/Amount requested: \$4,800\.50/);
    expect(await c.say('Change the title')).toMatch(/Title of the request\?/);
    expect(await c.say('Partial refund for order 4719')).toMatch(/Title: Partial refund for order 4719/);
    const done = await c.say('1');
    expect(done).toMatch(/Support request \d{16} created/);
    expect(done).toMatch(/open request \d{16} in Partner Center/);
    const log = await bot.app.pc.activity.list(new Date('2026-11-20T00:00:00Z'), new Date('2026-11-20T23:59:59Z'));
    expect(log.filter((r) => r.action === 'support-request' && r.outcome === 'done')).toHaveLength(1);
  });

  it('asks for the customer and the order when started without them, and checks the order is theirs', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    expect(await c.say('support request')).toMatch(/Which customer is the refund for\?/);
    expect(await c.say('contoso.com')).toMatch(/Which order ID or subscription ID of Contoso Ltd\?/);
    expect(await c.say('order 4719')).toMatch(/is not an order ID or a subscription ID/);
    expect(await c.say('4719')).toMatch(/Order 4719 is not one of Contoso Ltd's software purchases/);
    expect(await c.say('6b1e4c1a-2f0d-4c53-9a37-0d5b8e6f1a99')).toMatch(/What amount do you request \(EUR\)\?/);
  });

  it('refuses a Sales agent', async () => {
    expect(await bot.conversation('sam').say('open a support request for order 4719')).toMatch(
      /needs the Partner Center role Admin agent\./,
    );
  });
});
