import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { Request, Response } from 'restify';
import { z } from 'zod';
import { t, toLocale } from '../cards/i18n';
import { OutboundRefused, OutboundTimeout, outboundMiddleware, outboundPolicy, type OutboundPolicy } from './outbound';
import type { Settings } from './settings';
import { reuseClients } from './reused-clients';

/** How the bot gets its own token for the channels and the token service (botbuilder's, unless a test gives one). */
export type CredentialsFactory = ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[1];

const ID = z.string().min(1).max(1024);

/** The least an activity must carry before it reaches the SDK. */
const IncomingActivity = z
  .object({
    type: z.string().min(1).max(64),
    channelId: ID,
    serviceUrl: z.string().url().max(2048),
    conversation: z.object({ id: ID }).passthrough(),
    from: z.object({ id: ID }).passthrough().optional(),
    recipient: z.object({ id: ID }).passthrough().optional(),
    id: ID.optional(),
    text: z.string().optional(),
    locale: z.string().max(20).optional(),
  })
  .passthrough();

/**
 * The Bot Framework endpoints. botbuilder takes the public cloud's only when none is given: once one
 * is (a sovereign cloud's OpenID metadata, a regional token service), the others are given too.
 */
function cloudEndpoints(settings: Settings): Record<string, string | boolean> {
  const given = {
    ...(settings.ToBotFromChannelOpenIdMetadataUrl
      ? { ToBotFromChannelOpenIdMetadataUrl: settings.ToBotFromChannelOpenIdMetadataUrl }
      : {}),
    ...(settings.ToBotFromChannelTokenIssuer ? { ToBotFromChannelTokenIssuer: settings.ToBotFromChannelTokenIssuer } : {}),
    ...(settings.OAuthUrl ? { OAuthUrl: settings.OAuthUrl } : {}),
  };
  if (Object.keys(given).length === 0) return {};
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
    OAuthUrl: 'https://api.botframework.com',
    ToBotFromChannelOpenIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
    ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
    CallerId: 'urn:botframework:azure',
    ...given,
  };
}

/**
 * botbuilder's CloudAdapter: anonymous only while no app id is configured; with one,
 * every request must carry a valid Bot Framework token.
 */
export class AssistantAdapter extends CloudAdapter {
  private readonly anonymous: boolean;
  readonly policy: OutboundPolicy;

  constructor(settings: Settings, onError: (err: unknown) => void, policy?: OutboundPolicy, credentials?: CredentialsFactory) {
    super(
      reuseClients(
        new ConfigurationBotFrameworkAuthentication(
          {
            MicrosoftAppId: settings.MicrosoftAppId ?? '',
            MicrosoftAppPassword: settings.MicrosoftAppPassword ?? '',
            MicrosoftAppTenantId: settings.MicrosoftAppTenantId ?? '',
            MicrosoftAppType: settings.MicrosoftAppType,
            ...cloudEndpoints(settings),
          },
          credentials,
        ),
      ),
    );
    this.anonymous = settings.local;
    this.policy = policy ?? outboundPolicy({ authenticated: !settings.local, timeoutMs: settings.OUTBOUND_TIMEOUT_MS });
    this.use(outboundMiddleware(this.policy));
    this.onTurnError = async (context, error) => {
      onError(error);
      // The channel could not be reached (or may not be): telling it so would fail the same way.
      // The caller (the HTTP request, a follow-up) learns it and decides.
      if (error instanceof OutboundTimeout || error instanceof OutboundRefused) throw error;
      await context.sendActivity(t({ key: 'common.turnFailed' }, toLocale(context.activity.locale ?? settings.DEFAULT_LOCALE)));
    };
  }

  /**
   * POST /api/messages: an activity that is not one gets 400, a request that fails
   * authentication 401 (whatever the reason), and the SDK never sees either.
   */
  async handleHttp(req: Request, res: Response, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const parsed = IncomingActivity.safeParse(req.body);
    if (!parsed.success) {
      res.json(400, {
        error: {
          code: 'BadArgument',
          message: `not an activity: ${parsed.error.issues[0]?.path.join('.') || 'body'} is missing or invalid`,
        },
      });
      return;
    }
    const activity = parsed.data as unknown as Activity;
    if (!this.policy.allows(activity.serviceUrl)) {
      // Whatever the delivery mode: card updates, follow-ups and personal chats call it later.
      const message = this.anonymous
        ? 'without an app id, serviceUrl must be a loopback address (the Emulator or a local client)'
        : 'serviceUrl must be an https address without credentials, query or fragment';
      res.json(400, { error: { code: 'BadArgument', message } });
      return;
    }
    // biome-ignore lint/suspicious/noImplicitAnyLet: assigned in the try below; its type is the authenticator's result
    let auth;
    try {
      auth = await this.botFrameworkAuthentication.authenticateRequest(activity, req.header('authorization') ?? '');
    } catch {
      res.json(401, { error: { code: 'Unauthorized', message: 'a valid Bot Framework token is required' } });
      return;
    }
    const response = await this.processActivity(auth, activity, logic);
    if (response?.body !== undefined) res.json(response.status ?? 200, response.body);
    else {
      res.status(response?.status ?? 200);
      res.end();
    }
  }

  /** For the local Direct Line endpoint: an activity processed in-process, replies returned. */
  processLocal(activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity('', activity, logic);
  }
}
