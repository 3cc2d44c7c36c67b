import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import type Keyv from 'keyv';
import { toLocale } from '../cards/i18n';
import { ConversationEngine } from '../dialogs/engine';
import { warmUnderstanding } from '../dialogs/understand';
import { PROCEDURES } from '../dialogs/registry';
import { systemClock, type Clock } from '../domain/clock';
import { DEMO_SEED } from '../domain/sandbox/demo-seed';
import { SandboxPartnerCenter } from '../domain/sandbox/sandbox';
import { parseSeed, type Seed } from '../domain/sandbox/seed-schema';
import { AssistantAdapter } from './adapter';
import { LocalDirectLine } from './directline';
import { createLogger } from './log';
import type { Settings } from './settings';
import { createKeyv } from './storage/keyv-factory';
import { KeyvStorage } from './storage/keyv-storage';
import { createStoreLock } from './storage/lock';
import { createStoreBackend } from './storage/store-backend';
import { FollowUps } from './follow-ups';
import { TurnLoop } from './turn-loop';
import { registerWebChatPage } from './webchat-page';
import { registerSandboxPages, sandboxBaseUrls } from './sandbox-pages';

export interface App {
  url: string;
  pc: SandboxPartnerCenter;
  kv: Keyv;
  followUps: FollowUps;
  close(): Promise<void>;
}

const BODY_LIMIT_BYTES = 256 * 1024;

export class SeedError extends Error {}

export async function loadSeed(path: string | undefined): Promise<Seed> {
  const raw: unknown = path ? JSON.parse(await readFile(resolve(path), 'utf8').catch((e: Error) => Promise.reject(new SeedError(`SANDBOX_SEED: cannot read ${path}: ${e.message}`)))) : DEMO_SEED;
  const parsed = parseSeed(raw);
  if (!parsed.ok) throw new SeedError(`SANDBOX_SEED ${path ?? '(built-in)'} is invalid:\n  ${parsed.errors.join('\n  ')}`);
  return parsed.seed;
}

/** Builds and starts the whole assistant: storage, sandbox, engine, adapter and routes. */
export async function startApp(settings: Settings, options: { clock?: Clock } = {}): Promise<App> {
  const log = createLogger(settings.LOG_LEVEL);
  const clock = options.clock ?? systemClock;
  const seed = await loadSeed(settings.SANDBOX_SEED);
  const kv = await createKeyv(settings.storageUrl, settings.STORAGE_NAMESPACE);
  const lock = createStoreLock(kv, settings.storageUrl);
  const pc = new SandboxPartnerCenter(kv, clock, createStoreBackend(kv, settings.storageUrl, lock));
  await pc.seed(seed);

  const engine = new ConversationEngine(PROCEDURES, { pc, clock }, { defaultUserId: settings.local ? settings.DEFAULT_USER : undefined });
  // Trained and warmed before the first request: the first message in any language is as fast as the others.
  await warmUnderstanding(PROCEDURES, clock.now());
  const adapter = new AssistantAdapter(settings, (err) => log.error('turn failed', err));
  const followUps = new FollowUps(kv, lock, adapter, settings.MicrosoftAppId ?? '', (err) => log.error('follow-up failed', err));
  const loop = new TurnLoop(engine, new KeyvStorage(kv), lock, toLocale(settings.DEFAULT_LOCALE), followUps);

  const server = restify.createServer({ name: 'partner-center-assistant', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: BODY_LIMIT_BYTES, rejectUnknown: true }));

  server.post('/api/messages', async (req, res) => {
    try {
      await adapter.handleHttp(req, res, loop.handle);
    } catch (err) {
      log.error('request failed', err);
      if (!res.headersSent) res.json(500, { error: { code: 'ServerError', message: 'the turn failed; nothing was lost, try again' } });
    }
  });
  server.get('/healthz', async (_req, res) => {
    res.json(200, { status: 'ok' });
  });

  registerSandboxPages(server, pc);
  let url = '';
  if (settings.local) {
    registerWebChatPage(server);
    new LocalDirectLine(adapter, loop.handle, kv, () => url).register(server);
  }

  await new Promise<void>((ok) => server.listen(settings.PORT, settings.HOST, () => ok()));
  const address = server.address() as AddressInfo;
  url = `http://${settings.HOST.includes(':') ? `[${settings.HOST}]` : settings.HOST === '0.0.0.0' ? '127.0.0.1' : settings.HOST}:${address.port}`;
  sandboxBaseUrls(pc, settings.PUBLIC_URL ?? url);
  followUps.start();

  return {
    url,
    pc,
    kv,
    followUps,
    close: async () => {
      followUps.stop();
      // Stop taking requests, let the turns in flight finish, then let go of the store.
      await new Promise<void>((ok) => server.close(() => ok()));
      await loop.drain();
      await kv.disconnect();
    },
  };
}
