import { z } from 'zod';
import { checkPartnerCenterSettings, partnerCenterSettings } from './partner-center-settings';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());

/** Every setting, read from the environment (and .env); see .env.example. */
export const SettingsSchema = z
  .object({
    PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3978)),
    HOST: z.preprocess(emptyToUndefined, z.string().default('127.0.0.1')),
    MicrosoftAppId: optional(z.string().uuid("must be the bot's Microsoft App ID, a GUID")),
    MicrosoftAppPassword: optional(z.string()),
    MicrosoftAppTenantId: optional(z.string().min(1)),
    MicrosoftAppType: z.preprocess(emptyToUndefined, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant')),
    // Sovereign clouds (e.g. US Government) validate channel tokens against other endpoints.
    ToBotFromChannelOpenIdMetadataUrl: optional(z.string().url('must be the https URL of an OpenID metadata document')),
    ToBotFromChannelTokenIssuer: optional(z.string().min(1)),
    STORAGE_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(
          /^(sqlite|redis|rediss|postgres|postgresql):\/\/.+/,
          'must start with sqlite://, redis:// or postgres:// (e.g. sqlite://./data/assistant.sqlite)',
        )
        .default('sqlite://./data/assistant.sqlite'),
    ),
    REDIS_URL: optional(z.string().regex(/^rediss?:\/\/.+/, 'must be a redis:// or rediss:// URL')),
    DEFAULT_LOCALE: z.preprocess(emptyToUndefined, z.enum(['en', 'fr', 'sv', 'nl']).default('en')),
    SANDBOX_SEED: optional(z.string()),
    /** Where people reach this server (behind a proxy): the sandbox's invitation links use it. */
    PUBLIC_URL: optional(
      z
        .string()
        .url('must be an absolute URL such as https://assistant.example.com')
        .transform((u) => u.replace(/\/$/, '')),
    ),
    STORAGE_NAMESPACE: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,40}$/, 'must be 1 to 40 letters, digits, - or _')
        .default('pca'),
    ),
    DEFAULT_USER: z.preprocess(emptyToUndefined, z.string().min(1).default('ada')),
    /**
     * The Direct Line channel's secret of the deployed bot (Azure Bot resource, Channels, Direct
     * Line): the Web Chat page then gets its tokens from /api/directline/token. Off when empty.
     */
    DIRECT_LINE_SECRET: optional(
      z
        .string()
        .regex(
          /^[A-Za-z0-9._~+/=-]{20,200}$/,
          'must be a Direct Line secret as the Azure portal shows it (letters, digits, - . _ ~ + / =; 20 to 200 characters)',
        ),
    ),
    /** The Direct Line service (a regional one, e.g. https://europe.directline.botframework.com/v3/directline). */
    DIRECT_LINE_ENDPOINT: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .url('must be the https URL of a Direct Line service, e.g. https://directline.botframework.com/v3/directline')
        .transform((u) => u.replace(/\/$/, ''))
        .default('https://directline.botframework.com/v3/directline'),
    ),
    /**
     * Local mode only: the sandbox's clock starts this far from the system's ("4h", "-2d", "90m"),
     * so that what takes hours in Partner Center (go live, link expiry) can be seen at once.
     */
    SANDBOX_CLOCK_OFFSET: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(
          /^\s*[+-]?\d{1,6}\s*(m|min|h|d)\s*$|^\s*0\s*$/i,
          'must be a whole number of minutes, hours or days such as 4h, -2d or 90m (or 0)',
        )
        .transform(parseOffset)
        .default(0),
    ),
    /**
     * The sandbox's pages for the customer's side (consent, relationship, download links): on in
     * local mode; with an app id only when set to on (a deployed demo), since anyone holding a link may use them.
     */
    SANDBOX_PAGES: z.preprocess(emptyToUndefined, z.enum(['auto', 'on', 'off']).default('auto')),
    /** How long a call to a channel (a reply, a card update, a follow-up) may take. */
    OUTBOUND_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(100).max(120_000).default(10_000)),
    /** Where trained intent models are kept between starts (the system's temporary directory unless set). */
    INTENT_MODEL_DIR: optional(z.string()),
    LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['silent', 'error', 'info', 'debug']).default('info')),
    /** json for a log store, pretty for people; auto: pretty when standard output is a terminal. */
    LOG_FORMAT: z.preprocess(emptyToUndefined, z.enum(['auto', 'json', 'pretty']).default('auto')),
    /**
     * Prometheus metrics at /metrics: open in local mode; with an app id only with this bearer token
     * (at least 16 characters), and off without one.
     */
    METRICS_TOKEN: optional(z.string().min(16, 'must be at least 16 characters (a bearer token for /metrics)')),
    /** Conversations nobody wrote in for this many days are removed with their kept replies. */
    CONVERSATION_IDLE_DAYS: z.preprocess(
      emptyToUndefined,
      z.coerce.number().positive('must be a number of days above 0').max(3650).default(30),
    ),
    ...partnerCenterSettings,
  })
  .superRefine((s, ctx) => {
    checkPartnerCenterSettings(s, ctx);
    if (s.MicrosoftAppId && s.MicrosoftAppType !== 'UserAssignedMSI' && !s.MicrosoftAppPassword) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
    if (s.MicrosoftAppId && s.SANDBOX_CLOCK_OFFSET !== 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['SANDBOX_CLOCK_OFFSET'],
        message: 'can only be set in local mode (without MicrosoftAppId): channels would see a Partner Center in another time',
      });
    }
    if (s.MicrosoftAppType === 'SingleTenant' && s.MicrosoftAppId && !s.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required when MicrosoftAppType is SingleTenant' });
    }
  });

const UNIT_MS: Record<string, number> = { m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000 };

/** "4h" -> 14400000; the regex above has checked the form. */
function parseOffset(raw: string): number {
  const m = /^\s*([+-]?\d+)\s*(m|min|h|d)?\s*$/i.exec(raw);
  return m ? Number(m[1]) * (UNIT_MS[(m[2] ?? 'm').toLowerCase()] ?? 0) : 0;
}

export type Settings = z.infer<typeof SettingsSchema> & { storageUrl: string; local: boolean };

export class SettingsError extends Error {}

export function parseSettings(env: Record<string, string | undefined>): Settings {
  const r = SettingsSchema.safeParse(env);
  if (!r.success) {
    const lines = r.error.issues.map(
      (i) => `  ${String(i.path[0] ?? '(settings)')}: ${i.message}${'received' in i && i.received ? '' : ''}`,
    );
    throw new SettingsError(`Invalid settings:\n${lines.join('\n')}`);
  }
  const s = r.data;
  return {
    ...s,
    // REDIS_URL is the short way to say "share state through Redis".
    storageUrl: s.REDIS_URL ?? s.STORAGE_URL,
    // Without an app id the bot runs locally: anonymous requests, the local Web Chat page.
    local: !s.MicrosoftAppId,
  };
}
