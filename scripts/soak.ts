/**
 * Soak run: many conversations at once, each going through a complete procedure, again and
 * again, for a set time, against an assistant process on loopback. Reports turns, errors,
 * latencies, the server's resident memory (from /proc) over time and the store's size.
 *
 *   npm run soak -- [--seconds 60] [--conversations 50] [--think-ms 250] [--only cancel-refused,...] [--json]
 *   npm run soak -- --url http://127.0.0.1:3978 --pid <server pid> [--store ./data/assistant.sqlite]
 *
 * Without --url it starts its own server on a fresh SQLite file (and checks the sandbox after).
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../bot/storage/open-store';
import { systemClock } from '../domain/clock';
import { SandboxPartnerCenter } from '../domain/sandbox/sandbox';
import { bundleServer, ChildServer, postActivity, typed } from '../test/support/child-server';

interface Args {
  seconds: number;
  conversations: number;
  url?: string;
  pid?: number;
  store?: string;
  /** Pause between a reply and the next message of a conversation, as a person would. */
  thinkMs: number;
  /** Names of the scripts to run (default: all). */
  only?: string[];
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const out: Args = { seconds: 60, conversations: 50, thinkMs: 250, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--seconds') out.seconds = Number(next());
    else if (a === '--conversations') out.conversations = Number(next());
    else if (a === '--url') out.url = next().replace(/\/$/, '');
    else if (a === '--pid') out.pid = Number(next());
    else if (a === '--store') out.store = next();
    else if (a === '--think-ms') out.thinkMs = Number(next());
    else if (a === '--only') out.only = next().split(',');
    else if (a === '--json') out.json = true;
    else throw new Error(`unknown option ${a}`);
  }
  if (!Number.isInteger(out.seconds) || out.seconds < 5 || out.seconds > 3600) throw new Error('--seconds: 5 to 3600');
  if (!Number.isInteger(out.conversations) || out.conversations < 1 || out.conversations > 500)
    throw new Error('--conversations: 1 to 500');
  // Below 200 ms one conversation sends more than the 5 messages a second a user may send.
  if (!Number.isInteger(out.thinkMs) || out.thinkMs < 0 || out.thinkMs > 10_000) throw new Error('--think-ms: 0 to 10000');
  const unknown = out.only?.filter((n) => !SCRIPTS.some((sc) => sc.name === n));
  if (unknown?.length) throw new Error(`--only: no script ${unknown.join(', ')} (there are ${SCRIPTS.map((sc) => sc.name).join(', ')})`);
  if (out.url) {
    const host = new URL(out.url).hostname;
    // A soak is a flood: it only ever goes to this machine.
    if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host)) throw new Error('--url must be a loopback address');
  }
  return out;
}

/** One complete procedure: each message with what its reply must say. */
interface Script {
  name: string;
  /** The procedure's change in Partner Center, as its activity log names it (if any). */
  action?: string;
  steps: [string, RegExp][];
}

const SCRIPTS: Script[] = [
  {
    name: 'buy-software',
    action: 'buy-software',
    steps: [
      ['buy software for contoso.com', /What do you want to buy for Contoso Ltd/],
      ['Office LTSC Professional Plus 2024', /How many licenses/],
      ['2', /Total/],
      ['place-order', /placed/],
    ],
  },
  {
    name: 'new-subscription',
    action: 'new-subscription',
    steps: [
      ['new subscription for northwind', /How should Northwind Traders be billed/],
      ['monthly', /Microsoft 365 Business Basic/],
      ['Exchange Online (Plan 1)', /How many licenses of Exchange Online/],
      ['1', /Added to the order/],
      ['review', /submit it\?/],
      ['submit', /is submitted/],
    ],
  },
  {
    name: 'cancel-refused',
    steps: [
      ['cancel order 4714 for contoso.com', /past its 60-day cancellation window/],
      ['stop', /What would you like to do\?/],
    ],
  },
];

const LATENCY_BUCKETS_MS = [5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, Infinity];

class Stats {
  turns = 0;
  errors = 0;
  completed = new Map<string, number>();
  samples: string[] = [];
  private readonly buckets = new Array<number>(LATENCY_BUCKETS_MS.length).fill(0);

  latency(ms: number): void {
    this.buckets[LATENCY_BUCKETS_MS.findIndex((b) => ms <= b)]++;
  }

  error(what: string): void {
    this.errors++;
    if (this.samples.length < 5) this.samples.push(what.slice(0, 300));
  }

  /** Upper bound of the bucket holding the q-quantile. */
  quantile(q: number): number {
    const total = this.buckets.reduce((a, b) => a + b, 0);
    let seen = 0;
    for (const [i, n] of this.buckets.entries()) {
      seen += n;
      if (seen >= q * total) return LATENCY_BUCKETS_MS[i];
    }
    return Infinity;
  }
}

function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
}

function storeBytes(file: string | undefined): { db: number; wal: number } | undefined {
  if (!file) return undefined;
  const size = (f: string) => {
    try {
      return statSync(f).size;
    } catch {
      return 0;
    }
  };
  return { db: size(file), wal: size(`${file}-wal`) };
}

async function worker(url: string, n: number, deadline: number, thinkMs: number, scripts: Script[], stats: Stats): Promise<void> {
  let run = 0;
  // Bounded by the deadline: each turn has its own timeout, so no run outlives it by much.
  while (Date.now() < deadline) {
    const script = scripts[(n + run) % scripts.length];
    const conversation = `soak-${n}-${run++}`;
    let ok = true;
    for (const [i, [text, expected]] of script.steps.entries()) {
      if (thinkMs) await new Promise((ok) => setTimeout(ok, thinkMs));
      const started = Date.now();
      try {
        const res = await postActivity(
          url,
          typed(conversation, `soak-user-${n}`, `${conversation}-${i}`, text),
          AbortSignal.timeout(30_000),
        );
        stats.turns++;
        stats.latency(Date.now() - started);
        const reply = res.replies.map((r) => r.plain).join('\n');
        if (res.status !== 200 || !expected.test(reply)) {
          stats.error(`${script.name} "${text}": HTTP ${res.status}: ${reply}`);
          ok = false;
          break;
        }
      } catch (e) {
        stats.error(`${script.name} "${text}": ${(e as Error).message}`);
        ok = false;
        break;
      }
    }
    if (ok) stats.completed.set(script.name, (stats.completed.get(script.name) ?? 0) + 1);
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let own: { server: ChildServer; dir: string; script: string; storageUrl: string } | undefined;
  let url = args.url;
  let pid = args.pid;
  let storeFile = args.store;
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), 'pca-soak-'));
    storeFile = join(dir, 'store.sqlite');
    const storageUrl = `sqlite://${storeFile}`;
    const script = bundleServer();
    // Each soak user is unknown to the directory: in local mode they act as the default user.
    const server = await new ChildServer({ STORAGE_URL: storageUrl, DEFAULT_USER: 'ada' }, script).start();
    own = { server, dir, script, storageUrl };
    url = server.url;
    pid = server.pid;
  }
  if (!pid) throw new Error('--pid is needed with --url (the server process, for its memory)');

  const scripts = SCRIPTS.filter((sc) => !args.only || args.only.includes(sc.name));
  const stats = new Stats();
  const started = Date.now();
  const deadline = started + args.seconds * 1000;
  const memory: { at: number; rssMb: number }[] = [{ at: 0, rssMb: rssKb(pid) / 1024 }];
  const storeStart = storeBytes(storeFile);
  const sampleEvery = Math.max(1000, Math.round((args.seconds * 1000) / 24));
  const sampler = setInterval(() => memory.push({ at: Math.round((Date.now() - started) / 1000), rssMb: rssKb(pid!) / 1024 }), sampleEvery);
  try {
    await Promise.all(Array.from({ length: args.conversations }, (_, n) => worker(url!, n, deadline, args.thinkMs, scripts, stats)));
  } finally {
    clearInterval(sampler);
  }
  const elapsed = (Date.now() - started) / 1000;
  memory.push({ at: Math.round(elapsed), rssMb: rssKb(pid) / 1024 });
  const storeEnd = storeBytes(storeFile);

  // Exactly once under load: one change made, and logged, per completed run that makes one.
  let effects: Record<string, { completed: number; made: number; logged: number }> | undefined;
  if (own) {
    const exit = await own.server.stop('SIGTERM');
    if (exit.code !== 0) stats.error(`server exit ${exit.code ?? exit.signal}`);
    const kv = await openStore(own.storageUrl);
    const pc = new SandboxPartnerCenter(kv, systemClock);
    const log = await pc.activity.list(new Date(started - 60_000), new Date(Date.now() + 60_000));
    const since = (iso: string) => Date.parse(iso) >= started;
    const made: Record<string, number> = {
      'buy-software': (await pc.software.purchases('contoso')).filter((p) => since(p.purchasedAt)).length,
      'new-subscription': (await pc.csp.subscriptions('northwind')).filter((x) => x.offerId === 'exchange-online-p1' && since(x.createdAt))
        .length,
    };
    await kv.disconnect();
    effects = {};
    for (const s of scripts.filter((x) => x.action)) {
      effects[s.name] = {
        completed: stats.completed.get(s.name) ?? 0,
        made: made[s.name],
        logged: log.filter((r) => r.action === s.action && r.outcome === 'done').length,
      };
    }
    rmSync(own.dir, { recursive: true, force: true });
    rmSync(own.script, { force: true });
  }

  // Memory after the first quarter (start-up and JIT warm-up done) against the end.
  const warm = memory.find((m) => m.at >= args.seconds / 4) ?? memory[0];
  const last = memory[memory.length - 1];
  const report = {
    seconds: Math.round(elapsed),
    conversations: args.conversations,
    thinkMs: args.thinkMs,
    turns: stats.turns,
    turnsPerSecond: Math.round(stats.turns / elapsed),
    errors: stats.errors,
    errorSamples: stats.samples,
    completed: Object.fromEntries(stats.completed),
    latencyMs: { p50: stats.quantile(0.5), p95: stats.quantile(0.95), p99: stats.quantile(0.99) },
    rssMb: {
      start: round(memory[0].rssMb),
      warm: round(warm.rssMb),
      end: round(last.rssMb),
      max: round(Math.max(...memory.map((m) => m.rssMb))),
      warmToEnd: round(last.rssMb - warm.rssMb),
    },
    rssSeries: memory.map((m) => `${m.at}s:${Math.round(m.rssMb)}`).join(' '),
    storeBytes:
      storeStart && storeEnd
        ? {
            start: storeStart,
            end: storeEnd,
            perTurn: Math.round((storeEnd.db + storeEnd.wal - storeStart.db - storeStart.wal) / Math.max(1, stats.turns)),
          }
        : undefined,
    effects,
  };
  if (args.json) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(
      `Soak: ${report.conversations} conversations at once for ${report.seconds} s, ${report.thinkMs} ms between a reply and the next message`,
    );
    console.log(`  turns: ${report.turns} (${report.turnsPerSecond}/s), errors: ${report.errors}`);
    for (const s of report.errorSamples) console.log(`    e.g. ${s}`);
    console.log(
      `  completed: ${Object.entries(report.completed)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    console.log(
      `  latency (bucket bounds): p50 ≤ ${report.latencyMs.p50} ms, p95 ≤ ${report.latencyMs.p95} ms, p99 ≤ ${report.latencyMs.p99} ms`,
    );
    console.log(
      `  server RSS: start ${report.rssMb.start} MB, after warm-up ${report.rssMb.warm} MB, end ${report.rssMb.end} MB, max ${report.rssMb.max} MB`,
    );
    console.log(`  RSS over time (MB): ${report.rssSeries}`);
    if (report.storeBytes) {
      const s = report.storeBytes;
      console.log(
        `  store: ${mb(s.start.db)} MB + WAL ${mb(s.start.wal)} MB at start, ${mb(s.end.db)} MB + WAL ${mb(s.end.wal)} MB at end (${s.perTurn} bytes per turn)`,
      );
    }
    if (effects)
      for (const [k, v] of Object.entries(effects))
        console.log(`  ${k}: ${v.completed} runs completed, ${v.made} made in the sandbox, ${v.logged} in the activity log`);
  }
  const doubled = effects && Object.values(effects).some((v) => v.made !== v.completed || v.logged !== v.completed);
  process.exitCode = report.errors > 0 || doubled ? 1 : 0;
}

const round = (n: number) => Math.round(n * 10) / 10;
const mb = (n: number) => round(n / 1024 / 1024);

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exitCode = 2;
});
