import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Request, Response, Server } from 'restify';

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner Center Assistant</title>
<style>
  html, body { height: 100%; margin: 0; font-family: "Segoe UI", system-ui, sans-serif; background: #f3f2f1; }
  header { background: #0f6cbd; color: #fff; padding: 10px 16px; display: flex; justify-content: space-between; align-items: baseline; }
  header h1 { font-size: 16px; margin: 0; font-weight: 600; }
  header small { opacity: .85; }
  #webchat { height: calc(100% - 44px); max-width: 900px; margin: 0 auto; background: #fff; }
</style>
</head>
<body>
<header><h1>Partner Center Assistant</h1><small id="who"></small></header>
<div id="webchat" role="main"></div>
<script src="/webchat.js"></script>
<script>
(async function () {
  const params = new URLSearchParams(location.search);
  const userId = params.get('user') || 'local-user';
  const locale = params.get('locale') || navigator.language || 'en-US';
  document.getElementById('who').textContent = 'signed in as ' + userId + ' · sandbox Partner Center';
  const res = await fetch('/v3/directline/tokens/generate', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: { id: userId }, locale })
  });
  const { token } = await res.json();
  const directLine = window.WebChat.createDirectLine({ token, domain: location.origin + '/v3/directline', webSocket: false, pollingInterval: 300 });
  window.WebChat.renderWebChat({ directLine, userID: userId, username: userId, locale, styleOptions: { hideUploadButton: true } }, document.getElementById('webchat'));
  document.querySelector('#webchat').focus();
})();
</script>
</body>
</html>`;

/** The local Web Chat page, served from the installed botframework-webchat package (no CDN). */
export function registerWebChatPage(server: Server): void {
  let bundle: Promise<Buffer> | undefined;
  server.get('/', async (_req: Request, res: Response) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.end(PAGE);
  });
  server.get('/webchat.js', async (_req: Request, res: Response) => {
    // The package exports no path to its browser bundle: find it beside its entry point.
    bundle ??= readFile(join(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js'));
    res.setHeader('content-type', 'application/javascript; charset=utf-8');
    res.setHeader('cache-control', 'public, max-age=86400');
    res.end(await bundle);
  });
}
