import { exchange, FixtureServer, loadFixture } from './fixture-server';
import { LiveAssistant, MAGIC_CODE, userToken } from './live-assistant';

const CONTOSO = 'b0d70a69-e1fe-4465-9db8-7d2b1d38b9f0';
const ORDER = '8c8f4a2b-6e1d-4b0a-9f3c-5d2e1a0b9c8d';
const ADA = userToken({ oid: '5c6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b', name: 'Ada Admin', upn: 'admin@partner.onmicrosoft.com' });

const customers = loadFixture('customers');
const orders = loadFixture('orders');
const roles = loadFixture('roles');

type Documented = { status: number; body: { items: unknown[] } };

/** Partner Center as the documentation shows it: the roles, the customers, Contoso's order. */
async function partnerCenter(): Promise<FixtureServer> {
  const all = [
    ...(exchange(customers, 'firstPage').response as Documented).body.items,
    ...(exchange(customers, 'nextPage').response as Documented).body.items,
  ];
  const server = await new FixtureServer().start();
  for (const name of ['list', 'adminAgents', 'salesAgents', 'globalAdmins']) server.serve(exchange(roles, name));
  server.serve({
    request: { method: 'GET', pathPrefix: '/v1/customers?size=500' },
    response: { status: 200, body: { totalCount: all.length, items: all, attributes: { objectType: 'Collection' } } },
  });
  server.serve(exchange(orders, 'customer')).serve(exchange(orders, 'list')).serve(exchange(orders, 'product'));
  // get-an-order-by-id answers the order as the list shows it.
  const order = (exchange(orders, 'list').response as Documented).body.items[0];
  server.route('GET', `/v1/customers/${CONTOSO}/orders/${ORDER}`, { status: 200, body: order });
  return server;
}

let pc: FixtureServer;
let bot: LiveAssistant;
beforeEach(async () => {
  pc = await partnerCenter();
  bot = await new LiveAssistant(pc.url).start();
});
afterEach(async () => {
  await bot.stop();
  await pc.stop();
});

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const requests = (method: string, start: string) => pc.requests.filter((r) => r.method === method && r.url.startsWith(start));
const ORDER_PATH = `/v1/customers/${CONTOSO}/orders/${ORDER}`;

/** Ada signs in on the page the card opens; the channel hands the code over as signin/verifyState. */
async function signInWithVerifyState(c: ReturnType<LiveAssistant['conversation']>): Promise<string> {
  bot.tokens.completeSignInPage(c.user, ADA);
  return c.send({
    ...(c as unknown as { base(): Record<string, unknown> }).base(),
    type: 'invoke',
    name: 'signin/verifyState',
    value: { state: MAGIC_CODE },
  });
}

function signInCard(): { connectionName: string; buttons: { type: string; value: string }[] } | undefined {
  const attachment = bot.raw
    .flatMap((a) => (a.attachments as { contentType: string; content: unknown }[] | undefined) ?? [])
    .find((x) => x.contentType === 'application/vnd.microsoft.card.oauth');
  return attachment?.content as never;
}

describe('cancel a software purchase, against Partner Center', () => {
  it("asks to sign in first, then carries on with what was asked, and cancels from Partner Center's answer", async () => {
    pc.route('PATCH', ORDER_PATH, { status: 200, echoBody: true });
    const c = bot.conversation('ada');
    expect(await c.say(`cancel order ${ORDER} for contosocorp.onmicrosoft.com`)).toMatch(/sign in with your Partner Center account/);
    expect(signInCard()).toMatchObject({
      connectionName: 'PartnerCenter',
      buttons: [{ type: 'signin', value: expect.stringMatching(/^https:\/\/token\.botframework\.test\/api\/oauth\/signin\?signin=/) }],
    });
    // Nothing was asked of Partner Center before the sign-in.
    expect(pc.requests).toHaveLength(0);
    bot.tokens.completeSignInPage('ada', ADA);
    const notice = await c.say(MAGIC_CODE);
    expect(notice).toMatch(/Let's go: Cancel a software purchase/);
    expect(notice).toMatch(/Order 8c8f4a2b-6e1d-4b0a-9f3c-5d2e1a0b9c8d can be cancelled: \d+ days left/);
    expect(notice).toMatch(/Perpetual software: a 100% credit of €1,446\.00/);
    expect(await c.say('1')).toMatch(/Cancel this purchase\?[\s\S]*Customer: Contoso Corporation/);
    expect(await c.say('1')).toMatch(
      /Order 8c8f4a2b-6e1d-4b0a-9f3c-5d2e1a0b9c8d \(Windows Server 2022 Standard - 2 Core License Pack\) is cancelled/,
    );
    const [patch] = requests('PATCH', ORDER_PATH);
    expect(patch?.body).toMatchObject({ id: ORDER, status: 'cancelled' });
    expect(patch?.headers.authorization).toBe(`Bearer ${ADA}`);
  });

  it('signs in again in the middle of the procedure, and goes on at the step it was on', async () => {
    pc.route('PATCH', ORDER_PATH, { status: 200, echoBody: true });
    bot.tokens.signedIn.set('ada', ADA);
    const c = bot.conversation('ada');
    expect(await c.say(`cancel order ${ORDER} for contosocorp.onmicrosoft.com`)).toMatch(/can be cancelled/);
    expect(await c.say('1')).toMatch(/Cancel this purchase\?/);
    // The token service no longer has a token for Ada (it expired, or she signed out elsewhere).
    bot.tokens.signedIn.delete('ada');
    expect(await c.say('1')).toMatch(/sign in with your Partner Center account/);
    expect(requests('PATCH', ORDER_PATH)).toHaveLength(0);
    // The confirmation she gave is applied once she is signed in: the order is cancelled, once.
    expect(await signInWithVerifyState(c)).toMatch(/Order 8c8f4a2b-6e1d-4b0a-9f3c-5d2e1a0b9c8d .* is cancelled/);
    expect(requests('PATCH', ORDER_PATH)).toHaveLength(1);
  });

  it('says which role Partner Center wants when it answers 403, and nothing is cancelled', async () => {
    pc.route('PATCH', ORDER_PATH, { status: 403, body: { code: 900801, description: 'Forbidden' } });
    bot.tokens.signedIn.set('ada', ADA);
    const c = bot.conversation('ada');
    await c.say(`cancel order ${ORDER} for contosocorp.onmicrosoft.com`);
    await c.say('1');
    expect(await c.say('1')).toMatch(/Admin agent/);
    expect(c.text()).not.toMatch(/is cancelled/);
  });

  it('refuses a user whose Partner Center roles do not allow it, naming the role', async () => {
    bot.tokens.signedIn.set(
      'sam',
      userToken({ oid: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a', name: 'Sam Sales', upn: 'sales@partner.onmicrosoft.com' }),
    );
    const c = bot.conversation('sam');
    expect(await c.say('cancel a software purchase')).toMatch(/needs the Partner Center role Admin agent\. Your role: Sales agent/);
  });
});

describe("activity log, from Partner Center's audit records", () => {
  it('waits out a 429 (Retry-After) and shows the records', async () => {
    const audit = exchange(loadFixture('audit-records'), 'list');
    pc.serve(audit, { status: 429, headers: { 'retry-after': '0' }, body: { code: 429, description: 'Too many requests' } });
    bot.tokens.signedIn.set('ada', ADA);
    const c = bot.conversation('ada');
    const log = await c.say(`activity log ${day(-7)} to ${day(0)}`);
    expect(log).toMatch(/Activity from .*: 2 entries/);
    const all = await c.say('1');
    expect(all).toMatch(/Contoso Corporation/);
    expect(all).toMatch(/admin@partner\.onmicrosoft\.com|Fabrikam Inc/);
    expect(requests('GET', '/v1/auditrecords')).toHaveLength(2);
  });

  it('refuses a range older than Partner Center keeps, saying from when', async () => {
    bot.tokens.signedIn.set('ada', ADA);
    const c = bot.conversation('ada');
    expect(await c.say(`activity log ${day(-200)} to ${day(-190)}`)).toMatch(
      /Partner Center keeps activity for 90 days: choose dates from/,
    );
  });
});

describe('signing out', () => {
  it("signs out in the user's language, and the next procedure asks to sign in again", async () => {
    bot.tokens.signedIn.set('ada', ADA);
    const c = bot.conversation('ada', { locale: 'fr' });
    expect(await c.say('se déconnecter')).toMatch(/déconnecté de l'Espace partenaires/);
    expect(bot.tokens.signedIn.has('ada')).toBe(false);
    await c.say('annuler un achat de logiciel');
    expect(signInCard()?.connectionName).toBe('PartnerCenter');
  });
});
