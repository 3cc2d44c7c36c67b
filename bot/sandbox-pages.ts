import type { Request, Response, Server } from 'restify';
import { LINK_DOWNLOADS_WARNING, partnerEvents } from '../domain/partner-events';
import type { SandboxPartnerCenter } from '../domain/sandbox/sandbox';

/**
 * The sandbox's stand-ins for what happens outside the chat: the page a customer opens to
 * consent to an ISV relationship or to accept a reseller relationship. The link shows a page;
 * only its button (a POST) accepts, so a link preview never accepts by itself.
 */
export function registerSandboxPages(
  server: Server,
  pc: SandboxPartnerCenter,
  raise: (event: string) => Promise<unknown> = async () => undefined,
): void {
  // What the customer did is raised for the follow-ups; a failure there does not undo it.
  const tell = (event: string) => raise(event).catch(() => undefined);
  const TOKEN = /^[A-Za-z0-9_-]{4,128}$/;

  /** The page an invitation link opens: it names who invites whom, and only its button accepts. An unknown token is not an invitation. */
  const confirmPage = (title: string, what: (token: string) => Promise<string | undefined>) => async (req: Request, res: Response) => {
    const token = String(req.params.token ?? '');
    const text = TOKEN.test(token) ? await what(token) : undefined;
    if (text === undefined)
      return void page(res, 404, 'Unknown invitation', 'This link is not a known invitation (sandbox Partner Center).');
    page(res, 200, title, `${text}</p><form method="post"><button type="submit">Accept</button></form><p>`);
  };

  const unavailable = (res: Response, reason: 'unknown' | 'revoked' | 'time' | 'downloads') => {
    const why = {
      unknown: 'This download link is not known.',
      // A cancelled purchase has no keys or downloads any more: no new link either.
      revoked: 'This download link was revoked: the purchase was cancelled, so it has no keys or downloads any more.',
      time: 'This download link has expired (two weeks). Ask the assistant for the keys and downloads again to get a new link.',
      downloads: 'This download link has expired (50 downloads). Ask the assistant for the keys and downloads again to get a new link.',
    }[reason];
    page(res, reason === 'unknown' ? 404 : 410, 'Download unavailable', why);
  };

  // Opening a download link shows what it gives: a link preview (a chat unfurling it) uses no download.
  server.get('/sandbox/download/:linkId', async (req: Request, res: Response) => {
    const linkId = String(req.params.linkId ?? '');
    const preview = TOKEN.test(linkId)
      ? await pc.session(() => pc.softwareSales.linkPreview(linkId))
      : ({ usable: false, reason: 'unknown' } as const);
    if (!preview.usable) return void unavailable(res, preview.reason);
    page(
      res,
      200,
      'Software download',
      `${escapeHtml(preview.file)}: ${preview.downloadsLeft} downloads left on this link, until ${escapeHtml(preview.expiresAt)}.</p><form method="post"><button type="submit">Download</button></form><p>`,
    );
  });

  // The download itself counts against the link's 50 downloads; a revoked or expired link is gone.
  server.post('/sandbox/download/:linkId', async (req: Request, res: Response) => {
    const linkId = String(req.params.linkId ?? '');
    const outcome = TOKEN.test(linkId) ? await pc.softwareSales.download(linkId) : ({ status: 'refused', reason: 'unknown' } as const);
    if (outcome.status === 'ok') {
      if (outcome.link.downloads === LINK_DOWNLOADS_WARNING) await tell(partnerEvents.linkNearlyUsed(outcome.link.id));
      res.writeHead(200, {
        'content-type': 'text/plain; charset=utf-8',
        'content-disposition': `attachment; filename="${outcome.file.replace(/[^A-Za-z0-9._-]/g, '_')}.txt"`,
      });
      res.end(
        `Sandbox Partner Center download: ${outcome.file}\n${outcome.downloadsLeft} downloads left on this link, until ${outcome.expiresAt}.\n`,
      );
      return;
    }
    unavailable(res, outcome.reason);
  });

  server.get(
    '/sandbox/consent/:token',
    confirmPage('Consent to the publisher', async (token) => {
      const inv = await pc.session(() => pc.isv.consentInvitation(token));
      if (!inv) return undefined;
      return `Publisher ${escapeHtml(inv.publisherId)} invites ${escapeHtml(inv.customerName)} (${escapeHtml(inv.domain)}). As the customer's billing admin or global admin, accept and authorize the relationship with this publisher so that it can assign you licenses of its app.`;
    }),
  );
  server.post('/sandbox/consent/:token', async (req: Request, res: Response) => {
    const token = String(req.params.token ?? '');
    const rel = TOKEN.test(token) ? await pc.isv.acceptConsent(token) : undefined;
    if (!rel) return void page(res, 404, 'Unknown invitation', 'This consent link is not known (sandbox Partner Center).');
    await tell(partnerEvents.consentAccepted(rel.relationshipId));
    page(res, 200, 'Relationship authorized', `${escapeHtml(rel.customerName)} has accepted. The publisher can now assign licenses.`);
  });

  server.get(
    '/sandbox/relationship/:token',
    confirmPage('Reseller relationship request', async (token) => {
      const inv = await pc.session(() => pc.csp.relationshipInvitation(token));
      if (!inv) return undefined;
      return `As the global administrator of ${escapeHtml(inv.customerName)}, accept the invitation to name this partner your Partner of Record and grant it delegated administrative privileges.`;
    }),
  );
  server.post('/sandbox/relationship/:token', async (req: Request, res: Response) => {
    const token = String(req.params.token ?? '');
    const result = TOKEN.test(token) ? await pc.csp.acceptRelationship(token) : { status: 'unknown-token' as const };
    if (result.status !== 'accepted')
      return void page(res, 404, 'Unknown invitation', 'This relationship request is not known (sandbox Partner Center).');
    await tell(partnerEvents.relationshipAccepted(result.customerId));
    // Said to the customer who accepted, from their side.
    page(
      res,
      200,
      'Relationship accepted',
      `You accepted for ${escapeHtml(result.customerName)}: the partner is now your Partner of Record, with delegated administrative privileges.`,
    );
  });
}

export function sandboxBaseUrls(pc: SandboxPartnerCenter, url: string): void {
  pc.softwareSales.downloadBase = `${url}/sandbox/download/`;
  pc.isv.consentBase = `${url}/sandbox/consent/`;
  pc.csp.publicUrl = url;
}

function page(res: Response, status: number, title: string, body: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`<!doctype html><html lang="en"><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<body style="font-family:system-ui,sans-serif;max-width:40em;margin:3em auto"><p><small>Sandbox Partner Center</small></p><h1>${escapeHtml(title)}</h1><p>${body}</p></body></html>`);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
