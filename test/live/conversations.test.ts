import { CONTOSO, type Documented, ORDER, documentedPartnerCenter as partnerCenter } from './documented-partner-center';
import { exchange, type FixtureServer, loadFixture } from './fixture-server';
import { LiveAssistant, MAGIC_CODE, userToken } from './live-assistant';

const ADA = userToken({ oid: '5c6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b', name: 'Ada Admin', upn: 'admin@partner.onmicrosoft.com' });

const orders = loadFixture('orders');
const subscriptions = loadFixture('subscriptions');
const carts = loadFixture('carts');

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

  it("signs in by Teams' token exchange, and asks for the card when the exchange fails", async () => {
    pc.route('PATCH', ORDER_PATH, { status: 200, echoBody: true });
    const c = bot.conversation('ada');
    const base = () => (c as unknown as { base(): Record<string, unknown> }).base();
    const exchangeWith = (token: string) =>
      c.send({ ...base(), type: 'invoke', name: 'signin/tokenExchange', value: { id: 'x', connectionName: 'PartnerCenter', token } });
    const invokeStatus = () => (bot.raw.find((a) => a.type === 'invokeResponse')?.value as { status?: number } | undefined)?.status;
    await c.say(`cancel order ${ORDER} for contosocorp.onmicrosoft.com`);
    expect(signInCard()).toBeDefined();
    await exchangeWith('not-consented');
    expect(invokeStatus()).toBe(412);
    bot.tokens.exchangeable.set('teams-sso', ADA);
    expect(await exchangeWith('teams-sso')).toMatch(/Order 8c8f4a2b-6e1d-4b0a-9f3c-5d2e1a0b9c8d can be cancelled/);
    expect(invokeStatus()).toBe(200);
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

  it('leaves the decision to Partner Center when the user may not read the roles, and its 403 names the role', async () => {
    pc.route('GET', '/v1/roles', { status: 403, body: { code: 900801, description: 'Forbidden' } });
    pc.route('PATCH', ORDER_PATH, { status: 403, body: { code: 900801, description: 'Forbidden' } });
    bot.tokens.signedIn.set(
      'sam',
      userToken({ oid: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a', name: 'Sam Sales', upn: 'sales@partner.onmicrosoft.com' }),
    );
    const c = bot.conversation('sam');
    expect(await c.say(`cancel order ${ORDER} for contosocorp.onmicrosoft.com`)).toMatch(/can be cancelled/);
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

  it("says Partner Center's own reason, in French, when it is still throttling after the retries", async () => {
    pc.serve({
      request: { method: 'GET', pathPrefix: '/v1/auditrecords?' },
      response: { status: 429, headers: { 'retry-after': '0' }, body: {} },
    });
    bot.tokens.signedIn.set('ada', ADA);
    const c = bot.conversation('ada', { locale: 'fr' });
    const answer = await c.say(`journal d'activité du ${day(-7)} au ${day(0)}`);
    expect(answer).toMatch(/L'Espace partenaires reçoit trop de demandes/);
    expect(answer).not.toMatch(/n'a pas répondu comme prévu/);
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

const CART = `/v1/customers/${CONTOSO}/carts`;
const SUB = 'a4c1340d-6911-4758-bba3-0c4c6007d161';
const SUB_PATH = `/v1/customers/${CONTOSO}/subscriptions/${SUB}`;
const SUBSCRIPTION_CHANGED = /Partner Center's data changed after you saw that summary/;

describe('buy software, through a cart', () => {
  it("lists the priced software of the customer's market and places the order through a checkout", async () => {
    const placed = {
      ...((exchange(orders, 'list').response as Documented).body.items[0] as object),
      id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
    };
    pc.serve(exchange(carts, 'create')).route('POST', `${CART}/d5a8c1f3-2b4e-4d6a-8c9e-0f1a2b3c4d5e/checkout`, {
      status: 201,
      body: { orders: [placed], attributes: { objectType: 'CartCheckoutResult' } },
    });
    bot.tokens.signedIn.set('ada', ADA);
    const c = bot.conversation('ada');
    const offer = await c.say('buy software for contosocorp.onmicrosoft.com');
    expect(offer).toMatch(/What do you want to buy for Contoso Corporation\?/);
    expect(offer).toMatch(/Windows Server 2022 Standard - 2 Core License Pack \(€723\.00 per license, excluding tax\)/);
    expect(await c.say('Windows Server 2022 Standard - 2 Core License Pack')).toMatch(/How many licenses/);
    const summary = await c.say('2');
    expect(summary).toMatch(/Place this order\?/);
    expect(summary).toMatch(/Total: €1,446\.00, excluding tax/);
    const done = await c.say('1');
    expect(done).toMatch(/Order c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f placed: Windows Server 2022 Standard - 2 Core License Pack/);
    // The cart holds the catalog item of the SKU's availability, with an MS-RequestId from the order's key.
    const [cart] = requests('POST', CART);
    expect(cart?.body).toMatchObject({
      lineItems: [{ catalogItemId: 'DG7GMGF0FKZV:0001:DG7GMGF0DWMS', quantity: 2, billingCycle: 'one_time' }],
    });
    expect(requests('POST', `${CART}/d5a8c1f3-2b4e-4d6a-8c9e-0f1a2b3c4d5e/checkout`)).toHaveLength(1);
    // The price sheet is asked of the Partner API with the token the token service gives for it.
    const [sheet] = requests('GET', "/v1.0/sales/pricesheets(Market='fr',PricesheetView='software')");
    expect(sheet?.headers.authorization).toBe(`Bearer ${ADA}.for-${pc.url}`);
  });
});

describe('new subscription, through a cart', () => {
  it('offers the priced catalog, and checks the cart out once, after a 429', async () => {
    pc.serve(exchange(carts, 'create'), {
      status: 429,
      headers: { 'retry-after': '0' },
      body: { code: 429, description: 'Too many requests' },
    });
    pc.serve(exchange(carts, 'checkout'));
    bot.tokens.signedIn.set('ada', ADA);
    const c = bot.conversation('ada');
    expect(await c.say('new subscription for contosocorp.onmicrosoft.com')).toMatch(/How should Contoso Corporation be billed\?/);
    const products = await c.say('1');
    expect(products).toMatch(/Microsoft 365 Business Basic \(€5\.60 per license per month, 1–10,000 licenses\)/);
    expect(products).toMatch(/Microsoft 365 E3 \(€33\.00 per license per month/);
    // An expired price (2020) is not offered, nor the education price to a commercial customer.
    expect(products).not.toMatch(/€30\.00|€2\.50/);
    expect(await c.say('1')).toMatch(/How many licenses of Microsoft 365 Business Basic\?/);
    expect(await c.say('5')).toMatch(/Microsoft 365 Business Basic: 5 licenses × €5\.60 = €28\.00 per month/);
    const review = await c.say('Review the order');
    expect(review).toMatch(/Microsoft 365 Business Basic/);
    const done = await c.say('1');
    expect(done).toMatch(/Microsoft 365 Business Basic/);
    expect(done).not.toMatch(/did not answer as expected/);
    const created = requests('POST', CART).filter((r) => !r.url.includes('/checkout'));
    expect(created).toHaveLength(2);
    expect(created[1]?.headers['ms-requestid']).toBe(created[0]?.headers['ms-requestid']);
    expect(created[1]?.body).toMatchObject({
      lineItems: [{ catalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K59S', quantity: 5, billingCycle: 'monthly' }],
    });
    expect(requests('POST', `${CART}/d5a8c1f3-2b4e-4d6a-8c9e-0f1a2b3c4d5e/checkout`)).toHaveLength(1);
  });
});

describe('manage a subscription', () => {
  it("changes the quantity with If-Match, from Partner Center's answer", async () => {
    pc.serve(exchange(subscriptions, 'patch'));
    bot.tokens.signedIn.set('ada', ADA);
    const c = bot.conversation('ada');
    expect(await c.say('change the quantity of a subscription for contosocorp.onmicrosoft.com')).toMatch(
      /Which subscription of Contoso Corporation\?[\s\S]*Microsoft 365 Business Basic \(10 licenses, monthly, active\)/,
    );
    expect(await c.say('1')).toMatch(/How many licenses of Microsoft 365 Business Basic from now on \(now 10\)\?/);
    const summary = await c.say('12');
    expect(summary).toMatch(/Licenses: 10 → 12/);
    expect(summary).toMatch(/New price: €67\.20 per month/);
    expect(await c.say('1')).toMatch(/Microsoft 365 Business Basic now has 12 licenses\./);
    const [patch] = requests('PATCH', SUB_PATH);
    expect(patch?.body).toMatchObject({ id: SUB, quantity: 12 });
    expect(patch?.headers['if-match']).toBe('eyJpZCI6IjEifQ==');
  });

  it('sends nothing when the subscription is no longer the one the summary showed', async () => {
    pc.serve(exchange(subscriptions, 'patch'));
    bot.tokens.signedIn.set('ada', ADA);
    const c = bot.conversation('ada');
    await c.say('change the quantity of a subscription for contosocorp.onmicrosoft.com');
    await c.say('1');
    expect(await c.say('12')).toMatch(/Licenses: 10 → 12/);
    // Someone else sets 11 licenses in Partner Center before Ada confirms.
    const one = (exchange(subscriptions, 'one').response as { body: object }).body;
    pc.route('GET', SUB_PATH, {
      status: 200,
      body: { ...one, quantity: 11, attributes: { etag: 'eyJpZCI6IjIifQ==', objectType: 'Subscription' } },
    });
    expect(await c.say('1')).toMatch(SUBSCRIPTION_CHANGED);
    expect(requests('PATCH', SUB_PATH)).toHaveLength(0);
  });

  it('changes nothing when Partner Center answers 412: the subscription changed meanwhile', async () => {
    pc.route('PATCH', SUB_PATH, { status: 412, body: { code: 412, description: 'Precondition failed' } });
    bot.tokens.signedIn.set('ada', ADA);
    const c = bot.conversation('ada');
    await c.say('change the quantity of a subscription for contosocorp.onmicrosoft.com');
    await c.say('1');
    await c.say('12');
    const answer = await c.say('1');
    expect(answer).not.toMatch(/now has 12 licenses/);
    expect(answer).toMatch(SUBSCRIPTION_CHANGED);
    expect(requests('PATCH', SUB_PATH)).toHaveLength(1);
  });
});
