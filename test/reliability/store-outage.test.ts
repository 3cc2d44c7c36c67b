import { rmSync } from 'node:fs';
import { bundleServer, ChildServer, typed } from '../support/child-server';
import { PrivateRedis } from '../support/private-redis';

jest.setTimeout(90_000);

/** A turn, with a bound so that a hanging turn fails the test instead of stalling it. */
async function say(server: ChildServer, conversation: string, id: string, text: string, locale = 'en'): Promise<string> {
  const r = await server.post({ ...typed(conversation, 'ada', id, text), locale }, AbortSignal.timeout(20_000));
  expect(r.status).toBe(200);
  return r.replies.map((x) => x.plain).join('\n');
}

async function probe(server: ChildServer, path: '/readyz' | '/healthz'): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${server.url}${path}`, { signal: AbortSignal.timeout(10_000) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Waits (a bounded number of tries) until /readyz says ready again. */
async function readyAgain(server: ChildServer): Promise<Record<string, unknown>> {
  for (let i = 0; i < 60; i++) {
    const r = await probe(server, '/readyz');
    if (r.status === 200) return r.body;
    await new Promise((ok) => setTimeout(ok, 500));
  }
  throw new Error('the assistant never became ready again');
}

describe('finding 9: a Redis outage', () => {
  let redis: PrivateRedis;
  let server: ChildServer;
  let script: string;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    script = bundleServer();
    server = await new ChildServer({ REDIS_URL: redis.url, STORAGE_NAMESPACE: 'outage' }, script).start();
  });

  afterAll(async () => {
    if (server?.running) await server.stop('SIGKILL');
    redis?.resume();
    await redis?.kill();
    if (script) rmSync(script, { force: true });
  });

  it('a hung Redis: the turn is answered "try again" in the user\'s language, changes nothing, and the conversation goes on from the same step once Redis answers', async () => {
    expect(await say(server, 'hung', 'hung-1', 'cancel a software purchase')).toMatch(/Which customer bought the software/);
    redis.pause();
    try {
      expect(await say(server, 'hung', 'hung-2', 'contoso.com', 'fr')).toMatch(
        /Je ne peux pas accéder à mon stockage pour le moment : rien n'a été modifié/,
      );
      expect((await probe(server, '/readyz')).status).toBe(503);
      const health = await probe(server, '/healthz');
      expect(health.status).toBe(200);
    } finally {
      redis.resume();
    }
    await readyAgain(server);
    // The failed turn left the conversation at the customer question.
    expect(await say(server, 'hung', 'hung-3', 'contoso.com')).toMatch(/Which product of Contoso Ltd/);
    expect(server.running).toBe(true);
  });

  it('a Redis that is killed and comes back empty: turns are answered "try again", then the sandbox is seeded again, /readyz says so, and users are known again', async () => {
    expect(await say(server, 'gone', 'gone-1', 'cancel a software purchase')).toMatch(/Which customer bought the software/);
    await redis.kill();
    expect(await say(server, 'gone', 'gone-2', 'contoso.com', 'sv')).toMatch(/Jag når inte min lagring just nu, så ingenting har ändrats/);
    expect(await say(server, 'gone', 'gone-3', 'contoso.com', 'nl')).toMatch(/Ik kan mijn opslag nu niet bereiken/);
    const down = await probe(server, '/readyz');
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'unavailable', store: { kind: 'redis', reachable: false } });

    await redis.start();
    const ready = await readyAgain(server);
    expect(ready.sandboxReseededAt).toEqual(expect.any(String));
    expect(await say(server, 'back', 'back-1', 'cancel order 4711 for contoso.com')).toMatch(/Order 4711 can be cancelled/);
    expect(server.running).toBe(true);
  });
});
