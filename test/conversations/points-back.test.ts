import { ManualClock } from '../../domain/clock';
import type { ProcedureDefinition } from '../../dialogs/procedure';
import { withEarlierSubject } from '../../dialogs/engine/routing';
import { InProcessAssistant } from '../support/driver';

/**
 * "Cancel that order" right after placing one: the order just placed, for its customer, in the
 * conversation's language; a sentence that names another customer or order keeps its own.
 */
describe('a first message pointing back to the order the conversation just placed', () => {
  let bot: InProcessAssistant;
  beforeEach(async () => {
    bot = await new InProcessAssistant(new ManualClock(new Date('2026-11-10T09:00:00Z'))).start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  /** Two Windows Server licences for Wingtip, typed: order 7001 onwards. */
  async function buy(c: ReturnType<InProcessAssistant['conversation']>, first: string): Promise<string> {
    await c.say(first);
    await c.say('Windows Server 2022 Standard');
    await c.say('2');
    const done = await c.say('1');
    return /\b(7\d\d\d)\b/.exec(done)?.[1] ?? `(no order in: ${done})`;
  }

  it.each([
    ['en-US', 'buy software for Wingtip', 'cancel that order', /Order (\d+) can be cancelled/],
    ['fr-FR', 'acheter un logiciel pour Wingtip', 'annule cette commande', /La commande (\d+) peut être annulée/],
    ['sv-SE', 'köp programvara till Wingtip', 'avbryt den beställningen', /Order (\d+) kan avbrytas/],
    ['nl-NL', 'software kopen voor Wingtip', 'annuleer die bestelling', /Bestelling (\d+) kan worden geannuleerd/],
  ])('in %s: "%s", then "%s" goes to the new order at once', async (locale, first, back, notice) => {
    const c = bot.conversation('ada', { channelId: 'slack', locale });
    const placed = await buy(c, first);
    const answer = await c.say(back);
    expect(answer).toMatch(notice);
    expect(notice.exec(answer)?.[1]).toBe(placed);
  });

  it('after a cancellation, a support request about that order starts with the order', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    expect(await c.say('cancel order 4711 for contoso.com')).toMatch(/Order 4711 can be cancelled/);
    await c.say('1');
    expect(await c.say('1')).toMatch(/Order 4711 \(Office LTSC Professional Plus 2024\) is cancelled/);
    const support = await c.say('open a support request about that order');
    expect(support).toMatch(/Order 4711 was €2,400\.00/);
    expect(support).not.toMatch(/Which customer/);
  });

  it('without an order placed before, or naming another customer, asks as before', async () => {
    const fresh = bot.conversation('ada', { channelId: 'slack' });
    expect(await fresh.say('cancel that order')).toMatch(/Which customer bought the software/);
    const c = bot.conversation('ada', { channelId: 'slack', id: 'after-a-purchase' });
    await buy(c, 'buy software for Wingtip');
    expect(await c.say('cancel that order for contoso.com')).toMatch(/Which product of Contoso Ltd/);
  });

  it('fills only what the sentence leaves out, for the procedures that read it', () => {
    const about = { customer: 'wingtiptoys.com', orderId: '7001' };
    const cancel = { prefillKeys: ['customer', 'orderId', 'product'] } as unknown as ProcedureDefinition;
    const log = { prefillKeys: ['customer', 'range'] } as unknown as ProcedureDefinition;
    expect(withEarlierSubject(cancel, {}, 'cancel that order', about)).toEqual(about);
    expect(withEarlierSubject(cancel, { orderId: '4711' }, 'cancel that order 4711', about)).toEqual({
      orderId: '4711',
      customer: 'wingtiptoys.com',
    });
    expect(withEarlierSubject(cancel, {}, 'cancel an order', about)).toEqual({});
    expect(withEarlierSubject(log, {}, 'who placed that order', about)).toEqual({ customer: 'wingtiptoys.com' });
    expect(withEarlierSubject(cancel, { customer: 'contoso.com' }, 'cancel that order for contoso.com', about)).toEqual({
      customer: 'contoso.com',
    });
    expect(withEarlierSubject(cancel, {}, 'cancel that order', undefined)).toEqual({});
  });
});
