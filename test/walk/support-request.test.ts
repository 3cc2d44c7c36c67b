import { ManualClock } from '../../domain/clock';
import { readContact } from '../../dialogs/procedures/support-request/machine';
import { InProcessAssistant } from '../support/driver';

/** Support request for a cancellation: the amount, a second request, the contact (walk 2026-11, M-10). */
describe('support request: amount, duplicates and contact', () => {
  let bot: InProcessAssistant;
  beforeEach(async () => {
    bot = await new InProcessAssistant(new ManualClock(new Date('2026-11-20T10:00:00Z'))).start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('refuses an amount above the order, and zero with its own message', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    expect(await c.say('open a support request for order 4719 for northwind')).toMatch(/What amount do you request \(USD\)\?/);
    expect(await c.say('12000')).toMatch(
      /\$12,000\.00 is more than order 4719 cost \(\$9,600\.00\): the refund requested can be at most that/,
    );
    const zero = await c.say('0');
    expect(zero).toMatch(/The amount must be more than zero/);
    expect(zero).not.toMatch(/not an amount I can read/);
    expect(await c.say('9600')).toMatch(/What is the impact/);

    const direct = bot.conversation('ada', { channelId: 'slack' });
    await direct.say('open a support request for order 4714 for contoso.com');
    expect(await direct.say('2000')).toMatch(/is more than order 4714 cost \(€1,440\.00\)/);
  });

  it('bounds a changed amount after a cancellation too, and never shows "amount —"', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    await c.say('cancel order 4719 for northwind');
    await c.say('1');
    await c.say('High');
    await c.say('ok');
    await c.say('The customer ordered the same licenses twice.');
    await c.say('+1 425 555 0100');
    const amount = await c.say('Change the amount');
    expect(amount).toMatch(/What amount do you request/);
    expect(amount).toMatch(/From the cancellation, not asked again: Northwind Traders, 4719\./);
    expect(amount).not.toMatch(/amount —/);
    expect(await c.say('12000')).toMatch(/more than order 4719 cost/);
    expect(
      await bot.app.pc.softwareSales.createSupportRequest(
        {
          customerId: 'northwind',
          purchaseRef: '4719',
          impact: 'high',
          title: 'Refund of order 4719',
          reason: 'Ordered twice.',
          amount: 12000,
          currency: 'USD',
          contact: { name: 'Ada Okafor', email: 'ada@partner.example', phone: '+1 425 555 0100' },
        },
        { userId: 'ada', idempotencyKey: 'walk-above' },
      ),
    ).toEqual({ status: 'refused', reason: { code: 'above-order', orderAmount: 9600 } });
  });

  it('warns before a second request for the same order', async () => {
    const first = bot.conversation('ada', { channelId: 'slack' });
    await first.say('open a support request for order 4719 for northwind');
    await first.say('ok');
    await first.say('High');
    await first.say('ok');
    await first.say('The customer ordered the same licenses twice.');
    await first.say('+1 425 555 0100');
    expect(await first.say('Create the request')).toMatch(/Support request 2611200000000001 created/);

    const second = bot.conversation('ada', { channelId: 'slack' });
    const asked = await second.say('open a support request for order 4719 for northwind');
    expect(asked).toMatch(/A support request for 4719 already exists: 2611200000000001, opened on Nov 20, 2026/);
    await second.say('ok');
    await second.say('Low');
    await second.say('ok');
    await second.say('Another problem with the same order.');
    expect(await second.say('+1 425 555 0100')).toMatch(/Create this support request\?[\s\S]*A support request for 4719 already exists/);
  });

  it('reads the contact field by field: an invalid email or a phone never ends up in the name', async () => {
    expect(readContact({ type: 'ANSWER', value: 'Ada ada@bad +1 425 555 0100' })).toEqual({
      name: 'Ada',
      email: 'ada@bad',
      phone: '+1 425 555 0100',
    });
    expect(readContact({ type: 'ANSWER', value: 'Ada Okafor, 12' })).toEqual({ name: 'Ada Okafor', email: undefined, phone: '12' });

    const c = bot.conversation('ada');
    await c.say('open a support request for order 4719 for northwind');
    await c.say('ok');
    await c.say('High');
    await c.say('ok');
    await c.say('The customer ordered the same licenses twice.');
    const reply = await c.say('Grace Hopper grace@bad +1 425 555 0100');
    expect(reply).toMatch(/"grace@bad" is not an email address/);
    expect(reply).toMatch(/Contact name: Grace Hopper/);
    expect(reply).not.toMatch(/Grace Hopper grace@bad/);
    const summary = await c.say('grace@partner.example');
    expect(summary).toMatch(/Contact: Grace Hopper, grace@partner\.example, \+1 425 555 0100/);
    // A card whose name field holds an email is refused field by field too.
    expect(await c.say('Change the contact')).toMatch(/How can Partner Center support reach you/);
    expect(
      await c.fill({ contactName: 'grace@partner.example', contactEmail: 'grace@partner.example', contactPhone: '+1 425 555 0100' }),
    ).toMatch(/"grace@partner\.example" is not a name I can use/);
  });
});
