import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  body: { text?: string; channelData?: { followUpId?: string } };
}

/**
 * A channel on loopback that records what the bot sends it on its own. `answer` decides each
 * request: a status, or 'hang' (no answer until the connection closes). Only requests answered
 * 200 count as delivered: a channel takes a message when it answers.
 */
export async function startChannel(answer: (n: number) => number | 'hang' = () => 200): Promise<{
  server: Server;
  url: string;
  /** Every request, answered or not. */
  requests: Received[];
  /** Requests answered 200. */
  delivered: Received[];
  /** Resolves with the request count once it reaches n. */
  waitForRequests(n: number): Promise<void>;
  close(): Promise<void>;
}> {
  const requests: Received[] = [];
  const delivered: Received[] = [];
  const waiters: { n: number; ok: () => void }[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      const r: Received = { path: req.url ?? '', body: JSON.parse(data || '{}') };
      requests.push(r);
      const decision = answer(requests.length);
      for (const w of waiters.filter((w) => requests.length >= w.n)) w.ok();
      if (decision === 'hang') return;
      if (decision === 200) delivered.push(r);
      res.writeHead(decision, { 'content-type': 'application/json' });
      res.end(decision === 200 ? '{"id":"sent-1"}' : '{"error":{"code":"ServiceUnavailable","message":"down"}}');
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  return {
    server,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    delivered,
    waitForRequests: (n) => (requests.length >= n ? Promise.resolve() : new Promise((ok) => waiters.push({ n, ok }))),
    close: () => {
      server.closeAllConnections();
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}
