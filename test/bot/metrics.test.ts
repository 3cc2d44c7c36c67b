import { Writable } from 'node:stream';
import { createLogger, hashId } from '../../bot/log';
import { TestAssistant } from '../support/client';

const APP_ID = '00000000-0000-4000-8000-00000000abcd';

async function metricsOf(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/metrics`, { headers });
  return { status: res.status, text: await res.text() };
}

/** The value of one sample line of the Prometheus text, e.g. `pca_turns_total{outcome="answered",channel="emulator"}`. */
function sample(text: string, prefix: string): number {
  const line = text.split('\n').find((l) => l.startsWith(prefix));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe('metrics at /metrics', () => {
  it('in local mode: turns, their latency and the Partner Center calls they made are counted', async () => {
    const bot = await new TestAssistant().start();
    try {
      const before = await metricsOf(bot.app.url);
      expect(before.status).toBe(200);
      const c = bot.conversation('local-user');
      await c.say('cancel order 4711 for contoso.com');
      const after = await metricsOf(bot.app.url);
      expect(sample(after.text, 'pca_turns_total{outcome="answered",channel="emulator"}')).toBe(1);
      expect(sample(after.text, 'pca_turn_duration_seconds_count{')).toBe(1);
      expect(after.text).toMatch(/pca_partner_center_call_duration_seconds_count\{call="customers\.\w+"\} [1-9]/);
      expect(after.text).toMatch(/^pca_process_resident_memory_bytes /m);
    } finally {
      await bot.stop();
    }
  });

  it('with an app id: not served without METRICS_TOKEN, and only with the bearer token when set', async () => {
    const off = await new TestAssistant({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x' }).start();
    try {
      expect((await metricsOf(off.app.url)).status).toBe(404);
    } finally {
      await off.stop();
    }
    const token = 'metrics-token-0123456789';
    const on = await new TestAssistant({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', METRICS_TOKEN: token }).start();
    try {
      expect((await metricsOf(on.app.url)).status).toBe(401);
      expect((await metricsOf(on.app.url, { authorization: 'Bearer wrong-token-0123456789' })).status).toBe(401);
      const ok = await metricsOf(on.app.url, { authorization: `Bearer ${token}` });
      expect(ok.status).toBe(200);
      expect(ok.text).toMatch(/# TYPE pca_turn_duration_seconds histogram/);
    } finally {
      await on.stop();
    }
  });
});

describe('structured logs', () => {
  it('are one JSON object a line with level, time, message and fields; errors give their kind, never their payload', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk, _enc, done) => {
        lines.push(...String(chunk).trim().split('\n'));
        done();
      },
    });
    const log = createLogger('debug', { destination: sink }).child({ turn: 't-1' });
    log.info('turn done', { procedure: 'cancel-software-purchase', ms: 12 });
    const err = Object.assign(new Error('store timed out'), { request: { authorization: 'Bearer secret' } });
    log.error('turn failed', err, { conversation: hashId('19:abc@thread.v2') });
    const [info, error] = lines.map((l) => JSON.parse(l));
    expect(info).toMatchObject({ level: 'info', msg: 'turn done', turn: 't-1', procedure: 'cancel-software-purchase', ms: 12 });
    expect(typeof info.time).toBe('string');
    expect(error).toMatchObject({ level: 'error', msg: 'turn failed', error: { type: 'Error', message: 'store timed out' } });
    expect(JSON.stringify(error)).not.toMatch(/secret|19:abc/);
  });

  it('below the level, nothing is written', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk, _enc, done) => {
        lines.push(String(chunk));
        done();
      },
    });
    const log = createLogger('error', { destination: sink });
    log.info('hidden');
    log.debug('hidden');
    expect(lines).toEqual([]);
  });

  it('hashes ids to a stable short form', () => {
    expect(hashId('a')).toBe(hashId('a'));
    expect(hashId('a')).not.toBe(hashId('b'));
    expect(hashId('user-1')).toHaveLength(12);
  });
});
