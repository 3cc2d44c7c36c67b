import type { IsvApi } from '../isv/port';
import type { ActivityApi, DirectoryApi, PartnerCenter } from '../partner-center';
import { LiveActivity } from './activity';
import { LiveCsp } from './csp';
import { LiveCustomers } from './customers';
import { type HandOverOperation, handOver } from './hand-over';
import { type AccessToken, type HttpOptions, PartnerCenterHttp } from './http';
import { LiveSoftware } from './software';
import { LiveSoftwareSales } from './software-sales';

export interface LiveOptions extends Omit<HttpOptions, 'token'> {
  /** The signed-in user's token, from the token service on every call: never kept here. */
  token: AccessToken;
  /** Who the channel user is, and what the assistant records itself (the bot provides both). */
  directory: DirectoryApi;
  ownActivity: Pick<ActivityApi, 'record'>;
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

/** The port, for one signed-in user, against the Partner Center REST API. */
export function livePartnerCenter(options: LiveOptions): PartnerCenter {
  const http = new PartnerCenterHttp(options);
  return {
    directory: options.directory,
    customers: new LiveCustomers(http),
    software: new LiveSoftware(http),
    isv: guidedIsv(),
    softwareSales: new LiveSoftwareSales(http),
    csp: new LiveCsp(http),
    activity: new LiveActivity(http, options.ownActivity),
  };
}
