import { PartnerCenterHttp } from '../../domain/live/http';
import { requestIdFor } from '../../domain/live/ids';
import { livePartnerCenter } from '../../domain/live/live-partner-center';
import { LiveActivity } from '../../domain/live/activity';
import { LiveCsp } from '../../domain/live/csp';
import { LiveCustomers } from '../../domain/live/customers';
import { LiveSoftware } from '../../domain/live/software';
import { LiveSoftwareSales } from '../../domain/live/software-sales';
import { isPartnerCenterRefusal, type LiveRefusal } from '../../domain/live/refusal';
import type { ActivityRecord } from '../../domain/model';
import { exchange, FixtureServer, loadFixture } from './fixture-server';

const TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.fixture-user-token';
const CONTOSO = 'b0d70a69-e1fe-4465-9db8-7d2b1d38b9f0';
const SUB = 'a4c1340d-6911-4758-bba3-0c4c6007d161';
const ORDER = '8c8f4a2b-6e1d-4b0a-9f3c-5d2e1a0b9c8d';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const effect = (key: string) => ({ userId: 'ada', idempotencyKey: key });

const customers = loadFixture('customers');
const subscriptions = loadFixture('subscriptions');
const orders = loadFixture('orders');
const carts = loadFixture('carts');
const audit = loadFixture('audit-records');
const relationship = loadFixture('relationship-request');
const errors = loadFixture('errors') as unknown as Record<string, { status: number; body: unknown; headers?: Record<string, string> }>;

let server: FixtureServer;
let waits: number[];
let attempts: { status: number | string; requestId: string; correlationId: string }[];

function http(overrides: Partial<ConstructorParameters<typeof PartnerCenterHttp>[0]> = {}): PartnerCenterHttp {
  return new PartnerCenterHttp({
    baseUrl: server.url,
    token: async () => TOKEN,
    timeoutMs: 1000,
    sleep: async (ms) => {
      waits.push(ms);
    },
    onAttempt: (a) => attempts.push(a),
    ...overrides,
  });
}

async function refusalOf(promise: Promise<unknown>): Promise<LiveRefusal> {
  try {
    await promise;
  } catch (err) {
    if (isPartnerCenterRefusal(err)) return err.reason;
    throw err;
  }
  throw new Error('expected a refusal');
}

beforeEach(async () => {
  server = await new FixtureServer().start();
  waits = [];
  attempts = [];
});
afterEach(() => server.stop());

describe('every request', () => {
  it('carries the user token, a request id, a correlation id and the contract version', async () => {
    server.serve(exchange(customers, 'firstPage'));
    await new LiveCustomers(http()).page({ size: 2 });
    const [req] = server.requests;
    expect(req?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(req?.headers['ms-requestid']).toMatch(GUID);
    expect(req?.headers['ms-correlationid']).toMatch(GUID);
    expect(req?.headers['ms-contract-version']).toBe('v1');
    expect(req?.headers.accept).toBe('application/json');
  });

  it('is not sent without a token: the user has to sign in', async () => {
    server.serve(exchange(customers, 'firstPage'));
    expect(await refusalOf(new LiveCustomers(http({ token: async () => undefined })).page())).toEqual({ code: 'sign-in-needed' });
    expect(server.requests).toHaveLength(0);
  });

  it('never shows the token to what watches the calls, nor in a refusal', async () => {
    server.route('GET', '/v1/customers?size=100', errors.badRequest as never);
    const reason = await refusalOf(new LiveCustomers(http()).page());
    expect(JSON.stringify(reason)).not.toContain(TOKEN);
    expect(JSON.stringify(attempts)).not.toContain(TOKEN);
  });
});

describe('customers (get-a-list-of-customers)', () => {
  it('pages with the continuation token of the next link', async () => {
    server.serve(exchange(customers, 'firstPage')).serve(exchange(customers, 'nextPage'));
    const api = new LiveCustomers(http());
    const first = await api.page({ size: 2 });
    expect(first.total).toBe(3);
    expect(first.items.map((c) => c.name)).toEqual(['Contoso Corporation', 'Fabrikam Inc']);
    expect(first.items[0]).toMatchObject({
      id: CONTOSO,
      tenantId: CONTOSO,
      domain: 'contosocorp.onmicrosoft.com',
      market: 'FR',
      currency: 'EUR',
    });
    expect(first.continuation).toBeDefined();
    const second = await api.page({ size: 2, continuation: first.continuation });
    expect(second.items.map((c) => c.name)).toEqual(['Wingtip Toys']);
    expect(second.continuation).toBeUndefined();
    expect(server.requests[1]?.url).toBe('/v1/customers?size=2&seekOperation=Next');
    expect(server.requests[1]?.headers['ms-continuationtoken']).toBe('AQAAAA%3d%3d');
  });

  it('never follows a continuation to another address', async () => {
    const forged = Buffer.from(JSON.stringify({ uri: 'https://evil.example/steal', token: 'x' })).toString('base64url');
    server.route('GET', '/v1/customers?size=100', { status: 200, body: { totalCount: 0, items: [] } });
    await new LiveCustomers(http()).page({ continuation: forged });
    expect(server.requests[0]?.url).toBe('/v1/customers?size=100');
  });

  it('finds by tenant ID with one GET, and by a misspelt name across every page', async () => {
    const one = (exchange(customers, 'firstPage').response as { body: { items: unknown[] } }).body.items[0];
    server.route('GET', `/v1/customers/${CONTOSO}`, { status: 200, body: one });
    const api = new LiveCustomers(http());
    expect((await api.search(CONTOSO.toUpperCase())).items.map((c) => c.name)).toEqual(['Contoso Corporation']);

    const page = (name: string) => exchange(customers, name).response as { body: Record<string, unknown> };
    server.route('GET', '/v1/customers?size=500', { status: 200, body: page('firstPage').body });
    server.route('GET', '/v1/customers?size=2&seekOperation=Next', { status: 200, body: page('nextPage').body });
    expect((await api.search('wingtip toy')).items[0]?.name).toBe('Wingtip Toys');
  });

  it("finds a whole domain through Partner Center's domain filter", async () => {
    const body = (exchange(customers, 'nextPage').response as { body: unknown }).body;
    server.route(
      'GET',
      `/v1/customers?size=500&filter=${encodeURIComponent(JSON.stringify({ Field: 'Domain', Value: 'wingtiptoys.onmicrosoft.com', Operator: 'starts_with' }))}`,
      {
        status: 200,
        body,
      },
    );
    const found = await new LiveCustomers(http()).search('WingtipToys.onmicrosoft.com');
    expect(found.items.map((c) => c.name)).toEqual(['Wingtip Toys']);
    expect(server.requests).toHaveLength(1);
  });
});

describe('subscriptions (get-all-of-a-customer-s-subscriptions, change-the-quantity-of-a-subscription)', () => {
  const listed = async (h = http()) => {
    const csp = new LiveCsp(h);
    server.serve(exchange(subscriptions, 'list')).serve(exchange(subscriptions, 'one'));
    return { csp, subs: await csp.subscriptions(CONTOSO) };
  };

  it("lists the customer's subscriptions, leaving out deleted ones", async () => {
    const { subs } = await listed();
    expect(subs).toEqual([
      expect.objectContaining({
        id: SUB,
        customerId: CONTOSO,
        offerId: 'CFQ7TTC0LH18:0001',
        quantity: 10,
        billing: 'monthly',
        status: 'active',
        trial: false,
      }),
    ]);
  });

  it('changes the quantity with PATCH, its MS-RequestId derived from the side effect', async () => {
    const { csp } = await listed();
    server.serve(exchange(subscriptions, 'patch'));
    const out = await csp.changeQuantity(SUB, 12, effect('q-1'));
    expect(out).toMatchObject({ status: 'done', offerName: 'Microsoft 365 Business Basic', subscription: { quantity: 12 } });
    const patch = server.requests.find((r) => r.method === 'PATCH');
    expect(patch?.body).toMatchObject({ id: SUB, quantity: 12, status: 'active' });
    expect(patch?.headers['ms-requestid']).toBe(requestIdFor('q-1', 'quantity'));
  });

  it('is throttled (429, Retry-After: 2), waits as asked, then succeeds with the same request id', async () => {
    const { csp } = await listed();
    server.serve(exchange(subscriptions, 'patch'), errors.throttled as never);
    const out = await csp.suspend(SUB, effect('s-1'));
    expect(out).toMatchObject({ status: 'done', subscription: { status: 'suspended' } });
    const patches = server.requests.filter((r) => r.method === 'PATCH');
    expect(patches).toHaveLength(2);
    expect(patches[0]?.headers['ms-requestid']).toBe(patches[1]?.headers['ms-requestid']);
    expect(patches[0]?.headers['ms-correlationid']).not.toBe(patches[1]?.headers['ms-correlationid']);
    expect(waits).toEqual([2000]);
  });

  it('does not wait longer than allowed: a long Retry-After is told to the user', async () => {
    const { csp } = await listed(http({ maxWaitMs: 1000 }));
    server.serve(exchange(subscriptions, 'patch'), errors.throttled as never);
    expect(await refusalOf(csp.suspend(SUB, effect('r-1')))).toEqual({ code: 'throttled', retryAfterSeconds: 2 });
    expect(server.count('PATCH', '/')).toBe(1);
    expect(waits).toEqual([]);
  });

  it('retries a PATCH that timed out with the same request id', async () => {
    const { csp } = await listed(http({ timeoutMs: 200 }));
    server.serve(exchange(subscriptions, 'patch'), 'hang');
    const out = await csp.changeQuantity(SUB, 11, effect('q-2'));
    expect(out).toMatchObject({ status: 'done', subscription: { quantity: 11 } });
    const patches = server.requests.filter((r) => r.method === 'PATCH');
    expect(patches.map((p) => p.headers['ms-requestid'])).toEqual([requestIdFor('q-2', 'quantity'), requestIdFor('q-2', 'quantity')]);
    expect(attempts.filter((a) => a.status === 'timeout')).toHaveLength(1);
  });

  it('reads the subscription again when no answer ever comes, and reports what Partner Center shows', async () => {
    const { csp } = await listed(http({ timeoutMs: 200, attempts: 1 }));
    const one = exchange(subscriptions, 'one').response as { body: Record<string, unknown> };
    server.route(
      'GET',
      `/v1/customers/${CONTOSO}/subscriptions/${SUB}`,
      { status: 200, body: one.body },
      { status: 200, body: { ...one.body, quantity: 14 } },
    );
    server.route('PATCH', `/v1/customers/${CONTOSO}/subscriptions/${SUB}`, 'hang');
    expect(await csp.changeQuantity(SUB, 14, effect('q-3'))).toMatchObject({ status: 'done', subscription: { quantity: 14 } });

    server.route('GET', `/v1/customers/${CONTOSO}/subscriptions/${SUB}`, { status: 200, body: one.body });
    expect(await refusalOf(csp.changeQuantity(SUB, 15, effect('q-4')))).toEqual({
      code: 'outcome-unknown',
      operation: 'subscription-quantity',
      requestId: requestIdFor('q-4', 'quantity'),
    });
  });

  it('does not send a change that is already done (the same effect, tried again)', async () => {
    const { csp } = await listed();
    expect(await csp.changeQuantity(SUB, 10, effect('q-5'))).toMatchObject({ status: 'done' });
    expect(server.count('PATCH', '/')).toBe(0);
  });

  it("maps Partner Center's refusals: 403 names the roles, 400 keeps its code and description", async () => {
    const { csp } = await listed();
    server.route('PATCH', `/v1/customers/${CONTOSO}/subscriptions/${SUB}`, errors.forbidden as never);
    expect(await csp.changeQuantity(SUB, 12, effect('q-6'))).toEqual({
      status: 'refused',
      reason: { code: 'forbidden', needed: ['Admin agent', 'Sales agent', 'Global admin'] },
    });
    server.route('PATCH', `/v1/customers/${CONTOSO}/subscriptions/${SUB}`, errors.badRequest as never);
    expect(await refusalOf(csp.changeQuantity(SUB, 9999, effect('q-7')))).toEqual({
      code: 'rejected',
      status: 400,
      partnerCenterCode: '800002',
      description: 'The quantity must be within the allowed range.',
    });
    expect(server.count('PATCH', '/')).toBe(2);
  });

  it('asks to sign in again on 401 and names an unknown subscription', async () => {
    const { csp } = await listed();
    expect(await csp.suspend('00000000-0000-4000-8000-000000000000', effect('u'))).toEqual({
      status: 'refused',
      reason: { code: 'unknown-subscription' },
    });
    server.route('PATCH', `/v1/customers/${CONTOSO}/subscriptions/${SUB}`, errors.unauthorized as never);
    expect(await refusalOf(csp.suspend(SUB, effect('s-2')))).toEqual({ code: 'sign-in-needed' });
  });

  it('retries 5xx with growing back-off and then says Partner Center is unavailable', async () => {
    const csp = new LiveCsp(http({ attempts: 3, backoffMs: 100 }));
    server.route('GET', `/v1/customers/${CONTOSO}/subscriptions`, { status: 503, body: { code: 503, description: 'Service unavailable' } });
    expect(await refusalOf(csp.subscriptions(CONTOSO))).toEqual({ code: 'unavailable', status: 503 });
    expect(waits).toEqual([100, 200]);
    expect(server.count('GET', '/')).toBe(3);
  });
});

describe('new subscriptions through a cart (create-a-cart, checkout-a-cart)', () => {
  it('creates a cart and checks it out once', async () => {
    server.serve(exchange(carts, 'create')).serve(exchange(carts, 'checkout'));
    const out = await new LiveCsp(http()).placeOrder(
      CONTOSO,
      'monthly',
      [{ offerId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K59S', quantity: 5, trial: false }],
      effect('o-1'),
    );
    expect(out).toEqual({
      status: 'submitted',
      orderId: 'Rs1kp2ZlqaPD6rcLZrFTDKKdAY8hH5Ax1',
      customerId: CONTOSO,
      subscriptions: [
        {
          id: '0c8a3f1e-7b2d-4e6f-9a1b-3c5d7e9f1a2b',
          offerId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K59S',
          offerName: 'Microsoft 365 Business Basic',
          quantity: 5,
          trial: false,
        },
      ],
    });
    expect(server.requests[0]?.body).toEqual({
      lineItems: [{ id: 0, catalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K59S', quantity: 5, billingCycle: 'monthly' }],
    });
    expect(server.requests[1]?.headers['ms-requestid']).toBe(requestIdFor('o-1', 'checkout'));
  });

  it('never checks out twice: after a timeout the cart is read, and an ordered cart is not sent again', async () => {
    server.serve(exchange(carts, 'create')).serve(exchange(carts, 'checkout'), 'hang').serve(exchange(carts, 'get'));
    const csp = new LiveCsp(http({ timeoutMs: 200 }));
    const reason = await refusalOf(
      csp.placeOrder(CONTOSO, 'monthly', [{ offerId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K59S', quantity: 5, trial: false }], effect('o-2')),
    );
    expect(reason).toEqual({ code: 'outcome-unknown', operation: 'checkout', requestId: requestIdFor('o-2', 'checkout') });
    expect(server.count('POST', `/v1/customers/${CONTOSO}/carts/d5a8c1f3-2b4e-4d6a-8c9e-0f1a2b3c4d5e/checkout`)).toBe(1);
  });

  it('checks out again, with the same request id, when the cart shows it was not ordered', async () => {
    const active = { status: 200, body: { id: 'd5a8c1f3-2b4e-4d6a-8c9e-0f1a2b3c4d5e', status: 'Active', lineItems: [] } };
    server
      .serve(exchange(carts, 'create'))
      .serve(exchange(carts, 'checkout'), 'hang')
      .serve({ ...exchange(carts, 'get'), response: active });
    const out = await new LiveCsp(http({ timeoutMs: 200 })).placeOrder(
      CONTOSO,
      'monthly',
      [{ offerId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K59S', quantity: 5, trial: false }],
      effect('o-3'),
    );
    expect(out.status).toBe('submitted');
    const checkouts = server.requests.filter((r) => r.url.endsWith('/checkout'));
    expect(checkouts.map((r) => r.headers['ms-requestid'])).toEqual([requestIdFor('o-3', 'checkout'), requestIdFor('o-3', 'checkout')]);
  });

  it('buys software through the same cart, paid once', async () => {
    server.serve(exchange(orders, 'customer')).serve(exchange(carts, 'create')).serve(exchange(carts, 'checkout'));
    const out = await new LiveSoftwareSales(http()).placeOrder(
      { customerId: CONTOSO, itemId: 'DG7GMGF0FKZV:0001:DG7GMGF0DWMS', quantity: 2 },
      effect('sw-1'),
    );
    expect(out).toMatchObject({ status: 'placed', orderId: 'Rs1kp2ZlqaPD6rcLZrFTDKKdAY8hH5Ax1', currency: 'EUR', kind: 'software' });
    expect(server.requests[1]?.body).toEqual({
      lineItems: [{ id: 0, catalogItemId: 'DG7GMGF0FKZV:0001:DG7GMGF0DWMS', quantity: 2, billingCycle: 'one_time' }],
    });
  });
});

describe('software orders (get-all-of-a-customer-s-orders, cancel-software-purchases)', () => {
  const withOrder = async (h = http()) => {
    server.serve(exchange(orders, 'customer')).serve(exchange(orders, 'list')).serve(exchange(orders, 'product'));
    const listBody = (exchange(orders, 'list').response as { body: { items: Record<string, unknown>[] } }).body.items[0] as Record<
      string,
      unknown
    >;
    const software = new LiveSoftware(h);
    const purchases = await software.purchases(CONTOSO);
    return { software, purchases, order: listBody };
  };

  it("lists the customer's orders as purchases", async () => {
    const { purchases } = await withOrder();
    expect(purchases).toEqual([
      expect.objectContaining({
        orderId: ORDER,
        customerId: CONTOSO,
        productId: 'DG7GMGF0FKZV',
        quantity: 2,
        amount: 1446,
        status: 'active',
      }),
    ]);
  });

  it('cancels one order by setting its status to cancelled', async () => {
    const { software, order } = await withOrder();
    server.route('GET', `/v1/customers/${CONTOSO}/orders/${ORDER}`, { status: 200, body: order });
    server.route('PATCH', `/v1/customers/${CONTOSO}/orders/${ORDER}`, { status: 200, echoBody: true });
    const out = await software.cancel(ORDER, effect('c-1'));
    expect(out).toMatchObject({
      status: 'cancelled',
      orderId: ORDER,
      customerId: CONTOSO,
      productName: 'Windows Server 2022 Standard - 2 Core License Pack',
      revokedKeys: 2,
    });
    const patch = server.requests.find((r) => r.method === 'PATCH');
    expect(patch?.body).toMatchObject({ id: ORDER, status: 'cancelled' });
    expect(patch?.headers['ms-requestid']).toBe(requestIdFor('c-1', 'cancel'));
  });

  it('a cancellation without an answer is looked up, and never sent for an order already cancelled', async () => {
    const { software, order } = await withOrder(http({ timeoutMs: 200, attempts: 1 }));
    server.route(
      'GET',
      `/v1/customers/${CONTOSO}/orders/${ORDER}`,
      { status: 200, body: order },
      { status: 200, body: { ...order, status: 'cancelled' } },
    );
    server.route('PATCH', `/v1/customers/${CONTOSO}/orders/${ORDER}`, 'hang');
    expect(await software.cancel(ORDER, effect('c-2'))).toMatchObject({ status: 'cancelled' });
    expect(server.count('PATCH', '/')).toBe(1);
    // Asked again (the same effect after a restart): Partner Center shows it cancelled, nothing is sent.
    expect(await software.cancel(ORDER, effect('c-2'))).toMatchObject({ status: 'cancelled' });
    expect(server.count('PATCH', '/')).toBe(1);
  });

  it('names an order it does not know', async () => {
    const { software } = await withOrder();
    expect(await software.cancel('nope', effect('c-3'))).toEqual({ status: 'refused', reason: { code: 'unknown-order' } });
  });
});

describe('activity log (get-a-record-of-partner-center-activity-by-user)', () => {
  const own = { record: async (e: Omit<ActivityRecord, 'id' | 'at'>) => ({ ...e, id: 'own-1', at: new Date().toISOString() }) };

  it("reads audit records for the range, newest first, in the log's words", async () => {
    server.serve(exchange(audit, 'list'));
    const now = new Date();
    const list = await new LiveActivity(http(), own, () => now).list(new Date(now.getTime() - 7 * 86_400_000), now);
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({
      userName: 'admin@partner.onmicrosoft.com',
      action: 'CreateOrder',
      customerId: CONTOSO,
      subject: 'Contoso Corporation',
      outcome: 'done',
    });
    expect(list[1]).toMatchObject({ action: 'UpdateSubscription', outcome: 'failed' });
    expect(server.requests[0]?.url).toMatch(/^\/v1\/auditrecords\?startDate=\d{4}-\d{2}-\d{2}&endDate=\d{4}-\d{2}-\d{2}&size=500$/);
  });

  it('refuses a range older than Partner Center keeps (90 days), saying from when', async () => {
    const now = new Date('2026-11-30T10:00:00Z');
    const reason = await refusalOf(new LiveActivity(http(), own, () => now).list(new Date('2026-08-01T00:00:00Z'), now));
    expect(reason).toEqual({ code: 'history-limit', days: 90, oldest: '2026-09-01' });
    expect(server.requests).toHaveLength(0);
  });
});

describe('relationship and delegated admin (request-a-relationship-with-a-customer)', () => {
  it('gives the reseller relationship link when the customer has not granted delegated admin', async () => {
    server.serve(exchange(orders, 'customer')).serve(exchange(relationship, 'get'));
    const csp = new LiveCsp(http());
    expect(await csp.relationship(CONTOSO)).toEqual({ customerId: CONTOSO, dap: false });
    const out = await csp.requestRelationship(CONTOSO, effect('rel-1'));
    expect(out).toMatchObject({ status: 'requested', token: '3b33e682-00c3-41ee-9dd2-a548adf56438' });
    expect(out.status === 'requested' && out.link).toMatch(/^https:\/\/admin\.microsoft\.com\/.*partnerId=3b33e682/);
  });
});

describe('where Partner Center has no public API', () => {
  it('hands over to the exact page, with the values collected', async () => {
    const pc = livePartnerCenter({
      baseUrl: server.url,
      token: async () => TOKEN,
      ownActivity: { record: async () => ({}) as never },
    });
    const reason = await refusalOf(
      pc.softwareSales.keysAndDownloads({ orderId: ORDER, version: '2022', language: 'fr', fileType: 'ISO' }, effect('k')),
    );
    expect(reason).toEqual({
      code: 'hand-over',
      handOver: {
        operation: 'keys-and-downloads',
        link: 'https://partner.microsoft.com/dashboard/v2/customers/list',
        steps: 'handOver.keys-and-downloads',
        values: { orderId: ORDER, version: '2022', language: 'fr', fileType: 'ISO' },
      },
    });
    expect(await refusalOf(pc.isv.updateLicenses('d', {} as never, { userId: 'ada', idempotencyKey: 'k' }, {} as never))).toMatchObject({
      code: 'hand-over',
      handOver: { operation: 'isv-licenses' },
    });
    expect(await refusalOf(pc.csp.assignRole(CONTOSO, 'az', 'u', 'Reader', effect('a')))).toMatchObject({
      code: 'hand-over',
      handOver: { link: `https://portal.azure.com/#@${CONTOSO}/resource/subscriptions/az/users`, values: { userId: 'u', role: 'Reader' } },
    });
    expect(server.requests).toHaveLength(0);
  });
});
