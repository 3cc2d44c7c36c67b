import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** A fixture file: named after the Partner Center documentation page its shapes come from. */
export interface Fixture {
  source: string;
  [name: string]: unknown;
}

export type Answer =
  | { status: number; body?: unknown; text?: string; headers?: Record<string, string>; echoBody?: boolean; patch?: Record<string, unknown> }
  | 'hang';

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

const RECENT = new Date(Date.now() - 2 * 86_400_000).toISOString();

export function loadFixture(name: string): Fixture {
  const text = readFileSync(join(__dirname, 'fixtures', `${name}.json`), 'utf8').replaceAll('__RECENT__', RECENT);
  return JSON.parse(text) as Fixture;
}

/** One documented exchange of a fixture file. */
export function exchange(
  fixture: Fixture,
  name: string,
): { request: { method: string; path?: string; pathPrefix?: string }; response: Answer } {
  return fixture[name] as never;
}

interface Route {
  method: string;
  path?: string;
  pathPrefix?: string;
  /** Answered in turn; the last one again and again. */
  answers: Answer[];
}

/**
 * Partner Center, as its documentation shows it, on a local port: each route answers with the
 * documented response (or a scripted 429, error or silence first), and every request is recorded.
 */
export class FixtureServer {
  readonly requests: Recorded[] = [];
  private readonly routes: Route[] = [];
  private readonly hung: (() => void)[] = [];
  private server?: Server;
  url = '';

  /** Adds a documented exchange; `before` answers come first (e.g. a 429, or silence). */
  serve(ex: { request: { method: string; path?: string; pathPrefix?: string }; response: Answer }, ...before: Answer[]): this {
    this.routes.unshift({ ...ex.request, answers: [...before, ex.response] });
    return this;
  }

  route(method: string, path: string, ...answers: Answer[]): this {
    this.routes.unshift({ method, path, answers });
    return this;
  }

  count(method: string, pathStart: string): number {
    return this.requests.filter((r) => r.method === method && r.url.startsWith(pathStart)).length;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const body = text ? (JSON.parse(text) as unknown) : undefined;
        const url = req.url ?? '';
        this.requests.push({ method: req.method ?? '', url, headers: req.headers, body });
        const route = this.routes.find(
          (r) => r.method === req.method && (r.path ? r.path === url : url.startsWith(r.pathPrefix ?? '\u0000')),
        );
        if (!route) {
          // Not chained: restify, loaded in the same process by the bot's tests, changes what writeHead returns.
          res.writeHead(404, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ code: 404, description: `no fixture for ${req.method} ${url}` }));
          return;
        }
        const answer = route.answers.length > 1 ? (route.answers.shift() as Answer) : (route.answers[0] as Answer);
        if (answer === 'hang') {
          this.hung.push(() => res.destroy());
          return;
        }
        const payload = answer.echoBody ? { ...(body as object), ...answer.patch } : answer.body;
        if (answer.text !== undefined) {
          // A file as Partner Center streams it (a price sheet's CSV).
          res.writeHead(answer.status, { 'content-type': 'text/csv', ...answer.headers });
          res.end(answer.text);
          return;
        }
        res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
        res.end(payload === undefined ? '' : JSON.stringify(payload));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const h of this.hung) h();
    const closed = new Promise<void>((resolve) => this.server?.close(() => resolve()));
    // Kept-alive connections would hold the close back for seconds.
    this.server?.closeAllConnections();
    await closed;
  }
}
