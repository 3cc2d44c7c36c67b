import { checkCancellation } from '../../domain/rules/cancellation';
import { ManualClock } from '../../domain/clock';
import { InProcessAssistant } from '../support/driver';

/** Days left to cancel, at the boundary (walk 2026-11, minor 4 and 5). */
describe('time left to cancel', () => {
  const clock = new ManualClock(new Date('2026-11-30T00:00:00Z'));
  let bot: InProcessAssistant;
  beforeAll(async () => {
    bot = await new InProcessAssistant(clock).start();
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('shows the demo order 4713 on its last day, in hours, and refuses it once the window has closed', async () => {
    const notice = await bot.conversation('ada', { channelId: 'slack' }).say('cancel order 4713 for contoso.com');
    expect(notice).toMatch(/Order 4713 can be cancelled: last day, 4 hours left, until Nov 30, 2026, 4:00 AM UTC/);
    expect(notice).not.toMatch(/1 day left/);
    clock.advance(3.5 * 3_600_000);
    expect(await bot.conversation('ada', { channelId: 'slack' }).say('cancel order 4713 for contoso.com')).toMatch(
      /last day, 1 hour left, until Nov 30, 2026, 4:00 AM UTC/,
    );
    clock.advance(3_600_000);
    const late = bot.conversation('ada', { channelId: 'slack' });
    expect(await late.say('cancel order 4713 for contoso.com')).toMatch(
      /Order 4713 is past its 60-day cancellation window, which closed on Nov 30, 2026, 4:00 AM UTC/,
    );
    // "Choose another order" offers Windows Server's other orders, not the product list (walk M-12).
    expect(await late.say('1')).toMatch(/Which order of Windows Server 2022 Standard\?/);
  });

  it('counts hours on the last day and days before it', () => {
    const product = { id: 'p', name: 'P', publisher: 'Microsoft', kind: 'perpetual' as const, vendor: 'Microsoft' as const, price: 1 };
    const purchase = (purchasedAt: string) => ({
      orderId: '1',
      customerId: 'c',
      productId: 'p',
      quantity: 1,
      amount: 1,
      purchasedAt,
      status: 'active' as const,
      needsSupportRequest: false,
    });
    const at = (iso: string) => checkCancellation(purchase('2026-10-01T00:00:00Z'), product, new Date(iso));
    expect(at('2026-11-29T23:00:00Z')).toMatchObject({ ok: true, daysLeft: 1, hoursLeft: 1 });
    expect(at('2026-11-29T00:00:00Z')).toMatchObject({ ok: true, daysLeft: 1, hoursLeft: 24 });
    expect(at('2026-11-28T23:00:00Z')).toMatchObject({ ok: true, daysLeft: 2, hoursLeft: 25 });
  });
});
