import { randomUUID } from 'node:crypto';
import { createActor, waitFor, type AnyActorRef, type AnyStateMachine } from 'xstate';
import type { PartnerUser } from '../domain/model';
import { checkRoles } from '../domain/rules/roles';
import { parseCommand, parseLanguage, parseYesNo } from './commands';
import type { ProcedureDefinition, ProcedureDeps, RunOutput } from './procedure';
import { ROOT_VERSION, rootMachine, type RootEmitted } from './root-machine';
import { msg, type Msg, type Prompt, type Reply, type ShownPrompt } from '../cards/view';

export interface RunRecord {
  id: string;
  procedure: string;
  version: number;
  /** Increases each time the run moves to another question: a card carries it. */
  seq: number;
  step: string;
  snapshot: unknown;
}

/** Everything the assistant keeps about one conversation. */
export interface ConversationRecord {
  v: 1;
  rootVersion: number;
  root: unknown;
  rootSeq: number;
  run?: RunRecord;
  locale?: string;
}

export type TurnInput =
  | { kind: 'message'; text: string }
  | { kind: 'submit'; run: string; seq: number; value?: string; fields?: Record<string, string> }
  | { kind: 'joined' };

export interface TurnWho {
  channelUserId: string;
  locale?: string;
}

export interface TurnResult {
  record: ConversationRecord;
  replies: Reply[];
  /** The question a card submit answered, with the answer: channels that can edit cards show it. */
  answered?: { prompt: ShownPrompt; answer: Msg };
}

export const ROOT_RUN = 'root';
const SETTLE_TIMEOUT_MS = 30_000;

interface Machines {
  def: ProcedureDefinition;
  machine: AnyStateMachine;
}

/**
 * One turn of a conversation: restores the root and the active procedure from the saved
 * record, applies the user's input, and returns the new record with the replies.
 */
export class ConversationEngine {
  private readonly machines = new Map<string, Machines>();

  constructor(
    private readonly procedures: readonly ProcedureDefinition[],
    private readonly deps: ProcedureDeps,
    private readonly options: { defaultUserId?: string } = {},
  ) {
    // Machines are built once: a turn only restores actors from snapshots.
    for (const def of procedures) this.machines.set(def.id, { def, machine: def.createMachine(deps) });
  }

  async turn(saved: ConversationRecord | undefined, input: TurnInput, who: TurnWho): Promise<TurnResult> {
    const t = new Turn(this, saved, await this.resolveUser(who));
    await t.apply(input);
    return t.result();
  }

  procedure(id: string): Machines | undefined {
    return this.machines.get(id);
  }

  audit(entry: Parameters<ProcedureDeps['pc']['activity']['record']>[0]): Promise<unknown> {
    return this.deps.pc.activity.record(entry);
  }

  list(): readonly ProcedureDefinition[] {
    return this.procedures;
  }

  private async resolveUser(who: TurnWho): Promise<PartnerUser | undefined> {
    const known = await this.deps.pc.directory.userByChannelId(who.channelUserId);
    if (known) return known;
    return this.options.defaultUserId ? this.deps.pc.directory.user(this.options.defaultUserId) : undefined;
  }
}

class Turn {
  private readonly replies: Reply[] = [];
  private readonly record: ConversationRecord;
  private root!: AnyActorRef;
  private run?: { rec: RunRecord; actor: AnyActorRef; def: ProcedureDefinition };
  private showMenu = false;
  private answered?: TurnResult['answered'];

  constructor(
    private readonly engine: ConversationEngine,
    saved: ConversationRecord | undefined,
    private readonly user: PartnerUser | undefined,
  ) {
    this.record = saved ? { ...saved } : { v: 1, rootVersion: ROOT_VERSION, root: undefined, rootSeq: 0 };
  }

  async apply(input: TurnInput): Promise<void> {
    this.restoreRoot();
    await this.restoreRun();
    const state = this.rootState();

    if (input.kind === 'joined') {
      this.root.send({ type: 'GREET' });
      this.showMenu = !this.run;
      return;
    }
    if (input.kind === 'submit') return this.onSubmit(input);

    const text = input.text.trim();
    if (!text) {
      this.say(msg('common.emptyMessage'));
      return;
    }
    const command = parseCommand(text);
    if (state === 'confirmingDrop') {
      const yes = parseYesNo(text) ?? (command === 'cancel' ? true : undefined);
      if (yes === undefined) this.say(msg('root.dropConfirm.required'));
      else this.answerDrop(yes);
      return;
    }
    const language = parseLanguage(text);
    if (language) {
      this.record.locale = language;
      this.say(msg('common.languageSet'));
      return;
    }
    if (command) return this.onCommand(command);
    if (this.run) return this.answer(this.mapChoice(text));
    return this.route(text);
  }

  result(): TurnResult {
    const state = this.rootState();
    if (state === 'confirmingDrop') {
      this.prompt(ROOT_RUN, ++this.record.rootSeq, {
        title: msg('root.dropConfirm.title', { procedure: this.run ? this.run.def.title : msg('common.empty') }),
        choices: [
          { value: 'yes', label: msg('root.dropConfirm.yes'), style: 'destructive' },
          { value: 'no', label: msg('root.dropConfirm.no') },
        ],
      });
    } else if (this.run) {
      const p = this.run.def.prompt(this.run.actor.getSnapshot());
      if (p) {
        const step = this.run.def.stepKey(this.run.actor.getSnapshot());
        if (step !== this.run.rec.step) this.run.rec = { ...this.run.rec, step, seq: this.run.rec.seq + 1 };
        this.prompt(this.run.rec.id, this.run.rec.seq, p);
      }
    } else if (this.showMenu) {
      this.prompt(ROOT_RUN, ++this.record.rootSeq, this.menuPrompt());
    }
    this.record.root = this.root.getPersistedSnapshot();
    this.record.rootVersion = ROOT_VERSION;
    this.record.run = this.run ? { ...this.run.rec, snapshot: this.run.actor.getPersistedSnapshot() } : undefined;
    this.root.stop();
    this.run?.actor.stop();
    return { record: this.record, replies: this.replies, answered: this.answered };
  }

  // --- input handling -------------------------------------------------------

  private async onSubmit(input: Extract<TurnInput, { kind: 'submit' }>): Promise<void> {
    const state = this.rootState();
    if (input.run === ROOT_RUN) {
      if (input.seq !== this.record.rootSeq) return this.stale();
      if (state === 'confirmingDrop') return this.answerDrop(input.value === 'yes');
      if (state === 'menu' && input.value) return this.route(input.value);
      return this.stale();
    }
    if (!this.run || input.run !== this.run.rec.id || input.seq !== this.run.rec.seq || state !== 'running') return this.stale();
    const value = input.value ?? input.fields?.answer ?? '';
    const shown = this.run.def.prompt(this.run.actor.getSnapshot());
    if (shown) {
      const label = shown.choices?.find((c) => c.value === value)?.label;
      this.answered = { prompt: { ...shown, run: this.run.rec.id, seq: this.run.rec.seq }, answer: label ?? msg('common.raw', { text: value.slice(0, 200) }) };
    }
    return this.answer(value, input.fields);
  }

  private stale(): void {
    this.say(msg('common.staleCard'));
    this.showMenu = !this.run;
  }

  private onCommand(command: NonNullable<ReturnType<typeof parseCommand>>): void {
    const run = this.run;
    switch (command) {
      case 'help':
        if (run) this.say(msg(`${run.def.stepKey(run.actor.getSnapshot())}.help`, undefined, 'common.help.step'));
        else {
          this.say(msg('common.help.menu'));
          this.showMenu = true;
        }
        return;
      case 'why':
        if (run) this.say(msg(`${run.def.stepKey(run.actor.getSnapshot())}.why`, undefined, 'common.why.none'));
        else this.say(msg('common.why.none'));
        return;
      case 'status':
        if (run) this.say(msg('common.status.running', { procedure: run.def.title, step: msg(`${run.def.stepKey(run.actor.getSnapshot())}.name`, undefined, 'common.status.step') }));
        else {
          this.say(msg('common.status.idle'));
          this.showMenu = true;
        }
        return;
      case 'cancel':
        if (run) this.root.send({ type: 'ASK_DROP' });
        else {
          this.say(msg('common.nothingToCancel'));
          this.showMenu = true;
        }
        return;
      case 'menu':
        if (run) this.root.send({ type: 'ASK_DROP' });
        else this.showMenu = true;
        return;
    }
  }

  private answerDrop(drop: boolean): void {
    this.root.send({ type: 'DROP_ANSWER', drop });
  }

  /** Typed "2" or a choice's label picks that choice of the question on screen. */
  private mapChoice(text: string): string {
    const p = this.run?.def.prompt(this.run.actor.getSnapshot());
    const choices = p?.choices ?? [];
    const n = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(text);
    if (n && choices.length > 0 && Number(n[1]) >= 1 && Number(n[1]) <= choices.length && !choices.some((c) => c.value === text.trim())) {
      return choices[Number(n[1]) - 1].value;
    }
    return text;
  }

  private async answer(value: string, fields?: Record<string, string>): Promise<void> {
    const run = this.run!;
    run.actor.send({ type: 'ANSWER', value, fields });
    await this.settle(run.actor);
    await this.finishIfDone();
  }

  private async route(text: string): Promise<void> {
    const procedures = this.engine.list();
    const t = text.trim().toLowerCase();
    const byNumber = /^\d{1,2}$/.test(t) ? procedures[Number(t) - 1] : undefined;
    const exact = procedures.find((p) => p.id === t) ?? byNumber;
    const def = exact ?? bestKeywordMatch(procedures, t);
    if (!def) {
      this.root.send({ type: 'UNKNOWN', text });
      this.showMenu = true;
      return;
    }
    await this.start(def, exact ? {} : (def.extract?.(text) ?? {}));
  }

  private async start(def: ProcedureDefinition, prefill: Record<string, string>): Promise<void> {
    if (!this.user) {
      this.say(msg('common.unknownUser'));
      this.showMenu = true;
      return;
    }
    const roles = checkRoles(this.user.roles, def.permission);
    if (!roles.allowed) {
      await this.engine.audit({ userId: this.user.id, userName: this.user.name, action: def.id, outcome: 'refused', detail: `needs ${roles.needed.join(' or ')}` });
      this.say(msg('common.forbidden', { procedure: def.title, roles: { list: [...roles.needed] }, mine: { list: this.user.roles.length ? [...this.user.roles] : ['—'] } }));
      this.showMenu = true;
      return;
    }
    const id = randomUUID();
    const machine = this.engine.procedure(def.id)!.machine;
    const actor = createActor(machine, { input: { runId: id, userId: this.user.id, prefill } });
    this.listen(actor);
    actor.start();
    this.run = { def, actor, rec: { id, procedure: def.id, version: def.version, seq: 0, step: '', snapshot: undefined } };
    this.root.send({ type: 'STARTED', procedure: def.id });
    this.say(msg('root.starting', { procedure: def.title }));
    await this.settle(actor);
    await this.finishIfDone();
  }

  private async finishIfDone(): Promise<void> {
    const run = this.run;
    if (!run) return;
    const snap = run.actor.getSnapshot();
    if (snap.status !== 'done') return;
    const final = run.def.prompt(snap);
    if (final) this.prompt(run.rec.id, run.rec.seq + 1, final);
    this.run = undefined;
    this.root.send({ type: 'FINISHED' });
    const output = snap.output as RunOutput | undefined;
    const next = output?.handover && this.engine.procedure(output.handover.procedure);
    if (next) await this.start(next.def, output!.handover!.prefill);
    else this.showMenu = true;
  }

  // --- restoring ------------------------------------------------------------

  private restoreRoot(): void {
    const fits = this.record.root && this.record.rootVersion === ROOT_VERSION;
    this.root = this.tryCreate(rootMachine, fits ? this.record.root : undefined) ?? this.tryCreate(rootMachine, undefined)!;
    this.root.on('*', (e: RootEmitted) => {
      if (e.type === 'say') this.replies.push({ kind: 'say', msg: e.msg });
      if (e.type === 'drop') {
        this.run?.actor.stop();
        this.run = undefined;
        this.showMenu = true;
      }
    });
    this.root.start();
  }

  private async restoreRun(): Promise<void> {
    const rec = this.record.run;
    if (!rec) return;
    const found = this.engine.procedure(rec.procedure);
    const actor = found && found.def.version === rec.version ? this.tryCreate(found.machine, rec.snapshot) : undefined;
    if (!found || !actor) {
      this.say(msg('common.snapshotMismatch'));
      this.record.run = undefined;
      this.root.send({ type: 'FINISHED' });
      this.showMenu = true;
      return;
    }
    this.listen(actor);
    actor.start();
    this.run = { def: found.def, actor, rec };
    // A run saved while busy (the process stopped mid-call) resumes its call here.
    await this.settle(actor);
  }

  private tryCreate(machine: AnyStateMachine, snapshot: unknown): AnyActorRef | undefined {
    try {
      const actor = createActor(machine, snapshot ? { snapshot: snapshot as never } : {});
      const s = actor.getSnapshot();
      if (snapshot && (s.status === 'error' || !machine.getStateNodeById || !s.value)) return undefined;
      return actor;
    } catch {
      return undefined;
    }
  }

  private listen(actor: AnyActorRef): void {
    actor.on('say', (e: { msg: Msg }) => this.replies.push({ kind: 'say', msg: e.msg }));
  }

  private async settle(actor: AnyActorRef): Promise<void> {
    await waitFor(actor, (s) => !s.hasTag('busy') || s.status !== 'active', { timeout: SETTLE_TIMEOUT_MS });
  }

  private rootState(): string {
    return String(this.root.getSnapshot().value);
  }

  // --- replies --------------------------------------------------------------

  private say(m: Msg): void {
    this.replies.push({ kind: 'say', msg: m });
  }

  private prompt(run: string, seq: number, p: Prompt): void {
    this.replies.push({ kind: 'prompt', prompt: { ...p, run, seq } });
  }

  private menuPrompt(): Prompt {
    return {
      title: msg('root.menu.title', { name: this.user?.name ?? '' }),
      choices: this.engine.list().map((p) => ({ value: p.id, label: p.title, detail: p.summary })),
      lines: [msg('root.menu.line')],
    };
  }
}

function bestKeywordMatch(procedures: readonly ProcedureDefinition[], text: string): ProcedureDefinition | undefined {
  let best: ProcedureDefinition | undefined;
  let bestScore = 0;
  for (const p of procedures) {
    const score = p.keywords.filter((k) => text.includes(k)).length;
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}
