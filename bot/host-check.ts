import type { Request, Response, Server } from 'restify';

/**
 * Without an app id nothing is authenticated, so a web page elsewhere must not reach this server
 * through a name of its own that resolves to this machine (DNS rebinding): a request is served
 * only when its Host is a loopback name, an IP address, this server's HOST, or PUBLIC_URL's host.
 * A rebinding page always sends its own domain name, which none of these are.
 */
export function allowedHost(host: string | undefined, own: readonly string[]): boolean {
  const name = hostName(host ?? '');
  if (!name) return false;
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name) || name.includes(':')) return true;
  return own.some((o) => hostName(o) === name);
}

/** The name in a Host header or a URL's host, lower case, without port or brackets; '' when malformed. */
function hostName(raw: string): string {
  const value = raw.trim().toLowerCase();
  if (/[\s/@?#\\]/.test(value)) return '';
  const bracketed = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed) return bracketed[1];
  const m = /^([a-z0-9.-]+)(?::\d{1,5})?$/.exec(value);
  return m ? m[1].replace(/\.$/, '') : '';
}

/** Refuses (421) every request whose Host this server does not answer to in local mode. */
export function registerHostCheck(server: Server, own: readonly string[]): void {
  server.pre((req: Request, res: Response, next: (err?: false) => void) => {
    if (allowedHost(req.headers.host, own)) return next();
    res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('This server answers only to its own address (local mode): open it as http://127.0.0.1 or localhost.\n');
    return next(false);
  });
}
