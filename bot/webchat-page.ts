import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import { t, toLocale } from '../cards/i18n';
import type { Locale } from '../cards/strings';
import { JOIN_EVENT } from './activity-input';
import { TOKEN_PATH } from './directline-token';

const INTL: Record<Locale, string> = { en: 'en-US', fr: 'fr-FR', sv: 'sv-SE', nl: 'nl-NL' };

export interface WebChatPageOptions {
  /**
   * local: this server's own Direct Line endpoint (bot/directline.ts), the user from ?user=;
   * token: a deployed bot's Direct Line, with tokens from /api/directline/token.
   */
  mode: 'local' | 'token';
  /** The Direct Line service of a deployed bot (token mode); Web Chat's own default when absent. */
  directLineEndpoint?: string;
  defaultLocale: Locale;
  /** The display name of a partner user known by this channel id, if any. */
  userName(channelUserId: string): Promise<string | undefined>;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON inside a <script> element: nothing in it can close the element. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;

function page(locale: Locale, config: Record<string, unknown>, who: string): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t({ key: 'webchat.title' }, locale))}</title>
<style>
  html, body { height: 100%; margin: 0; font-family: "Segoe UI", system-ui, sans-serif; background: #f3f2f1; }
  #top { background: #0f6cbd; color: #fff; padding: 8px 16px; display: flex; flex-wrap: wrap; gap: 4px 16px; justify-content: space-between; align-items: baseline; }
  #top h1 { font-size: 16px; margin: 0; font-weight: 600; }
  #top small { opacity: .9; }
  #sandbox { background: #fff4ce; color: #3b2e00; font-size: 13px; padding: 4px 16px; text-align: center; }
  #webchat { height: calc(100% - 68px); max-width: 900px; margin: 0 auto; background: #fff; }
</style>
</head>
<body>
<header id="top"><h1>${escapeHtml(t({ key: 'webchat.title' }, locale))}</h1><small id="who">${escapeHtml(who)}</small></header>
<div id="sandbox" role="note">${escapeHtml(t({ key: 'webchat.sandbox' }, locale))}</div>
<div id="webchat" role="main"></div>
<script id="config" type="application/json">${scriptJson(config)}</script>
<script src="/webchat.js"></script>
<script>
(async function () {
  const config = JSON.parse(document.getElementById('config').textContent);
  const failed = () => { document.getElementById('webchat').textContent = config.noConnection; };
  let session;
  try {
    const res = await fetch(config.tokenUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: { id: config.userId }, locale: config.locale }) });
    if (!res.ok) return failed();
    session = await res.json();
  } catch (e) {
    return failed();
  }
  const userId = session.userId || config.userId;
  if (!config.userName) document.getElementById('who').textContent = config.signedIn.replace('{name}', userId);
  const directLine = window.WebChat.createDirectLine(Object.assign({ token: session.token }, config.local ? { domain: location.origin + '/v3/directline', webSocket: false, pollingInterval: 300 } : config.domain ? { domain: config.domain } : {}));
  // Once connected, say so with the page's language: the greeting and the menu follow it.
  const store = window.WebChat.createStore({}, ({ dispatch }) => (next) => (action) => {
    if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: config.joinEvent, value: { locale: config.locale } } });
    return next(action);
  });
  window.WebChat.renderWebChat({ directLine, store, userID: userId, username: config.userName || userId, locale: config.locale, styleOptions: { hideUploadButton: true } }, document.getElementById('webchat'));
  document.querySelector('#webchat').focus();
})();
</script>
</body>
</html>`;
}

/**
 * The Web Chat page, served from the installed botframework-webchat package (no CDN), in the
 * language of ?locale= (else the browser's, else the default): its title, the signed-in user,
 * the sandbox notice, Web Chat's own strings, and the assistant's greeting and menu.
 */
export function registerWebChatPage(server: Server, options: WebChatPageOptions): void {
  let bundle: Promise<Buffer> | undefined;
  server.get('/', async (req: Request, res: Response) => {
    const query = (req.query ?? {}) as Record<string, unknown>;
    const asked = typeof query.locale === 'string' ? query.locale : req.header('accept-language')?.split(',')[0]?.split(';')[0];
    const locale = asked ? toLocale(asked) : options.defaultLocale;
    const local = options.mode === 'local';
    const requested = typeof query.user === 'string' && USER_ID.test(query.user) ? query.user : 'local-user';
    // A deployed bot's page gets its user id with its token: nobody picks whom to speak as.
    const userName = local ? ((await options.userName(requested)) ?? requested) : undefined;
    const config = {
      local,
      locale: INTL[locale],
      userId: local ? requested : undefined,
      userName,
      tokenUrl: local ? '/v3/directline/tokens/generate' : TOKEN_PATH,
      domain: local ? undefined : options.directLineEndpoint,
      joinEvent: JOIN_EVENT,
      signedIn: t({ key: 'webchat.signedIn' }, locale),
      noConnection: t({ key: 'webchat.noConnection' }, locale),
    };
    const who = userName ? t({ key: 'webchat.signedIn', params: { name: local ? `${userName} (${requested})` : userName } }, locale) : '';
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.end(page(locale, config, who));
  });
  // Browsers ask for an icon: "no content" rather than a 404 in the page's console.
  server.get('/favicon.ico', async (_req: Request, res: Response) => {
    res.send(204);
  });
  server.get('/webchat.js', async (_req: Request, res: Response) => {
    // The package exports no path to its browser bundle: find it beside its entry point.
    bundle ??= readFile(join(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js'));
    res.setHeader('content-type', 'application/javascript; charset=utf-8');
    res.setHeader('cache-control', 'public, max-age=86400');
    res.end(await bundle);
  });
}
