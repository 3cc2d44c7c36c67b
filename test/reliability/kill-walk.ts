import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Keyv from 'keyv';
import { createActor, waitFor, type AnyActorRef, type AnyStateMachine, type InspectionEvent } from 'xstate';
import { getStateNodes } from 'xstate/graph';
import { choiceOf, expectsOf, readTyped } from '../../dialogs/answers';
import { SqliteStore } from '../../bot/storage/sqlite-store';
import type { ProcedureDefinition, RunOutput } from '../../dialogs/procedure';
import { PROCEDURES } from '../../dialogs/registry';
import { systemClock } from '../../domain/clock';
import { DEMO_SEED } from '../../domain/sandbox/demo-seed';
import { SandboxPartnerCenter } from '../../domain/sandbox/sandbox';
import { parseSeed } from '../../domain/sandbox/seed-schema';
import { bundleServer, ChildServer, typed } from '../support/child-server';

const LOCK_PROBE_MS = 5000;

/** Every state node of a machine, as dotted paths ("confirm", "form.askName"). */
export function graphStates(machine: AnyStateMachine): string[] {
  return getStateNodes(machine.root).map((n) => n.path.join('.'));
}

function paths(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => [k, ...paths(v).map((p) => `${k}.${p}`)]);
}

const key = (value: unknown) => paths(value).join(' ');

/**
 * The procedure's own machine run in this process, on a sandbox of its own seeded like the
 * server's, fed the same answers: it tells which states a turn passes through (the server only
 * stores where a turn comes to rest), and where the server must come to rest.
 */
class Shadow {
  actor?: AnyActorRef;
  readonly visited = new Set<string>();
  readonly busy = new Set<string>();
  private trail: string[] = [];

  private constructor(
    private readonly def: ProcedureDefinition,
    private readonly machine: AnyStateMachine,
    private readonly userId: string,
    readonly pc: SandboxPartnerCenter,
  ) {}

  static async create(def: ProcedureDefinition, channelUserId: string, data: unknown = DEMO_SEED): Promise<Shadow> {
    const pc = new SandboxPartnerCenter(new Keyv(), systemClock);
    const seed = parseSeed(data);
    if (!seed.ok) throw new Error(seed.errors.join('; '));
    await pc.seed(seed.seed);
    const user = await pc.directory.userByChannelId(channelUserId);
    if (!user) throw new Error(`no user ${channelUserId} in the demo data`);
    return new Shadow(def, def.createMachine({ pc, clock: systemClock }), user.id, pc);
  }

  get state(): string | undefined {
    const s = this.actor?.getSnapshot();
    return s ? key(s.value) : undefined;
  }

  get done(): boolean {
    return this.actor?.getSnapshot().status === 'done';
  }

  get output(): RunOutput | undefined {
    return this.actor?.getSnapshot().output as RunOutput | undefined;
  }

  /** Runs one answer (or the first sentence) and returns the states it went through. */
  async step(text: string): Promise<string[]> {
    this.trail = [];
    if (!this.actor) {
      const prefill = text.trim().toLowerCase() === this.def.id ? {} : (this.def.extract?.(text) ?? {});
      // The initial state is entered by definition, inside the first snapshot (no microstep shows it).
      for (const t of this.machine.root.initial.target) this.visited.add(t.path.join('.'));
      this.actor = createActor(this.machine, { input: { runId: 'shadow', userId: this.userId, prefill }, inspect: this.inspect });
      this.actor.start();
    } else {
      this.actor.send({ type: 'ANSWER', value: await this.mapChoice(text) });
    }
    await waitFor(this.actor, (s) => !s.hasTag('busy') || s.status !== 'active', { timeout: 10_000 });
    return [...new Set(this.trail)];
  }

  private inspect = (e: InspectionEvent) => {
    if (e.actorRef !== this.actor || (e.type !== '@xstate.microstep' && e.type !== '@xstate.snapshot')) return;
    const snap = e.snapshot as unknown as { value: unknown; hasTag(t: string): boolean };
    for (const p of paths(snap.value)) {
      this.visited.add(p);
      this.trail.push(p);
      if (snap.hasTag('busy')) this.busy.add(p);
    }
  };

  /** As the engine does: a choice of the question on screen by its number or label, or the value the question expects. */
  private async mapChoice(text: string): Promise<string> {
    const shown = this.def.prompt(this.actor!.getSnapshot());
    if (!shown) return text;
    const c = choiceOf(shown, text, 'en');
    if (c.kind === 'one') return c.value;
    const reading = await readTyped(expectsOf(shown), text, 'en', new Date());
    return reading?.ok ? reading.value : text;
  }
}

/** Changes made in Partner Center, as its activity log records them. */
async function doneCount(pc: SandboxPartnerCenter): Promise<number> {
  return (await pc.activity.list(new Date(Date.now() - 86_400_000), new Date(Date.now() + 60_000))).filter((r) => r.outcome === 'done')
    .length;
}

export interface WalkOptions {
  procedure: string;
  /** Conversations of typed messages; the first message of each starts the procedure. */
  scripts: string[][];
  user: string;
  /**
   * The sandbox data of both the server (as its SANDBOX_SEED file) and the shadow, when the
   * demo data lacks what some state needs (default: the demo data).
   */
  seed?: unknown;
  /** The resting states to kill the server in (default: all). */
  killAtRest?(state: string): boolean;
  /** Called with the sandbox as the server left it, after the last conversation. */
  check(pc: SandboxPartnerCenter): Promise<void>;
  /** The procedures the server knows (default: the registry's) and the server's entry (default: bot/main.ts). */
  procedures?: readonly ProcedureDefinition[];
  entry?: string;
}

export interface WalkReport {
  states: string[];
  visited: Set<string>;
  /** States the server was SIGKILLed in while at rest between turns. */
  killedAtRest: string[];
  /** Busy states of turns during which the server was SIGKILLed, before the reply. */
  killedInFlight: string[];
  restarts: number;
  /** Kills that came after the turn's change in Partner Center was made and before the turn was saved. */
  killedAfterEffectBeforeSave: number;
  /** A redelivery right after a kill in flight was answered at once (the dead turn's lock taken over). */
  redeliveryAnsweredAtOnce?: boolean;
  /** Replies of each conversation's last turn. */
  lastReplies: string[];
}

/**
 * Drives each script against a server process, SIGKILLing it once at every state the
 * conversation comes to rest in, and once during every turn that enters a busy state not yet
 * interrupted (the activity is then redelivered with its id); after each turn the server's saved
 * state must equal the shadow's.
 */
export async function crashWalk(opts: WalkOptions): Promise<WalkReport> {
  const def = (opts.procedures ?? PROCEDURES).find((p) => p.id === opts.procedure);
  if (!def) throw new Error(`no procedure ${opts.procedure}`);
  const dir = mkdtempSync(join(tmpdir(), 'pca-kill-'));
  const storageUrl = `sqlite://${join(dir, 'store.sqlite')}`;
  const env: Record<string, string> = { STORAGE_URL: storageUrl };
  if (opts.seed !== undefined) {
    env.SANDBOX_SEED = join(dir, 'seed.json');
    writeFileSync(env.SANDBOX_SEED, JSON.stringify(opts.seed));
  }
  const script = bundleServer(opts.entry);
  let server = await new ChildServer(env, script).start();
  // A second connection to the same SQLite file (WAL): reads what the server saved.
  const kv = new SqliteStore(storageUrl.slice('sqlite://'.length), 'pca');
  const sql = kv;
  // Outcomes of side effects the run has recorded (SandboxStore.once).
  const effectCount = async (runId: string) =>
    ((await sql.query('SELECT count(*) AS n FROM kv WHERE key LIKE ?', `%effect:${runId}:%`)) as { n: number }[])[0].n;
  const report: WalkReport = {
    states: graphStates(def.createMachine({ pc: new SandboxPartnerCenter(new Keyv(), systemClock), clock: systemClock })),
    visited: new Set(),
    killedAtRest: [],
    killedInFlight: [],
    restarts: 0,
    killedAfterEffectBeforeSave: 0,
    lastReplies: [],
  };
  /** `held`: runs while the server is dead, before the new one starts. */
  const restart = async (held?: () => Promise<unknown>) => {
    const e = await server.stop('SIGKILL');
    if (e.signal !== 'SIGKILL') throw new Error(`server ended by itself (${e.code}): ${server.stderr}`);
    await held?.();
    server = await new ChildServer(env, script).start();
    report.restarts++;
  };
  try {
    let lastTurnMs = 20;
    for (const [n, messages] of opts.scripts.entries()) {
      const shadow = await Shadow.create(def, opts.user, opts.seed);
      const conversation = `kill-${opts.procedure}-${n}`;
      let replies = '';
      const savedRun = async () => {
        const saved = (await kv.get(`conversation/slack/${conversation}`)) as
          | { value: { record: { run?: { id: string; procedure: string; snapshot: { value: unknown } } } } }
          | undefined;
        const run = saved?.value.record.run;
        return run?.procedure === def.id ? run : undefined;
      };
      const savedState = async () => {
        const run = await savedRun();
        return run ? key(run.snapshot.value) : undefined;
      };
      for (const [i, text] of messages.entries()) {
        if (shadow.done) throw new Error(`script ${n} goes on after the procedure ended, at "${text}"`);
        const before = shadow.state;
        const effectsBefore = await doneCount(shadow.pc);
        const trail = await shadow.step(text);
        const makesEffect = (await doneCount(shadow.pc)) > effectsBefore;
        if (before && !report.killedAtRest.includes(before) && (opts.killAtRest?.(before) ?? true)) {
          await restart();
          report.killedAtRest.push(before);
        }
        const activity = typed(conversation, opts.user, `${conversation}-${i}`, text);
        const newBusy = trail.filter((s) => shadow.busy.has(s) && !report.killedInFlight.includes(s));
        if (newBusy.length) {
          // Killed while the turn runs: the channel never gets an answer and sends the activity again.
          const runId = (await savedRun())?.id ?? '';
          const serverEffects = await effectCount(runId);
          const pending = server.post(activity).catch(() => undefined);
          if (makesEffect) {
            // The worst moment for the turn: its change is made and recorded in Partner Center,
            // the turn itself not yet saved, its reply not yet sent. Taking SQLite's write lock
            // as soon as the change's record is there holds the turn's next write (its save)
            // until the kill, however fast the server is.
            const deadline = Date.now() + 10_000;
            while ((await effectCount(runId)) === serverEffects && Date.now() < deadline) await new Promise((ok) => setImmediate(ok));
            await sql.query('BEGIN IMMEDIATE');
            await restart(async () => sql.query('COMMIT'));
          } else {
            await new Promise((ok) => setTimeout(ok, Math.max(1, Math.round(lastTurnMs / 2))));
            await restart();
          }
          await pending;
          report.killedInFlight.push(...newBusy);
          if (makesEffect) {
            const effectMade = (await effectCount(runId)) > serverEffects;
            const turnSaved = (await savedState()) !== before;
            if (effectMade && !turnSaved) report.killedAfterEffectBeforeSave++;
            if (report.redeliveryAnsweredAtOnce === undefined) {
              // The killed turn's lock names its dead process: a redelivery right away takes it
              // over instead of waiting for it to expire, and is answered at once.
              report.redeliveryAnsweredAtOnce = await server.post(activity, AbortSignal.timeout(LOCK_PROBE_MS)).then(
                (res) => res.status === 200,
                () => false,
              );
            }
          }
        }
        const started = Date.now();
        const res = await server.post(activity);
        lastTurnMs = Date.now() - started;
        if (res.status !== 200) throw new Error(`HTTP ${res.status} at "${text}"`);
        replies = res.replies.map((r) => r.plain).join('\n');
        const at = await savedState();
        const expected = shadow.done ? undefined : shadow.state;
        if (at !== expected)
          throw new Error(
            `script ${n}, "${text}": the server rests in ${at ?? '(no run)'}, the machine in ${expected ?? '(finished)'}; replies:\n${replies}`,
          );
      }
      if (!shadow.done) throw new Error(`script ${n} ends with the procedure still at ${shadow.state}`);
      for (const s of shadow.visited) report.visited.add(s);
      report.lastReplies.push(replies);
    }
    const end = await server.stop('SIGTERM');
    if (end.code !== 0) throw new Error(`the server did not stop cleanly on SIGTERM (${end.code ?? end.signal}): ${server.stderr}`);
    await opts.check(new SandboxPartnerCenter(kv, systemClock));
    return report;
  } finally {
    if (server.running) await server.stop('SIGKILL');
    await kv.disconnect();
    rmSync(dir, { recursive: true, force: true });
    rmSync(script, { force: true });
  }
}
