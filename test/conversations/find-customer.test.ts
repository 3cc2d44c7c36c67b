import { InProcessAssistant } from '../support/driver';

/**
 * The customer question of three procedures: names as people type them, and the
 * whole list. The step is the same everywhere (dialogs/pick); these check that each procedure
 * goes on with the customer found.
 */
type Found = Record<'Contoso Ltd' | 'Northwind Traders', RegExp>;
const PROCEDURES: { start: string; asks: RegExp; found: Found }[] = [
  {
    start: 'cancel-software-purchase',
    asks: /Which customer bought the software\?/,
    // Northwind's only order needs a support request: the procedure goes straight to it.
    found: { 'Contoso Ltd': /Which product of Contoso Ltd/, 'Northwind Traders': /needs more information to cancel order 4719/ },
  },
  {
    start: 'buy-software',
    asks: /For which customer are you buying\?/,
    found: {
      'Contoso Ltd': /What do you want to buy for Contoso Ltd\?/,
      'Northwind Traders': /What do you want to buy for Northwind Traders\?/,
    },
  },
  {
    start: 'new-subscription',
    asks: /Which customer is the subscription for\?/,
    found: { 'Contoso Ltd': /How should Contoso Ltd be billed\?/, 'Northwind Traders': /How should Northwind Traders be billed\?/ },
  },
];

describe('finding the customer at the customer question', () => {
  let bot: InProcessAssistant;
  beforeEach(async () => {
    bot = await new InProcessAssistant().start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  describe.each(PROCEDURES)('$start', ({ start, asks, found }) => {
    const begin = async () => {
      const c = bot.conversation('ada');
      expect(await c.say(start)).toMatch(asks);
      return c;
    };

    it('takes "Contoso Ltd." (the name with a final period)', async () => {
      const c = await begin();
      expect(await c.say('Contoso Ltd.')).toMatch(found['Contoso Ltd']);
    });

    it('takes "northwnd traders" (a typo)', async () => {
      const c = await begin();
      expect(await c.say('northwnd traders')).toMatch(found['Northwind Traders']);
    });

    it('offers the Contosos for "contosso", the likelier first', async () => {
      const c = await begin();
      const reply = await c.say('contosso');
      expect(reply).toMatch(/Several customers match "contosso"/);
      expect(reply).toMatch(/1\. Contoso Ltd[\s\S]*2\. Contoso Pharma/);
      expect(await c.say('1')).toMatch(found['Contoso Ltd']);
    });

    it('lists the customers on "list my customers", and one is picked by its number', async () => {
      const c = await begin();
      const reply = await c.say('list my customers');
      expect(reply).toMatch(/Your customers, 1–9 of 9\. Which one\?/);
      expect(reply).toMatch(/Northwind Traders/);
      const lines = reply.split('\n');
      const n = lines.find((l) => /^\d+\. Northwind Traders/.test(l))!.split('.')[0];
      expect(await c.say(n)).toMatch(found['Northwind Traders']);
    });
  });

  it('takes the customer of a first sentence with a typo or a possessive', async () => {
    expect(await bot.conversation('ada').say('cancel order 4719 for northwnd traders')).toMatch(
      /needs more information to cancel order 4719/,
    );
    expect(await bot.conversation('ada').say("buy software for fabrikam's")).toMatch(/What do you want to buy for Fabrikam Pty\?/);
  });
});
