import { DeliveryModes, type Activity, type Middleware, type ResourceResponse, type TurnContext } from 'botbuilder';

/**
 * Where the assistant may send HTTP requests of its own (replies, card updates, follow-ups,
 * personal chats), and how long it waits for them.
 *
 * - With an app id, a channel's token vouches for one serviceUrl (the SDK checks the claim on
 *   the way in): replies and updates go only there; proactive messages go to https addresses
 *   (or this machine) taken from such activities.
 * - Without one, nothing vouches for serviceUrl: every call goes to this machine only (a loopback
 *   address, or this server's own address for the local Web Chat).
 * - Always: no credentials, query or fragment in a serviceUrl (the caller would choose where
 *   the connector's paths land); the connector encodes the ids it puts in the path.
 * - Every call has a time limit, so that a channel that never answers cannot hold a
 *   conversation (or a stop) for long.
 */
export interface OutboundPolicy {
  allows(serviceUrl: string | undefined, vouched?: string): boolean;
  readonly timeoutMs: number;
}

export class OutboundRefused extends Error {
  constructor(readonly serviceUrl: string) {
    super('outbound call refused: the serviceUrl is not one this assistant may call');
  }
}

export class OutboundTimeout extends Error {
  constructor(readonly ms: number) {
    super(`the channel did not answer within ${ms} ms`);
  }
}

export function isLoopback(url: URL): boolean {
  const host = url.hostname;
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export function outboundPolicy(options: { authenticated: boolean; timeoutMs: number; self?: () => string }): OutboundPolicy {
  return {
    timeoutMs: options.timeoutMs,
    allows(serviceUrl, vouched) {
      let url: URL;
      try {
        url = new URL(serviceUrl ?? '');
      } catch {
        return false;
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
      if (url.username || url.password || url.search || url.hash) return false;
      if (isLoopback(url)) return true;
      const self = options.self?.();
      if (self && url.origin === safeOrigin(self)) return true;
      if (!options.authenticated) return false;
      // A turn's token names its serviceUrl: nothing else is called during that turn.
      if (vouched !== undefined) return serviceUrl === vouched;
      return url.protocol === 'https:';
    },
  };
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** Resolves or rejects like `work`, or rejects with OutboundTimeout after `ms`. */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new OutboundTimeout(ms)), ms);
    timer.unref();
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/** The serviceUrl a channel's token vouched for in this turn (absent for proactive turns). */
function vouchedServiceUrl(context: TurnContext): string | undefined {
  const identity = context.turnState.get(context.adapter.BotIdentityKey) as { claims?: { type: string; value: string }[] } | undefined;
  return identity?.claims?.find((c) => c.type === 'serviceurl')?.value;
}

/**
 * Middleware that puts every reply, card update and deletion of a turn (incoming or proactive)
 * under the policy and its time limit.
 */
export function outboundMiddleware(policy: OutboundPolicy): Middleware {
  return {
    async onTurn(context, next) {
      const check = () => {
        const url = context.activity.serviceUrl;
        if (!policy.allows(url, vouchedServiceUrl(context))) throw new OutboundRefused(url);
      };
      context.onSendActivities(async (_ctx, _activities: Partial<Activity>[], send): Promise<ResourceResponse[]> => {
        // Replies that go back in the HTTP response (expectReplies) call no one: the activity's
        // serviceUrl was checked on the way in, and there is nothing to wait for.
        if (context.activity.deliveryMode === DeliveryModes.ExpectReplies) return send();
        check();
        return withTimeout(send(), policy.timeoutMs);
      });
      context.onUpdateActivity(async (_ctx, _activity, update) => {
        check();
        return withTimeout(update(), policy.timeoutMs);
      });
      context.onDeleteActivity(async (_ctx, _reference, remove) => {
        check();
        return withTimeout(remove(), policy.timeoutMs);
      });
      await next();
    },
  };
}
