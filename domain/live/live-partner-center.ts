import type { IsvApi } from '../isv/port';
import type { ActivityApi, PartnerCenter } from '../partner-center';
import { LiveActivity } from './activity';
import { LiveCatalog } from './catalog';
import { LiveCsp } from './csp';
import { LiveCustomers } from './customers';
import { LiveDirectory } from './directory';
import { type HandOverOperation, handOver } from './hand-over';
import { type AccessToken, type HttpOptions, PartnerCenterHttp } from './http';
import { isPartnerCenterRefusal, type LiveRefusal } from './refusal';
import { LiveSoftware } from './software';
import { LiveSoftwareSales } from './software-sales';

export interface LiveOptions extends Omit<HttpOptions, 'token'> {
  /** The signed-in user's token, from the token service on every call: never kept here. */
  token: AccessToken;
  /** The channel user id of the turn whose token `token` gives (the directory knows only that user). */
  channelUser?: () => string | undefined;
  /** The market whose CSP offers are listed (two letters). */
  market?: string;
  /**
   * The Partner API (https://api.partner.microsoft.com), where the price sheets are, with a token for
   * its audience. Without it the catalog steps are finished in Partner Center.
   */
  prices?: { baseUrl: string; token: AccessToken };
  /** What the assistant records itself (Partner Center's audit records hold the rest). */
  ownActivity: Pick<ActivityApi, 'record'>;
  /**
   * Told of every refusal a procedure meets (sign-in needed, throttled, handed over...), so that
   * the user reads Partner Center's reason rather than a general failure.
   */
  onRefusal?: (reason: LiveRefusal) => void;
}

/** ISV licensing, offer publishing and co-sell deals: guided in Partner Center (no delegated API). */
function guidedIsv(): IsvApi {
  const pages: Partial<Record<keyof IsvApi, HandOverOperation>> = {
    licenses: 'isv-licenses',
    updateLicenses: 'isv-licenses',
    deals: 'isv-deals',
    deal: 'isv-deals',
    registerDeal: 'isv-deals',
    linkCustomer: 'isv-deals',
    inviteCustomer: 'isv-deals',
    relationships: 'isv-deals',
    relationship: 'isv-deals',
  };
  return new Proxy({} as IsvApi, {
    // Only the port's methods: not "then" (awaiting the object must not throw) nor symbols.
    get: (_target, name) =>
      typeof name !== 'string' || name === 'then'
        ? undefined
        : async () => {
            throw handOver(pages[name as keyof IsvApi] ?? 'isv-offers');
          },
  });
}

/** The same area, each refusal told to `seen` on its way out. */
function telling<T extends object>(area: T, seen: ((reason: LiveRefusal) => void) | undefined): T {
  if (!seen) return area;
  return new Proxy(area, {
    get: (target, name, receiver) => {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== 'function' || name === 'then') return value;
      return async (...args: unknown[]) => {
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } catch (err) {
          if (isPartnerCenterRefusal(err)) seen(err.reason);
          throw err;
        }
      };
    },
  });
}

/**
 * The port against the Partner Center REST API. It is built once: every call asks `token` for the
 * token of the user whose turn is running.
 */
export function livePartnerCenter(options: LiveOptions): PartnerCenter {
  const http = new PartnerCenterHttp(options);
  const prices = options.prices ? new PartnerCenterHttp({ ...options, ...options.prices }) : undefined;
  const catalog = new LiveCatalog(http, prices);
  const seen = options.onRefusal;
  return {
    directory: telling(new LiveDirectory(http, options.token, options.channelUser), seen),
    customers: telling(new LiveCustomers(http), seen),
    software: telling(new LiveSoftware(http), seen),
    isv: telling(guidedIsv(), seen),
    softwareSales: telling(new LiveSoftwareSales(http, catalog), seen),
    csp: telling(new LiveCsp(http, catalog, options.market), seen),
    activity: telling(new LiveActivity(http, options.ownActivity), seen),
  };
}
