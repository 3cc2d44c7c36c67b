import { exchange, FixtureServer, loadFixture } from './fixture-server';

export const CONTOSO = 'b0d70a69-e1fe-4465-9db8-7d2b1d38b9f0';
export const ORDER = '8c8f4a2b-6e1d-4b0a-9f3c-5d2e1a0b9c8d';

export type Documented = { status: number; body: { items: unknown[] } };

/**
 * Partner Center as its documentation shows it, for the live conversations: the roles, the
 * customers, Contoso's order and subscriptions, the price sheets and the availabilities. Changes
 * (a cancellation, a cart, a subscription PATCH) are served by each test as it needs them.
 */
export async function documentedPartnerCenter(): Promise<FixtureServer> {
  const [customers, orders, roles, catalog, subscriptions] = ['customers', 'orders', 'roles', 'catalog', 'subscriptions'].map(loadFixture);
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
  for (const name of ['licensePrices', 'softwarePrices', 'basicAvailabilities', 'softwareAvailabilities'])
    server.serve(exchange(catalog, name));
  for (const name of ['list', 'one']) server.serve(exchange(subscriptions, name));
  return server;
}
