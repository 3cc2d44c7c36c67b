import { type HandOver, type HandOverOperation, PartnerCenterRefusal } from './refusal';

/**
 * Operations Partner Center offers no public API for. The procedure still checks every rule and
 * collects every value; then it shows the page where the user finishes.
 */
export const HAND_OVER_PAGES = {
  'keys-and-downloads': (c: Ctx) =>
    c.customerId
      ? `https://partner.microsoft.com/dashboard/v2/customers/${enc(c.customerId)}/orders`
      : 'https://partner.microsoft.com/dashboard/v2/customers/list',
  'support-request': () => 'https://partner.microsoft.com/dashboard/v2/support/servicerequests/create',
  'isv-offers': () => 'https://partner.microsoft.com/dashboard/marketplace-offers/overview',
  'isv-licenses': () => 'https://partner.microsoft.com/dashboard/marketplace-offers/isv-licensing',
  'isv-deals': () => 'https://partner.microsoft.com/dashboard/v2/referrals/co-sell',
  'azure-role-assignment': (c: Ctx) =>
    `https://portal.azure.com/#@${enc(c.customerId)}/resource/subscriptions/${enc(c.azureSubscriptionId)}/users`,
  'csp-catalog': (c: Ctx) =>
    c.customerId
      ? `https://partner.microsoft.com/dashboard/v2/customers/${enc(c.customerId)}/subscriptions/addsubscription`
      : 'https://partner.microsoft.com/dashboard/v2/customers/list',
} as const satisfies Record<HandOverOperation, (c: Ctx) => string>;

export type { HandOver, HandOverOperation };
type Ctx = { customerId?: string; azureSubscriptionId?: string };
const enc = (s: string | undefined) => encodeURIComponent(s ?? '');

export function handOver(operation: HandOverOperation, ctx: Ctx = {}, values?: Record<string, string>): PartnerCenterRefusal {
  const handOver: HandOver = {
    operation,
    link: HAND_OVER_PAGES[operation](ctx),
    steps: `handOver.${operation}`,
    ...(values ? { values } : {}),
  };
  return new PartnerCenterRefusal({ code: 'hand-over', handOver });
}
