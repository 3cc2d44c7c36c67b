import { z } from 'zod';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/**
 * Which Partner Center the procedures run against: the embedded sandbox (the default, for trying
 * the assistant and for tests) or the real one through its REST API, as the signed-in user.
 */
export const partnerCenterSettings = {
  PARTNER_CENTER: z.preprocess(emptyToUndefined, z.enum(['sandbox', 'live'], { message: 'must be sandbox or live' }).default('sandbox')),
  /** The Azure Bot resource's OAuth connection to Microsoft Entra ID (Partner Center delegated permission). */
  OAUTH_CONNECTION_NAME: z.preprocess(emptyToUndefined, z.string().min(1).optional()),
  PARTNER_CENTER_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .url('must be the https URL of the Partner Center REST API, such as https://api.partnercenter.microsoft.com')
      .default('https://api.partnercenter.microsoft.com')
      .transform((u) => u.replace(/\/$/, '')),
  ),
  /**
   * The Bot Framework token service the OAuth connection lives in: the public one by default; a
   * sovereign cloud's, or a regional one (e.g. https://europe.token.botframework.com).
   */
  OAuthUrl: z.preprocess(emptyToUndefined, z.string().url('must be the https URL of the Bot Framework token service').optional()),
  /** The market whose CSP offers and prices are listed: the partner's country, two letters. */
  PARTNER_CENTER_MARKET: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code such as US, FR or SE')
      .default('US')
      .transform((m) => m.toUpperCase()),
  ),
  /** The Partner API, where the price sheets are (its token comes through the same OAuth connection). */
  PARTNER_API_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .url('must be the https URL of the Partner API, such as https://api.partner.microsoft.com')
      .default('https://api.partner.microsoft.com')
      .transform((u) => u.replace(/\/$/, '')),
  ),
  /** How long one call to Partner Center may take before it is given up (and retried when safe). */
  PARTNER_CENTER_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1000).max(120000).default(20000)),
};

/** Live Partner Center acts as the signed-in user: it needs the bot's identity and its OAuth connection. */
export function checkPartnerCenterSettings(
  s: { PARTNER_CENTER: 'sandbox' | 'live'; MicrosoftAppId?: string; OAUTH_CONNECTION_NAME?: string },
  ctx: z.RefinementCtx,
): void {
  if (s.PARTNER_CENTER !== 'live') return;
  if (!s.MicrosoftAppId) {
    ctx.addIssue({
      code: 'custom',
      path: ['MicrosoftAppId'],
      message: "is required when PARTNER_CENTER=live (users sign in through the bot's Azure identity)",
    });
  }
  if (!s.OAUTH_CONNECTION_NAME) {
    ctx.addIssue({
      code: 'custom',
      path: ['OAUTH_CONNECTION_NAME'],
      message:
        'is required when PARTNER_CENTER=live (the OAuth connection of the Azure Bot resource with the Partner Center delegated permission)',
    });
  }
}
