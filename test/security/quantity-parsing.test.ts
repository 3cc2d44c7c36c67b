import { TestAssistant } from '../support/client';

/**
 * Review 2026-11 finding 15: the quantity of a software purchase went through `Number()`, so
 * "1e3" was read as 1,000 licenses and "0x10" as 16, while "1,000" and "10 licenses" were
 * refused. A quantity is now read as people write numbers in their language, typed or in the
 * card's number box, and anything else is refused with the bounds.
 */
describe('finding 15: quantities are read as people write them', () => {
  let bot: TestAssistant;
  beforeAll(async () => {
    bot = await new TestAssistant().start();
  });
  afterAll(async () => {
    await bot.stop();
  });

  async function atQuantity(locale = 'en-US') {
    const c = bot.conversation('ada', { channelId: 'slack', locale });
    await c.say('buy software for contoso.com');
    await c.say('Office LTSC Professional Plus 2024');
    return c;
  }

  it.each([
    ['1e3', 'en-US'],
    ['0x10', 'en-US'],
    ['1.5', 'en-US'],
    ['1,5', 'fr-FR'],
    ['20000', 'en-US'],
    // Full-width digits are refused like other look-alikes (customer names too): typed again, they are read.
    ['\uff11\uff10', 'en-US'],
  ])('"%s" (%s) is refused with the bounds, and the question stays', async (typed, locale) => {
    const c = await atQuantity(locale);
    const reply = await c.say(typed);
    expect(reply).toMatch(/1 (to|à) 10[,\s\u202f\u00a0]000/);
    expect(reply).not.toMatch(/Place this order|Passer cette commande/);
    expect(reply).toMatch(/How many licenses|Combien de licences/);
  });

  it.each([
    [' 7 ', 'en-US', /Quantity: 7\n/],
    ['1,000', 'en-US', /Quantity: 1,000\n/],
    ['10 licenses', 'en-US', /Quantity: 10\n/],
    ['1 000', 'fr-FR', /Quantité\u00a0?: 1[\s\u202f\u00a0]000\n/],
    ['douze', 'fr-FR', /Quantité\u00a0?: 12\n/],
  ])('"%s" (%s) is read as the number it shows, and the summary says it before anything is ordered', async (typed, locale, shown) => {
    const c = await atQuantity(locale);
    expect(await c.say(typed)).toMatch(shown);
  });

  it('the card\'s number box is read the same way: "1e3" refused, full-width digits read', async () => {
    const c = bot.conversation('gus');
    await c.join();
    await c.click('Buy software or Azure reservations');
    await c.fill({ answer: 'contoso.com' });
    expect(await c.click('Office LTSC Professional Plus 2024')).toMatch(/How many licenses/);
    const refused = await c.fill({ quantity: '1e3' });
    expect(refused).toMatch(/"1e3" is not a whole number from 1 to 10,000/);
    expect(refused).not.toMatch(/Place this order/);
    expect(await c.fill({ quantity: '0x10' })).toMatch(/"0x10" is not a whole number from 1 to 10,000/);
    // A number out of bounds is refused by the procedure, with its own bounds.
    expect(await c.fill({ quantity: '20 000' })).toMatch(/"20000" is not a quantity I can order: type a whole number from 1 to 10,000/);
    const summary = await c.fill({ quantity: '1,000' });
    expect(summary).toMatch(/Place this order\?/);
    expect(summary).toMatch(/Quantity: 1,000\b/);
    const orders = await bot.app.pc.activity.list(new Date(Date.now() - 60_000), new Date(Date.now() + 60_000));
    expect(orders.filter((r) => r.action === 'buy-software')).toHaveLength(0);
  });
});
