import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleServer, ChildServer, typed } from '../support/child-server';
import { startChannel } from '../support/recording-channel';
import { describeWith, requireReachable, runTag, service } from '../scale-out/services';

jest.setTimeout(90_000);

/** Cancels order 4711 in `conversation`: its follow-up is due 15 minutes later on the sandbox clock. */
async function cancel(server: ChildServer, conversation: string, serviceUrl: string): Promise<void> {
  const say = async (n: number, text: string) =>
    (await server.post({ ...typed(conversation, 'ada', `${conversation}-${n}`, text, 'emulator'), serviceUrl })).replies
      .map((r) => r.plain)
      .join('\n');
  await say(0, 'cancel order 4711 for contoso.com');
  await say(1, '1');
  expect(await say(2, '1')).toMatch(/is cancelled/);
}

/** Moves the process's sandbox clock forward; the page answers once what fell due was sent. */
async function moveClock(server: ChildServer, minutes: number): Promise<number> {
  const res = await fetch(`${server.url}/sandbox/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `amount=${minutes}&unit=minutes`,
  });
  const html = await res.text();
  expect(res.status).toBe(200);
  return Number(/(\d+) follow-ups? (?:was|were) sent/.exec(html)?.[1] ?? 'NaN');
}

/** Two processes on one store race for one due follow-up: it is sent once. */
async function twoProcessesSendOnce(env: Record<string, string>, script: string): Promise<void> {
  const channel = await startChannel();
  const a = await new ChildServer(env, script).start();
  const b = await new ChildServer(env, script).start();
  try {
    await cancel(a, 'two-1', channel.url);
    // Both clocks move past the due time at the same moment: both look for it at once.
    const [sentA, sentB] = await Promise.all([moveClock(a, 20), moveClock(b, 20)]);
    expect(sentA + sentB).toBe(1);
    // Both look again after the send: nothing more.
    const [againA, againB] = await Promise.all([moveClock(a, 1), moveClock(b, 1)]);
    expect(againA + againB).toBe(0);
    expect(channel.delivered.map((r) => r.body.text)).toEqual([expect.stringMatching(/cancellation of order 4711/)]);
    expect(channel.requests).toHaveLength(1);
  } finally {
    await Promise.all([a, b].map((s) => (s.running ? s.stop('SIGKILL') : undefined)));
    await channel.close();
  }
}

describe('the follow-up outbox across processes', () => {
  let dir: string;
  let script: string;
  beforeAll(() => {
    script = bundleServer();
  });
  afterAll(() => rmSync(script, { force: true }));
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pca-outbox-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('two processes on one store: a due follow-up is sent once', () =>
    twoProcessesSendOnce({ STORAGE_URL: `sqlite://${join(dir, 'store.sqlite')}` }, script));

  it('SIGKILL between "due" and "sent": sent once after the restart', async () => {
    // The first send never gets an answer: the process is killed while it waits.
    const channel = await startChannel((n) => (n === 1 ? 'hang' : 200));
    const env = { STORAGE_URL: `sqlite://${join(dir, 'store.sqlite')}` };
    const server = await new ChildServer(env, script).start();
    try {
      await cancel(server, 'kill-1', channel.url);
      const moving = moveClock(server, 20).catch(() => undefined);
      await channel.waitForRequests(1);
      await server.stop('SIGKILL');
      await moving;
      expect(channel.delivered).toHaveLength(0);
      // The restarted process keeps the moved clock, finds the follow-up still due and sends it.
      await server.start();
      await channel.waitForRequests(2);
      // One more look after the send: nothing more.
      expect(await moveClock(server, 1)).toBe(0);
      expect(channel.delivered.map((r) => r.body.text)).toEqual([expect.stringMatching(/cancellation of order 4711/)]);
      expect(channel.requests).toHaveLength(2);
      expect(channel.requests[0].body.channelData?.followUpId).toBe(channel.requests[1].body.channelData?.followUpId);
    } finally {
      if (server.running) await server.stop('SIGKILL');
      await channel.close();
    }
  });
});

const redis = service('Redis');

describeWith(redis)('the follow-up outbox on Redis', () => {
  it('two processes on one Redis: a due follow-up is sent once (claimed with SET NX)', async () => {
    requireReachable(redis);
    const script = bundleServer();
    try {
      await twoProcessesSendOnce({ REDIS_URL: redis.url, STORAGE_NAMESPACE: runTag('outbox') }, script);
    } finally {
      rmSync(script, { force: true });
    }
  });
});
