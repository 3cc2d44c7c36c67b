/**
 * The assistant's benchmark: the assistant (sandbox Partner Center, SQLite, started as a user
 * starts it) against a bare botbuilder echo bot and a botbuilder-dialogs waterfall bot, under
 * the same load, in alternating rounds. `npm run bench -- --help` lists the options.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TypingUser } from './lib/client';
import {
  CANCELLATION_WALK,
  ECHO_WALK,
  FIRST_MESSAGE,
  ORDER_PLACED_AND_CANCELLED,
  runLoad,
  WATERFALL_WALK,
  type LoadResult,
  type Scenario,
} from './lib/load';
import { startServer, type Server } from './lib/processes';
import { startNodeArgs } from '../scripts/build';
import { mainThreadProfile, summarizeProfile } from './lib/profile';
import { SqliteInspector } from './lib/store';

const HELP = `npm run bench -- [options]
  --rounds N          alternating rounds per bot (3)
  --duration S        seconds of load per bot and round (10)
  --connections N     concurrent clients (50)
  --conversations N   conversation ids the load is spread over (1000)
  --warmup S          seconds of unrecorded load per bot before the first round (2)
  --channel ID        channel of the simulated users: emulator (cards) or slack (text) (emulator)
  --stored LIST       also run the assistant on stores that already hold this many conversations,
                      e.g. 1000,100000 (add 1000000 for the long case)
  --redis [URL]       also run the assistant on Redis (default redis://127.0.0.1:6379/14; the
                      database must be empty, and is emptied again afterwards)
  --redis-processes N with --redis: N assistant processes on the one Redis, the clients spread
                      over them, so that each conversation moves between processes from walk to walk (1)
  --postgres [URL]    also run the assistant on PostgreSQL (default postgres://postgres@127.0.0.1:5432/test,
                      in a table of its own, dropped afterwards)
  --scenarios LIST    the assistant's scenarios besides the cancellation walk: first (first message:
                      routing + lookups), change (an order placed and cancelled), none (first,change)
  --echo-state        also run the echo bot with conversation state in MemoryStorage
  --no-baselines      the assistant only
  --same-node-flags   run the baselines with npm start's Node flags too (its heap tuning); by
                      default they run with Node's own
  --profile [STORE]   also profile the assistant under load (--cpu-prof) and list what costs most,
                      on sqlite (default) or redis (with --redis)
  --keep              keep the temporary directory (stores, profiles)`;

interface Contender {
  name: string;
  /** `scenario`: another scenario on an assistant process already in the list. */
  kind: 'assistant' | 'baseline' | 'scenario';
  server: Server;
  /** More processes of the same bot on the same store, sharing the load. */
  more?: Server[];
  scenario: Scenario;
  stored?: number;
  store: string;
  rounds: LoadResult[];
  /** The machine's 1-minute load average at the end of each round. */
  loads: number[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const fmt = (n: number, digits = 0) =>
  Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '-';
const mb = (bytes?: number) => (bytes ? `${fmt(bytes / 1024 / 1024)} MB` : '-');
const log = (s = '') => process.stdout.write(`${s}\n`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '3' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '50' },
      conversations: { type: 'string', default: '1000' },
      warmup: { type: 'string', default: '2' },
      channel: { type: 'string', default: 'emulator' },
      stored: { type: 'string' },
      redis: { type: 'string' },
      'redis-processes': { type: 'string', default: '1' },
      postgres: { type: 'string' },
      'echo-state': { type: 'boolean', default: false },
      scenarios: { type: 'string', default: 'first,change' },
      'no-baselines': { type: 'boolean', default: false },
      'same-node-flags': { type: 'boolean', default: false },
      profile: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    // `--redis` and `--postgres` may come without a URL.
    args: process.argv
      .slice(2)
      .flatMap((a, i, all) =>
        (a === '--redis' || a === '--postgres' || a === '--profile') && (i === all.length - 1 || all[i + 1].startsWith('--'))
          ? [a, '']
          : [a],
      ),
  });
  if (values.help) {
    log(HELP);
    return;
  }
  const o = {
    rounds: Number(values.rounds),
    duration: Number(values.duration),
    connections: Number(values.connections),
    conversations: Number(values.conversations),
    warmup: Number(values.warmup),
    channel: values.channel!,
    stored: values.stored ? values.stored.split(',').map((s) => Number(s.replace(/_/g, ''))) : [],
    scenarios: values.scenarios === 'none' ? [] : values.scenarios!.split(','),
  };
  for (const sc of o.scenarios)
    if (sc !== 'first' && sc !== 'change') throw new Error(`--scenarios: unknown scenario ${sc} (first, change, none)`);
  for (const [k, v] of Object.entries(o)) if (typeof v === 'number' && !(v >= 0)) throw new Error(`--${k} must be a number`);

  const dir = mkdtempSync(join(tmpdir(), 'pca-bench-'));
  const contenders: Contender[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${fmt(totalmem() / 1024 ** 3)} GB, Linux ${release()}, Node ${process.version}`,
  );
  log(
    `Load: ${o.connections} concurrent clients, expectReplies, ${o.conversations} conversations, channel ${o.channel}, ${o.rounds} alternating rounds of ${o.duration} s per bot`,
  );
  const loadLine = () =>
    loadavg()
      .map((l) => fmt(l, 2))
      .join(' / ');
  // The assistant runs with npm start's heap tuning; the baselines with Node's defaults unless asked.
  const baselineFlags = values['same-node-flags'] ? startNodeArgs() : [];
  log(
    `Node flags: the assistant ${startNodeArgs().join(' ')} (npm start); the baselines ${baselineFlags.length ? 'the same' : "Node's defaults"}`,
  );
  log(`Machine load (1 / 5 / 15 min) before the run: ${loadLine()}`);
  // The load generator shares the machine: anything else running skews every figure.
  if (loadavg()[0] > cpus().length * 0.5)
    log(`WARNING: the machine is busy (load ${fmt(loadavg()[0], 2)} on ${cpus().length} cores): these figures are not representative.`);
  log();

  try {
    // Cold start, as a user starts it: a fresh store, seeded on start, then the first turn.
    const file = join(dir, 'assistant.sqlite');
    const assistant = await startServer('assistant', 'bot/main.ts', { STORAGE_URL: `sqlite://${file}` });
    cleanups.push(() => assistant.stop());
    const probe = new TypingUser('bench-probe', 'bench-probe-user', o.channel);
    const walk = CANCELLATION_WALK.steps;
    const first = await probe.say(assistant.url, walk[0].text as string);
    const coldStartMs = performance.now() - assistant.spawnedAt;
    if (!(walk[0].expect as RegExp).test(first)) throw new Error(`the assistant did not start the procedure:\n${first}`);

    // Bytes per conversation, step by step through one walk.
    const inspector = await SqliteInspector.open(file);
    let maxRecord = 0;
    let template: { value: string; runId?: string } | undefined;
    const perStep: number[] = [];
    for (const [i, step] of walk.entries()) {
      if (i > 0) {
        const reply = await probe.say(assistant.url, step.text as string);
        if (!(step.expect as RegExp).test(reply)) throw new Error(`probe walk, step ${i + 1} "${String(step.text)}" answered:\n${reply}`);
      }
      const bytes = await inspector.conversationBytes(o.channel, probe.conversationId, probe.userId);
      perStep.push(bytes.record);
      if (i < 5) maxRecord = Math.max(maxRecord, bytes.record);
      if (i === 4 && bytes.recordValue)
        template = { value: bytes.recordValue, runId: /"run":\{"id":"([0-9a-f-]{36})"/.exec(bytes.recordValue)?.[1] };
    }
    const afterWalk = await inspector.conversationBytes(o.channel, probe.conversationId, probe.userId);
    await inspector.close();
    contenders.push({
      name: 'assistant (SQLite)',
      kind: 'assistant',
      server: assistant,
      scenario: CANCELLATION_WALK,
      store: 'sqlite',
      rounds: [],
      loads: [],
    });
    // The other scenarios on the same process and store, in the same rounds.
    if (o.scenarios.includes('first'))
      contenders.push({
        name: 'assistant (SQLite), first message',
        kind: 'scenario',
        server: assistant,
        scenario: FIRST_MESSAGE,
        store: 'sqlite',
        rounds: [],
        loads: [],
      });
    if (o.scenarios.includes('change'))
      contenders.push({
        name: 'assistant (SQLite), order placed+cancelled',
        kind: 'scenario',
        server: assistant,
        scenario: ORDER_PLACED_AND_CANCELLED,
        store: 'sqlite',
        rounds: [],
        loads: [],
      });

    if (!values['no-baselines']) {
      const baseline = { nodeArgs: baselineFlags };
      const echo = await startServer('echo', 'bench/baselines/echo-bot.ts', {}, baseline);
      cleanups.push(() => echo.stop());
      contenders.push({ name: 'echo bot', kind: 'baseline', server: echo, scenario: ECHO_WALK, store: '-', rounds: [], loads: [] });
      if (values['echo-state']) {
        const echoState = await startServer('echo-state', 'bench/baselines/echo-bot.ts', { ECHO_STATE: 'memory' }, baseline);
        cleanups.push(() => echoState.stop());
        contenders.push({
          name: 'echo bot + state',
          kind: 'baseline',
          server: echoState,
          scenario: { name: 'echo + state', steps: [{ text: 'hello there', expect: /Echo: hello there \(\d+\)/ }] },
          store: 'memory',
          rounds: [],
          loads: [],
        });
      }
      const waterfall = await startServer('waterfall', 'bench/baselines/waterfall-bot.ts', {}, baseline);
      cleanups.push(() => waterfall.stop());
      contenders.push({
        name: 'waterfall bot',
        kind: 'baseline',
        server: waterfall,
        scenario: WATERFALL_WALK,
        store: 'memory',
        rounds: [],
        loads: [],
      });
    }

    for (const n of o.stored) {
      if (!template) throw new Error('no mid-procedure record to shape the stored history on');
      const storedFile = join(dir, `stored-${n}.sqlite`);
      const ins = await SqliteInspector.open(storedFile);
      const t0 = performance.now();
      await ins.insertHistory(n, { channelId: o.channel, ...template }, (done) =>
        process.stderr.write(`\r  inserting stored conversations: ${fmt(done)} / ${fmt(n)}`),
      );
      const rows = await ins.rows();
      await ins.close();
      process.stderr.write('\n');
      log(`Stored history: ${fmt(n)} conversations (${fmt(rows)} rows) inserted in ${fmt((performance.now() - t0) / 1000, 1)} s`);
      const server = await startServer(`assistant-${n}`, 'bot/main.ts', { STORAGE_URL: `sqlite://${storedFile}` });
      cleanups.push(() => server.stop());
      contenders.push({
        name: `assistant, ${fmt(n)} stored`,
        kind: 'assistant',
        server,
        scenario: CANCELLATION_WALK,
        stored: n,
        store: 'sqlite',
        rounds: [],
        loads: [],
      });
    }

    if (values.redis !== undefined) {
      const url = values.redis || 'redis://127.0.0.1:6379/14';
      const { createClient } = await import('@keyv/redis');
      const client = createClient({ url });
      await client.connect();
      const size = await client.dbSize();
      if (size > 0) throw new Error(`--redis: ${url} holds ${size} keys; the benchmark needs an empty database (it empties it afterwards)`);
      cleanups.push(async () => {
        await client.flushDb();
        await client.quit();
      });
      const server = await startServer('assistant-redis', 'bot/main.ts', { REDIS_URL: url });
      cleanups.push(() => server.stop());
      contenders.push({
        name: 'assistant (Redis)',
        kind: 'assistant',
        server,
        scenario: CANCELLATION_WALK,
        store: 'redis',
        rounds: [],
        loads: [],
      });
      const processes = Number(values['redis-processes']);
      if (processes > 1) {
        const all = await Promise.all(
          Array.from({ length: processes }, (_, i) => startServer(`assistant-redis-${i + 1}`, 'bot/main.ts', { REDIS_URL: url })),
        );
        for (const p of all) cleanups.push(() => p.stop());
        contenders.push({
          name: `assistant (Redis, ${processes} processes)`,
          kind: 'assistant',
          server: all[0],
          more: all.slice(1),
          scenario: CANCELLATION_WALK,
          store: 'redis',
          rounds: [],
          loads: [],
        });
      }
    }

    if (values.postgres !== undefined) {
      const base = values.postgres || 'postgres://postgres@127.0.0.1:5432/test';
      const table = `pca_bench_${process.pid}_${Date.now().toString(36)}`;
      const url = `${base}${base.includes('?') ? '&' : '?'}table=${table}`;
      const server = await startServer('assistant-postgres', 'bot/main.ts', { STORAGE_URL: url });
      cleanups.push(async () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { Client } = require('pg') as {
          Client: new (o: {
            connectionString: string;
          }) => { connect(): Promise<void>; query(s: string): Promise<unknown>; end(): Promise<void> };
        };
        const c = new Client({ connectionString: base });
        await c.connect();
        await c.query(`DROP TABLE IF EXISTS public.${table}, public.${table}_locks`);
        await c.end();
      });
      cleanups.push(() => server.stop());
      contenders.push({
        name: 'assistant (PostgreSQL)',
        kind: 'assistant',
        server,
        scenario: CANCELLATION_WALK,
        store: 'postgres',
        rounds: [],
        loads: [],
      });
    }

    const load = (c: Contender, durationSec: number, tag: string) =>
      runLoad({
        url: c.more ? [c.server.url, ...c.more.map((m) => m.url)] : c.server.url,
        scenario: c.scenario,
        conversations: o.conversations,
        connections: o.connections,
        durationSec,
        channelId: o.channel,
        tag,
      });

    // Conversation ids of their own per bot, scenario and round: no walk ever lands in another's conversation.
    const tagOf = (c: Contender, prefix: string) => `${prefix}-${c.server.pid}-${c.scenario.name.replace(/\W+/g, '')}`;
    if (o.warmup > 0) for (const c of contenders) await load(c, o.warmup, tagOf(c, 'warm'));
    for (let r = 0; r < o.rounds; r++) {
      // Each round in another order, so that no bot always runs right after the same one.
      const order = contenders.map((_, i) => contenders[(i + r) % contenders.length]);
      for (const c of order) {
        const result = await load(c, o.duration, tagOf(c, `r${r}`));
        c.rounds.push(result);
        c.loads.push(loadavg()[0]);
        log(
          `round ${r + 1}: ${c.name.padEnd(42)} ${fmt(result.turnsPerSec).padStart(6)} turns/s  p50 ${fmt(result.p50, 1)} ms  p99 ${fmt(result.p99, 1)} ms  load ${fmt(loadavg()[0], 2)}${result.failed ? `  ${result.failed} FAILED` : ''}`,
        );
        for (const s of result.samples) log(`    ${s}`);
      }
    }

    // Results.
    log();
    log('| bot | store | turns/s | p50 ms | p90 ms | p99 ms | failed turns | peak RSS | load |');
    log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const c of contenders) {
      const m = (f: (x: LoadResult) => number) => median(c.rounds.map(f));
      log(
        `| ${c.name} | ${c.store} | ${fmt(m((x) => x.turnsPerSec))} | ${fmt(
          m((x) => x.p50),
          1,
        )} | ${fmt(
          m((x) => x.p90),
          1,
        )} | ${fmt(
          m((x) => x.p99),
          1,
        )} | ${c.rounds.reduce((s, x) => s + x.failed, 0)} | ${c.kind === 'scenario' ? '(same process)' : mb([c.server, ...(c.more ?? [])].reduce((sum, p) => sum + (p.peakRss() ?? 0), 0))}${c.more ? ` (${1 + c.more.length} processes)` : ''} | ${fmt(Math.max(...c.loads), 2)} |`,
      );
    }
    log('(medians over the rounds; load: the highest 1-minute load average at the end of its rounds)');
    log(`Machine load (1 / 5 / 15 min) after the run: ${loadLine()}`);
    log();

    const byName = (name: string) => contenders.find((c) => c.name === name);
    const echo = byName('echo bot');
    const waterfall = byName('waterfall bot');
    const ratio = (a: Contender, b: Contender) => median(a.rounds.map((x, i) => x.turnsPerSec / b.rounds[i].turnsPerSec));
    const check = (ok: boolean) => (ok ? 'met' : 'NOT MET');
    const lines: string[] = [];
    // Targets (issue "Faster turns"): on SQLite ≥ 1.0 × waterfall and ≥ 0.5 × echo, p99 < 100 ms;
    // on Redis ≥ 0.6 × echo; peak RSS ≤ 1.3 × the waterfall's. Ratios are per round, then the median.
    for (const c of contenders.filter((x) => x.kind === 'assistant' && x.stored === undefined)) {
      const onSqlite = c.store === 'sqlite';
      if (echo) {
        const r = ratio(c, echo);
        const target = onSqlite ? 0.5 : c.store === 'redis' ? 0.6 : undefined;
        lines.push(`${c.name} / echo bot turns/s: ${fmt(r, 2)}${target ? ` (target ≥ ${target}: ${check(r >= target)})` : ''}`);
      }
      if (waterfall) {
        const r = ratio(c, waterfall);
        lines.push(`${c.name} / waterfall bot turns/s: ${fmt(r, 2)}${onSqlite ? ` (target ≥ 1.0: ${check(r >= 1)})` : ''}`);
        const rss =
          [c.server, ...(c.more ?? [])].reduce((sum, p) => sum + (p.peakRss() ?? 0), 0) / (waterfall.server.peakRss() ?? Number.NaN);
        if (onSqlite) lines.push(`${c.name} peak RSS / waterfall bot's: ${fmt(rss, 2)} (target ≤ 1.3: ${check(rss <= 1.3)})`);
      }
      const p99 = median(c.rounds.map((x) => x.p99));
      lines.push(
        `${c.name} p99 at ${o.connections} concurrent conversations: ${fmt(p99, 1)} ms${onSqlite ? ` (target < 100 ms: ${check(p99 < 100)})` : ''}`,
      );
    }
    for (const c of contenders.filter((x) => x.kind === 'scenario')) {
      lines.push(
        `${c.name}: ${fmt(median(c.rounds.map((x) => x.turnsPerSec)))} turns/s, p99 ${fmt(median(c.rounds.map((x) => x.p99)), 1)} ms${echo ? `, / echo bot ${fmt(ratio(c, echo), 2)}` : ''}`,
      );
    }
    lines.push(
      `conversation record mid-procedure: at most ${fmt(maxRecord)} bytes (target ≤ 4,096: ${check(maxRecord <= 4096)}); per step: ${perStep.map((n) => fmt(n)).join(', ')}`,
    );
    lines.push(
      `everything stored for one conversation after one walk (${o.channel}): ${fmt(afterWalk.record + afterWalk.user + afterWalk.deliveries)} bytes = record ${fmt(afterWalk.record)} + user ${fmt(afterWalk.user)} + kept replies (the last 3 answers, ${afterWalk.deliveryRows} rows) ${fmt(afterWalk.deliveries)}`,
    );
    const storedRuns = contenders.filter((c) => c.stored !== undefined).sort((a, b) => a.stored! - b.stored!);
    if (storedRuns.length >= 2) {
      const low = storedRuns[0];
      for (const high of storedRuns.slice(1)) {
        const p50 = median(high.rounds.map((x, i) => x.p50 / low.rounds[i].p50));
        const p99 = median(high.rounds.map((x, i) => x.p99 / low.rounds[i].p99));
        const tps = median(high.rounds.map((x, i) => x.turnsPerSec / low.rounds[i].turnsPerSec));
        lines.push(
          `${fmt(high.stored!)} vs ${fmt(low.stored!)} stored: p50 × ${fmt(p50, 2)}, p99 × ${fmt(p99, 2)}, turns/s × ${fmt(tps, 2)} (target: latency within 10%: ${check(p50 <= 1.1)})`,
        );
      }
    }
    lines.push(
      `cold start to the first answered turn: ${fmt(coldStartMs)} ms (listening after ${fmt(assistant.listeningAfterMs)} ms; target < 1,500 ms: ${check(coldStartMs < 1500)})`,
    );
    for (const l of lines) log(`- ${l}`);
    const failed = contenders.reduce((s, c) => s + c.rounds.reduce((t, x) => t + x.failed, 0), 0);
    if (failed) log(`\n${failed} turns failed or answered wrongly: the figures above are not valid.`);

    if (values.profile !== undefined) {
      const onRedis = values.profile === 'redis';
      if (onRedis && values.redis === undefined) throw new Error('--profile redis needs --redis');
      log(`\nProfiling the assistant on ${onRedis ? 'Redis' : 'SQLite'} under the same load (--cpu-prof)...`);
      const profDir = join(dir, 'profiles');
      const storage: Record<string, string> = onRedis
        ? { REDIS_URL: values.redis || 'redis://127.0.0.1:6379/14' }
        : { STORAGE_URL: `sqlite://${join(dir, 'profiled.sqlite')}` };
      // Through tsx, so that the profile's frames name the project's files (the code runs the same).
      const profiled = await startServer('assistant-profiled', 'bot/main.ts', storage, {
        nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profDir],
        tsx: true,
      });
      await load({ ...contenders[0], server: profiled }, 1, 'prof-warm');
      const result = await load({ ...contenders[0], server: profiled }, o.duration, 'prof');
      await profiled.stop();
      const path = mainThreadProfile(profDir);
      if (!path) throw new Error(`no profile written:\n${profiled.output()}`);
      // The profile starts with the process: its first part is the start-up, then 1 s of warm-up, then the measured load.
      const loadFrom = profiled.listeningAfterMs + 1000;
      const s = summarizeProfile(path, { fromMs: loadFrom + 200, toMs: loadFrom + o.duration * 1000 - 200 });
      const busy = s.totalMs - s.idleMs;
      const measuredTurns = (result.turns * (o.duration - 0.4)) / o.duration;
      log(
        `${fmt(result.turns)} turns in ${o.duration} s; ${fmt(busy)} ms busy on the main thread: ${fmt(busy / Math.max(1, measuredTurns), 2)} ms of CPU per turn${values.keep ? ` (profile ${path})` : ''}`,
      );
      log('\nUnder load, self time by module:');
      for (const m of s.byModule) log(`  ${fmt(m.share * 100, 1).padStart(5)}%  ${m.name}`);
      log('\nUnder load, self time by function:');
      for (const f of s.byFunction) log(`  ${fmt(f.share * 100, 1).padStart(5)}%  ${f.name}`);
      const start = summarizeProfile(path, { toMs: profiled.listeningAfterMs, top: 8 });
      log(
        `\nStart-up (${fmt(profiled.listeningAfterMs)} ms to listening, ${fmt(start.totalMs - start.idleMs)} ms busy), self time by module:`,
      );
      for (const m of start.byModule) log(`  ${fmt(m.share * 100, 1).padStart(5)}%  ${m.name}`);
      log('Start-up, by function:');
      for (const f of summarizeProfile(path, { toMs: profiled.listeningAfterMs, top: 8 }).byFunction)
        log(`  ${fmt(f.share * 100, 1).padStart(5)}%  ${f.name}`);
    }
  } finally {
    for (const c of cleanups.reverse()) await c().catch((e: Error) => log(`cleanup: ${e.message}`));
    if (values.keep) log(`\nKept: ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
