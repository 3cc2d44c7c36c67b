import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { toLocale } from '../cards/i18n';
import { ConversationEngine } from '../dialogs/engine';
import { keepModelsIn, warmUnderstanding } from '../dialogs/understand';
import type { ProcedureDefinition } from '../dialogs/procedure';
import { PROCEDURES } from '../dialogs/registry';
import { OffsetClock, systemClock, type Clock } from '../domain/clock';
import { linkStatus } from '../domain/software/links';
import { DEMO_SEED } from '../domain/sandbox/demo-seed';
import { SandboxPartnerCenter } from '../domain/sandbox/sandbox';
import { SESSION_KEYS } from '../domain/sandbox/store';
import { parseSeed, type Seed } from '../domain/sandbox/seed-schema';
import { AssistantAdapter, type CredentialsFactory } from './adapter';
import { LocalDirectLine } from './directline';
import { registerDirectLineToken } from './directline-token';
import { createLogger } from './log';
import { instrumentPort, Metrics } from './metrics';
import { registerMetricsRoute } from './metrics-route';
import type { Settings } from './settings';
import { openStore } from './storage/open-store';
import type { Store } from './storage/store';
import { createStoreBackend } from './storage/store-backend';
import { StoreWatch } from './store-watch';
import { FollowUps, type OutboxOptions } from './follow-ups';
import { registerSandboxClockPage, restoreClock } from './sandbox-clock-page';
import { outboundPolicy } from './outbound';
import { liveBot } from './partner-center-live';
import { privateSender } from './private-delivery';
import { TurnLoop } from './turn-loop';
import { registerWebChatPage } from './webchat-page';
import { registerSandboxPages, sandboxBaseUrls } from './sandbox-pages';
import { registerHostCheck } from './host-check';
import { jsonBody } from './json-body';

export interface App {
  url: string;
  pc: SandboxPartnerCenter;
  /** The sandbox's clock (moved by /sandbox/clock in local mode). */
  clock: OffsetClock;
  /** The store everything lives in. */
  kv: Store;
  followUps: FollowUps;
  close(): Promise<void>;
}

const BODY_LIMIT_BYTES = 256 * 1024;
const MESSAGES = '/api/messages';

export class SeedError extends Error {}

export async function loadSeed(path: string | undefined): Promise<Seed> {
  const raw: unknown = path
    ? JSON.parse(
        await readFile(resolve(path), 'utf8').catch((e: Error) =>
          Promise.reject(new SeedError(`SANDBOX_SEED: cannot read ${path}: ${e.message}`)),
        ),
      )
    : DEMO_SEED;
  const parsed = parseSeed(raw);
  if (!parsed.ok) throw new SeedError(`SANDBOX_SEED ${path ?? '(built-in)'} is invalid:\n  ${parsed.errors.join('\n  ')}`);
  return parsed.seed;
}

/** Builds and starts the whole assistant: storage, sandbox, engine, adapter and routes. */
export interface StartOptions {
  clock?: Clock;
  outbox?: Partial<OutboxOptions>;
  /** The bot's own credentials (botbuilder's from the settings unless given, as a test does). */
  credentials?: CredentialsFactory;
  /** The procedures on offer (the registry's unless given, as the fixture procedure's test does). */
  procedures?: readonly ProcedureDefinition[];
}

export async function startApp(settings: Settings, options: StartOptions = {}): Promise<App> {
  const procedures = options.procedures ?? PROCEDURES;
  const log = createLogger(settings.LOG_LEVEL, {
    pretty: settings.LOG_FORMAT === 'pretty' || (settings.LOG_FORMAT === 'auto' && process.stdout.isTTY === true),
  });
  const seed = await loadSeed(settings.SANDBOX_SEED);
  const kv = await openStore(settings.storageUrl, { namespace: settings.STORAGE_NAMESPACE, onError: (err) => log.error('store', err) });
  // The sandbox's clock: movable on /sandbox/clock in local mode, the system's (or a test's) otherwise.
  const clock = new OffsetClock(options.clock ?? systemClock);
  if (settings.local) await restoreClock(clock, kv, settings.SANDBOX_CLOCK_OFFSET);
  const idleTtlMs = settings.CONVERSATION_IDLE_DAYS * 24 * 60 * 60 * 1000;
  const pc = new SandboxPartnerCenter(kv, clock, createStoreBackend(kv, { effectTtlMs: idleTtlMs }));
  await pc.seed(seed);
  const watch = new StoreWatch(kv, () => pc.seed(seed), log);

  const metrics = new Metrics();
  const audit = (e: Parameters<typeof pc.activity.record>[0]) => pc.activity.record(e);
  // PARTNER_CENTER=live: procedures run against the Partner Center REST API as the signed-in user;
  // the sandbox keeps what the assistant records itself.
  const live = settings.PARTNER_CENTER === 'live' ? liveBot(settings, { store: kv, ownActivity: { record: audit }, log }) : undefined;
  const port = live?.pc ?? pc;
  // The engine's calls to Partner Center are timed and counted; tests and pages use `pc` itself.
  const engine = new ConversationEngine(
    procedures,
    { pc: instrumentPort(port, metrics), clock },
    { defaultUserId: settings.local ? settings.DEFAULT_USER : undefined },
  );
  // Trained and warmed before the first request: the first message in any language is as fast as the others.
  keepModelsIn(settings.INTENT_MODEL_DIR);
  await warmUnderstanding(procedures, clock.now());
  let url = '';
  // Checked on every call a turn makes (connector clients are reused per serviceUrl).
  const policy = outboundPolicy({ authenticated: !settings.local, timeoutMs: settings.OUTBOUND_TIMEOUT_MS, self: () => url });
  const adapter = new AssistantAdapter(settings, (err) => log.error('turn failed', err), policy, options.credentials);
  const followUps = new FollowUps({
    store: kv,
    adapter,
    appId: settings.MicrosoftAppId ?? '',
    clock,
    log,
    metrics,
    audit: (e) => pc.activity.record({ userId: 'assistant', userName: 'Partner Center Assistant', ...e }),
    options: options.outbox,
  });
  const loop = new TurnLoop(engine, kv, toLocale(settings.DEFAULT_LOCALE), followUps, idleTtlMs, {
    directory: port.directory,
    privately: privateSender(adapter, settings.MicrosoftAppId ?? '', policy, (err) => log.error('private message failed', err)),
    // The sandbox keeps its records in the loop's store; the live API has no read session.
    sessionKeys: live ? [] : SESSION_KEYS,
  });
  loop.onStoreDown = (err) => log.error('turn answered "try again"', err);
  followUps.continueRun = loop.continueRun;
  // Read in a session of its own, as a turn is: what another process changed before it is seen.
  followUps.check = (c) =>
    pc.session(async () => {
      const orderId = await pc.store.get<string>(`download-link:${c.linkId}`);
      const link = orderId ? (await pc.softwareSales.links(orderId)).find((l) => l.id === c.linkId) : undefined;
      return !!link && linkStatus(link, clock.now()).usable;
    });

  // Live: the user signs in first, and what they said then is applied once they have.
  const handle = live ? live.handler(loop.handle) : loop.handle;
  // Every activity, whichever way it came in, is timed by channel.
  const timed: typeof loop.handle = async (context) => {
    const end = metrics.turnSeconds.startTimer({ channel: context.activity.channelId ?? 'unknown', procedure: '' });
    try {
      await handle(context);
      metrics.turns.inc({ outcome: 'answered', channel: context.activity.channelId ?? 'unknown' });
    } catch (err) {
      metrics.turns.inc({ outcome: 'failed', channel: context.activity.channelId ?? 'unknown' });
      throw err;
    } finally {
      end();
    }
  };

  const server = restify.createServer({ name: 'partner-center-assistant', handleUncaughtExceptions: false });
  if (settings.local) registerHostCheck(server, [settings.HOST, ...(settings.PUBLIC_URL ? [new URL(settings.PUBLIC_URL).host] : [])]);
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // The bot's endpoint reads its body itself (jsonBody); the pages and Direct Line use restify's parser.
  const parseBody: restify.RequestHandler[] = [
    restify.plugins.bodyParser({ mapParams: false, maxBodySize: BODY_LIMIT_BYTES, rejectUnknown: true }),
  ].flat();
  for (const parse of parseBody) server.use((req, res, next) => (req.getPath() === MESSAGES ? next() : parse(req, res, next)));

  server.post(MESSAGES, jsonBody(BODY_LIMIT_BYTES), async (req, res) => {
    try {
      await adapter.handleHttp(req, res, timed);
    } catch (err) {
      log.error('request failed', err);
      if (!res.headersSent) res.json(500, { error: { code: 'ServerError', message: 'the turn failed; nothing was lost, try again' } });
    }
  });
  // Liveness: the process answers (with the store's last known state). Readiness: the store answers now.
  server.get('/healthz', async (_req, res) => {
    res.json(200, { status: 'ok', store: watch.last().store });
  });
  server.get('/readyz', async (_req, res) => {
    const r = await watch.check();
    res.json(r.status === 'ready' ? 200 : 503, r);
  });
  registerMetricsRoute(server, metrics, settings);

  // The customer's side of the sandbox: local mode, or a deployed demo that asks for it (SANDBOX_PAGES=on).
  if (settings.SANDBOX_PAGES === 'on' || (settings.SANDBOX_PAGES === 'auto' && settings.local))
    registerSandboxPages(server, pc, (event) => followUps.raise(event));
  registerSandboxClockPage(server, {
    local: settings.local,
    clock,
    kv,
    settingMs: settings.SANDBOX_CLOCK_OFFSET,
    afterMove: () => followUps.poll(),
  });
  const userName = async (channelUserId: string) => (await pc.session(() => pc.directory.userByChannelId(channelUserId)))?.name;
  if (settings.local) {
    // The local Web Chat's conversations are served by this server: at whatever address it has now.
    followUps.route = (r) => (r.channelId === 'directline' && isLoopbackUrl(r.serviceUrl) ? { ...r, serviceUrl: url } : r);
    registerWebChatPage(server, { mode: 'local', defaultLocale: toLocale(settings.DEFAULT_LOCALE), userName });
    new LocalDirectLine(adapter, timed, kv, () => url).register(server);
  } else if (settings.DIRECT_LINE_SECRET) {
    // A deployed bot: the same page, on the Azure Direct Line channel with tokens from here.
    registerDirectLineToken(server, {
      secret: settings.DIRECT_LINE_SECRET,
      endpoint: settings.DIRECT_LINE_ENDPOINT,
      onError: (err) => log.error('direct line token failed', err),
    });
    registerWebChatPage(server, {
      mode: 'token',
      directLineEndpoint: settings.DIRECT_LINE_ENDPOINT,
      defaultLocale: toLocale(settings.DEFAULT_LOCALE),
      userName,
    });
  }

  await new Promise<void>((ok) => server.listen(settings.PORT, settings.HOST, () => ok()));
  const address = server.address() as AddressInfo;
  url = `http://${settings.HOST.includes(':') ? `[${settings.HOST}]` : settings.HOST === '0.0.0.0' ? '127.0.0.1' : settings.HOST}:${address.port}`;
  sandboxBaseUrls(pc, settings.PUBLIC_URL ?? url);
  followUps.start();
  watch.start();

  return {
    url,
    pc,
    clock,
    kv,
    followUps,
    close: async () => {
      await followUps.stop();
      watch.stop();
      // Stop taking requests, let the turns in flight finish, then let go of the store.
      await new Promise<void>((ok) => server.close(() => ok()));
      await loop.drain();
      await kv.disconnect();
    },
  };
}

function isLoopbackUrl(u: string | undefined): boolean {
  try {
    const host = new URL(u ?? '').hostname;
    return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
  } catch {
    return false;
  }
}
