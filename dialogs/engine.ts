import { randomUUID } from 'node:crypto';
import { createActor, waitFor, type AnyActorRef, type AnyStateMachine } from 'xstate';
import type { PartnerUser } from '../domain/model';
import { checkRoles } from '../domain/rules/roles';
import { isBareLanguage, parseCommand, parseLanguage, parseYesNo } from './commands';
import { langOf } from './nlu/text';
import { knownNames, understand, valuesFor } from './understand';
import { isChoiceLabel } from './understand/labels';
import { replyTo } from './understand/reply';
import type { FollowUpEvent, ProcedureDefinition, ProcedureDeps, RunOutput } from './procedure';
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
  /** What the run started with, and the answers given so far: "back" replays all but the last. */
  prefill?: Record<string, string>;
  answers?: Answer[];
  /** Answers taken back, offered again in order when their question comes up again unchanged. */
  redo?: Answer[];
  /** Bad answers in a row to the current question: help grows more concrete with each. */
  misses?: number;
}

/** One answer as the machine received it, with the step it answered. */
export interface Answer {
  s: string;
  v: string;
  f?: Record<string, string>;
}

/** Everything the assistant keeps about one conversation. */
export interface ConversationRecord {
  v: 1;
  rootVersion: number;
  root: unknown;
  rootSeq: number;
  run?: RunRecord;
  locale?: string;
  /** Runs set aside to start another procedure, the latest first. */
  parked?: RunRecord[];
  /** Procedures offered for an ambiguous sentence, and that sentence (its values prefill the pick). */
  offered?: string[];
  pending?: string;
}

export type TurnInput =
  | { kind: 'message'; text: string }
  | { kind: 'submit'; run: string; seq: number; value?: string; fields?: Record<string, string> }
  | { kind: 'joined' };

export interface TurnWho {
  channelUserId: string;
  locale?: string;
  /** The user's IANA time zone, when the channel gives it (Teams does). */
  timeZone?: string;
}

export interface TurnResult {
  record: ConversationRecord;
  replies: Reply[];
  /** The question a card submit answered, with the answer: channels that can edit cards show it. */
  answered?: { prompt: ShownPrompt; answer: Msg };
  /** Messages to send later, on the assistant's own initiative. */
  followUps?: { afterMs: number; msg: Msg }[];
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
    const t = new Turn(this, saved, await this.resolveUser(who), who.locale, who.timeZone);
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

  now(): Date {
    return this.deps.clock.now();
  }

  /** The Partner Center port: a first message's customers, offers and orders are looked up in it. */
  get pc(): ProcedureDeps['pc'] {
    return this.deps.pc;
  }

  private async resolveUser(who: TurnWho): Promise<PartnerUser | undefined> {
    const known = await this.deps.pc.directory.userByChannelId(who.channelUserId);
    if (known) return known;
    return this.options.defaultUserId ? this.deps.pc.directory.user(this.options.defaultUserId) : undefined;
  }
}

/** At most this many answers are kept for "back"; a longer run can only go back within them. */
const MAX_ANSWERS = 40;
/** At most this many runs wait parked: the record of a conversation stays small. */
const MAX_PARKED = 2;
/** A sentence must name another procedure (or a question) at least this clearly to set the current question aside. */
const SWITCH_CONFIDENCE = 0.7;
const MIN_SWITCH_WORDS = 3;

type Live = { rec: RunRecord; actor: AnyActorRef; def: ProcedureDefinition };

class Turn {
  private readonly replies: Reply[] = [];
  private readonly followUps: NonNullable<TurnResult['followUps']> = [];
  private readonly record: ConversationRecord;
  private root!: AnyActorRef;
  private run?: Live;
  private showMenu = false;
  private answered?: TurnResult['answered'];
  /** Set while answers are replayed: their messages were already shown once. */
  private quiet = false;
  /** A sentence that may start another procedure or answer the current question. */
  private switchOffer?: { def: ProcedureDefinition; text: string };
  /** "menu" typed: the menu itself, even when a parked run could be resumed. */
  private menuAsked = false;

  constructor(
    private readonly engine: ConversationEngine,
    saved: ConversationRecord | undefined,
    private readonly user: PartnerUser | undefined,
    private readonly whoLocale?: string,
    private readonly whoTimeZone?: string,
  ) {
    this.record = saved ? { ...saved } : { v: 1, rootVersion: ROOT_VERSION, root: undefined, rootSeq: 0 };
  }

  private get lang() {
    return langOf(this.record.locale ?? this.whoLocale);
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
    // A choice offered by the question wins over a command word ("back" may be an answer).
    const command = this.run && state === 'running' && this.choiceFor(text) !== undefined ? undefined : parseCommand(text);
    if (state === 'confirmingDrop') {
      const yes = parseYesNo(text) ?? (command === 'cancel' ? true : undefined);
      if (yes === undefined) this.say(msg('root.dropConfirm.required'));
      else this.answerDrop(yes);
      return;
    }
    if (this.run && this.record.offered?.[0] === SWITCH && this.record.pending !== undefined) {
      const target = this.engine.procedure(this.record.offered[1] ?? '')?.def;
      const pending = this.record.pending;
      this.record.offered = undefined;
      this.record.pending = undefined;
      const start = parseYesNo(text) ?? (text === '1' ? true : text === '2' ? false : undefined);
      if (await this.answerSwitch(start, target, pending)) return;
    }
    const language = parseLanguage(text);
    // "French" alone answers a question that offers French; "speak French" always switches.
    if (language && !(isBareLanguage(text) && this.choiceFor(text) !== undefined)) {
      this.record.locale = language;
      this.say(msg('common.languageSet'));
      return;
    }
    if (command) return this.onCommand(command);
    if (this.run) {
      if (await this.switchTo(text)) return;
      return this.answer(this.mapChoice(text));
    }
    if (this.record.parked?.length && this.record.offered?.[0] === RESUME) {
      const yes = parseYesNo(text) ?? (text === '1' ? true : text === '2' ? false : undefined);
      if (yes !== undefined) return this.answerResume(yes);
    }
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
    } else if (this.run && this.switchOffer) {
      this.record.offered = [SWITCH, this.switchOffer.def.id];
      this.record.pending = this.switchOffer.text;
      this.prompt(ROOT_RUN, ++this.record.rootSeq, {
        title: msg('conversation.switch.title', { procedure: this.switchOffer.def.title, current: this.run.def.title }),
        lines: [msg('conversation.switch.line', { text: this.switchOffer.text })],
        choices: [
          { value: SWITCH, label: msg('conversation.switch.start', { procedure: this.switchOffer.def.title }) },
          { value: SWITCH_NO, label: msg('conversation.switch.answer') },
        ],
      });
    } else if (this.run) {
      const p = this.run.def.prompt(this.run.actor.getSnapshot());
      if (p) {
        const step = this.run.def.stepKey(this.run.actor.getSnapshot());
        if (step !== this.run.rec.step) this.run.rec = { ...this.run.rec, step, seq: this.run.rec.seq + 1 };
        this.prompt(this.run.rec.id, this.run.rec.seq, p);
      }
    } else if (this.showMenu && this.record.parked?.length && !this.menuAsked) {
      this.prompt(ROOT_RUN, ++this.record.rootSeq, this.resumePrompt(this.record.parked[0]));
    } else if (this.showMenu && this.record.offered?.length && this.record.pending !== undefined) {
      this.prompt(ROOT_RUN, ++this.record.rootSeq, this.choosePrompt(this.record.offered));
    } else if (this.showMenu) {
      this.record.offered = undefined;
      this.record.pending = undefined;
      this.prompt(ROOT_RUN, ++this.record.rootSeq, this.menuPrompt());
    }
    if (this.run && !this.switchOffer) {
      this.record.offered = undefined;
      this.record.pending = undefined;
    }
    this.record.root = this.root.getPersistedSnapshot();
    this.record.rootVersion = ROOT_VERSION;
    this.record.run = this.run ? { ...this.run.rec, snapshot: this.run.actor.getPersistedSnapshot() } : undefined;
    if (this.record.parked && this.record.parked.length === 0) delete this.record.parked;
    if (!this.record.offered) delete this.record.offered;
    if (this.record.pending === undefined) delete this.record.pending;
    this.root.stop();
    this.run?.actor.stop();
    return { record: this.record, replies: this.replies, answered: this.answered, followUps: this.followUps };
  }

  // --- input handling -------------------------------------------------------

  private async onSubmit(input: Extract<TurnInput, { kind: 'submit' }>): Promise<void> {
    const state = this.rootState();
    if (input.run === ROOT_RUN) {
      if (input.seq !== this.record.rootSeq) return this.stale();
      if (state === 'running' && this.run && this.record.offered?.[0] === SWITCH && this.record.pending !== undefined) {
        const target = this.engine.procedure(this.record.offered[1] ?? '')?.def;
        const pending = this.record.pending;
        this.record.offered = undefined;
        this.record.pending = undefined;
        if (await this.answerSwitch(input.value === SWITCH ? true : input.value === SWITCH_NO ? false : undefined, target, pending)) return;
        return this.stale();
      }
      if (state === 'confirmingDrop') return this.answerDrop(input.value === 'yes');
      if (state === 'menu' && input.value === RESUME) return this.answerResume(true);
      if (state === 'menu' && input.value === RESUME_NO) return this.answerResume(false);
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

  private stepOf(run: Live): string {
    return run.def.stepKey(run.actor.getSnapshot());
  }

  private async onCommand(command: NonNullable<ReturnType<typeof parseCommand>>): Promise<void> {
    const run = this.run;
    switch (command) {
      case 'help':
        if (run) {
          this.say(msg(`${this.stepOf(run)}.help`, undefined, 'common.help.step'));
          this.say(msg('conversation.help.commands'));
        } else {
          this.say(msg('common.help.menu'));
          this.showMenu = true;
        }
        return;
      case 'why':
        if (run) this.say(msg(`${this.stepOf(run)}.why`, undefined, 'common.why.none'));
        else this.say(msg('common.why.none'));
        return;
      case 'status':
        if (run) this.say(msg('common.status.running', { procedure: run.def.title, step: msg(`${this.stepOf(run)}.name`, undefined, 'common.status.step') }));
        else {
          this.say(msg('common.status.idle'));
          this.showMenu = true;
        }
        if (this.record.parked?.length) this.say(msg('conversation.status.parked', { procedure: this.titleOf(this.record.parked[0]) }));
        return;
      case 'back':
        return this.back();
      case 'cancel':
        if (run) this.root.send({ type: 'ASK_DROP' });
        else {
          this.say(msg('common.nothingToCancel'));
          this.showMenu = true;
        }
        return;
      case 'menu':
        if (run) this.root.send({ type: 'ASK_DROP' });
        else {
          this.showMenu = true;
          this.menuAsked = true;
        }
        return;
    }
  }

  private answerDrop(drop: boolean): void {
    this.root.send({ type: 'DROP_ANSWER', drop });
  }

  /** The value of the current question's choice that this text names (its number, value or label). */
  private choiceFor(text: string): string | undefined {
    const p = this.run?.def.prompt(this.run.actor.getSnapshot());
    const choices = p?.choices ?? [];
    const t = text.trim().toLowerCase();
    const hit = choices.find((c) => c.value.toLowerCase() === t || (c.label.key === 'common.raw' && String(c.label.params?.text ?? '').toLowerCase() === t));
    return hit?.value;
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
    const before = this.stepOf(run);
    const context = JSON.stringify(run.actor.getSnapshot().context);
    await this.send(run, { s: before, v: value, ...(fields ? { f: fields } : {}) });
    const snap = run.actor.getSnapshot();
    const stuck = snap.status === 'active' && this.stepOf(run) === before && JSON.stringify(snap.context) === context;
    if (stuck) {
      // An answer that changed nothing is not worth replaying, nor a "back" press of its own.
      if (run.rec.answers?.length) run.rec = { ...run.rec, answers: run.rec.answers.slice(0, -1) };
      run.rec = { ...run.rec, misses: (run.rec.misses ?? 0) + 1 };
      this.escalate(run);
    } else {
      run.rec = { ...run.rec, misses: undefined };
      if (this.stepOf(run) !== before) await this.replayKept(run);
    }
    await this.finishIfDone();
  }

  /** Sends one answer and remembers it for "back". */
  private async send(run: Live, a: Answer): Promise<void> {
    run.actor.send({ type: 'ANSWER', value: a.v, fields: a.f });
    await this.settle(run.actor);
    const answers = run.rec.answers;
    if (answers && answers.length < MAX_ANSWERS) {
      run.rec = { ...run.rec, answers: [...answers, { s: a.s, v: a.v.slice(0, 500), ...(a.f ? { f: clip(a.f) } : {}) }] };
    } else if (answers) {
      // Too long to replay safely within the record's size: "back" is no longer offered for this run.
      run.rec = { ...run.rec, answers: undefined };
    }
  }

  /** Second bad answer: the step's example; from the third on: the choices as a numbered list. */
  private escalate(run: Live): void {
    const misses = run.rec.misses ?? 0;
    if (misses < 2) return;
    const step = this.stepOf(run);
    const choices = run.def.prompt(run.actor.getSnapshot())?.choices ?? [];
    if (misses >= 3 && choices.length > 0) {
      this.say(msg('conversation.escalate.list'));
      choices.forEach((c, i) => this.say(msg('conversation.escalate.item', { n: i + 1, label: c.label })));
      return;
    }
    this.say(msg('conversation.escalate.example', { help: msg(`${step}.help`, undefined, 'common.help.step') }));
  }

  /**
   * After a changed answer, the answers taken back are given again while their question comes
   * up again and they still fit (a choice still offered). Confirmations are always asked anew.
   */
  private async replayKept(run: Live): Promise<void> {
    while (run.rec.redo?.length && run.actor.getSnapshot().status === 'active') {
      const step = this.stepOf(run);
      const redo = run.rec.redo;
      const at = redo.findIndex((a) => a.s === step);
      if (at < 0) return;
      const a = redo[at];
      const choices = run.def.prompt(run.actor.getSnapshot())?.choices;
      const choice = choices?.find((c) => c.value === a.v);
      if ((choices?.length && !choice) || choice?.style) {
        run.rec = { ...run.rec, redo: redo.slice(at + 1) };
        return;
      }
      run.rec = { ...run.rec, redo: redo.slice(at + 1) };
      const context = JSON.stringify(run.actor.getSnapshot().context);
      await this.send(run, a);
      if (this.stepOf(run) === step && JSON.stringify(run.actor.getSnapshot().context) === context) {
        if (run.rec.answers?.length) run.rec = { ...run.rec, answers: run.rec.answers.slice(0, -1) };
        return;
      }
      this.say(msg('conversation.back.kept', { step: msg(`${step}.name`, undefined, 'common.status.step'), answer: a.v.slice(0, 80) }));
    }
  }

  /** Takes the last answer back: the run is rebuilt from its start with the earlier answers. */
  private async back(): Promise<void> {
    const run = this.run;
    if (!run) {
      this.say(msg('conversation.back.none'));
      this.showMenu = true;
      return;
    }
    const answers = run.rec.answers;
    if (!answers) {
      this.say(msg('conversation.back.tooFar'));
      return;
    }
    if (answers.length === 0 && this.user && run.rec.prefill && Object.keys(run.rec.prefill).length > 0) {
      // The only earlier answers are the values of the first sentence: start over without them.
      const actor = await this.replay(run.def, { ...run.rec, prefill: undefined }, [], this.user.id);
      run.actor.stop();
      const step = run.def.stepKey(actor.getSnapshot());
      this.run = { def: run.def, actor, rec: { ...run.rec, prefill: undefined, seq: run.rec.seq + 1, step, redo: undefined, misses: undefined } };
      this.say(msg('conversation.back.sentence'));
      return;
    }
    if (answers.length === 0 || !this.user) {
      this.say(msg('conversation.back.first'));
      return;
    }
    const keep = answers.slice(0, -1);
    const last = answers[answers.length - 1];
    const actor = await this.replay(run.def, run.rec, keep, this.user.id);
    run.actor.stop();
    const step = run.def.stepKey(actor.getSnapshot());
    this.run = {
      def: run.def,
      actor,
      rec: { ...run.rec, seq: run.rec.seq + 1, step, answers: keep, redo: [last, ...(run.rec.redo ?? [])].slice(0, MAX_ANSWERS), misses: undefined },
    };
    this.say(msg('conversation.back.done', { step: msg(`${step}.name`, undefined, 'common.status.step') }));
  }

  /** A run rebuilt from its start: the same input, then the given answers, without repeating what was said. */
  private async replay(def: ProcedureDefinition, rec: RunRecord, answers: Answer[], userId: string): Promise<AnyActorRef> {
    const machine = this.engine.procedure(def.id)!.machine;
    const actor = createActor(machine, { input: { runId: rec.id, userId, prefill: rec.prefill ?? {} } });
    this.listen(actor);
    this.quiet = true;
    try {
      actor.start();
      await this.settle(actor);
      for (const a of answers) {
        actor.send({ type: 'ANSWER', value: a.v, fields: a.f });
        await this.settle(actor);
      }
    } finally {
      this.quiet = false;
    }
    return actor;
  }

  /** A sentence that clearly names another procedure sets the current run aside and starts that one. */
  private async switchTo(text: string): Promise<boolean> {
    const run = this.run!;
    // Short answers ("free trial", "Contoso") are answers to the question, even when they name a procedure.
    const p = run.def.prompt(run.actor.getSnapshot());
    if (this.choiceFor(text) !== undefined || isChoiceLabel(p, text) || text.trim().split(/\s+/).length < MIN_SWITCH_WORDS) return false;
    const u = await understand(text, await this.understandContext(text));
    const freeText = !!(p?.input || p?.fields?.length || !p?.choices?.length);
    if (u.kind === 'question' && u.evidence > 0 && u.score >= SWITCH_CONFIDENCE && (!freeText || /\?\s*$/.test(text))) {
      // "What is Azure Hybrid Benefit?" at any step: answered, and the step's question comes again.
      for (const m of await replyTo(u, text, this.answerContext())) this.say(m);
      return true;
    }
    // Only words that tell a procedure set the current question aside: not "the blue one", nor words every procedure uses.
    if (u.kind !== 'procedure' || u.evidence === 0 || u.def.id === run.def.id || u.score < SWITCH_CONFIDENCE || !this.allowed().includes(u.def)) return false;
    if (freeText) {
      // A question that takes free text may have just been answered with this sentence: ask which it is.
      this.switchOffer = { def: u.def, text: text.slice(0, 300) };
      return true;
    }
    await this.park(u.def, text);
    return true;
  }

  /** Sets the current run aside and starts another procedure with the sentence's values. */
  private async park(def: ProcedureDefinition, text: string): Promise<void> {
    const run = this.run!;
    // A parked run keeps its answers rather than its snapshot when it can: the record stays small.
    const parked = { ...run.rec, snapshot: run.rec.answers ? undefined : run.actor.getPersistedSnapshot(), redo: undefined, misses: undefined };
    const all = [parked, ...(this.record.parked ?? [])];
    for (const dropped of all.slice(MAX_PARKED)) this.say(msg('conversation.parked.dropped', { procedure: this.titleOf(dropped) }));
    this.record.parked = all.slice(0, MAX_PARKED);
    run.actor.stop();
    this.run = undefined;
    this.root.send({ type: 'FINISHED' });
    this.say(msg('conversation.parked', { procedure: run.def.title }));
    await this.start(def, await this.valuesOf(def, text));
  }

  /** The values a first sentence gives a procedure, looked up in Partner Center. */
  private valuesOf(def: ProcedureDefinition, text: string): Promise<Record<string, string>> {
    return valuesFor(def, text, this.lang, this.engine.now(), this.engine.pc);
  }

  private async understandContext(text: string) {
    const user = this.user;
    return {
      procedures: this.engine.list(),
      allowed: (p: ProcedureDefinition) => !user || checkRoles(user.roles, p.permission).allowed,
      lang: this.lang,
      known: await knownNames(this.engine.pc, text),
    };
  }

  private answerContext() {
    return { pc: this.engine.pc, now: this.engine.now(), lang: this.lang };
  }

  /** The answer to "start that procedure, or was it your answer?". */
  private async answerSwitch(start: boolean | undefined, target: ProcedureDefinition | undefined, text: string): Promise<boolean> {
    if (start === true && target) {
      await this.park(target, text);
      return true;
    }
    if (start === false) {
      await this.answer(text);
      return true;
    }
    return false;
  }

  private async answerResume(yes: boolean): Promise<void> {
    const [top, ...rest] = this.record.parked ?? [];
    this.record.offered = undefined;
    if (!top) {
      this.showMenu = true;
      return;
    }
    this.record.parked = rest;
    if (!yes) {
      this.say(msg('conversation.resume.dropped', { procedure: this.titleOf(top) }));
      this.showMenu = true;
      return;
    }
    const found = this.engine.procedure(top.procedure);
    const fits = found && found.def.version === top.version;
    let actor: AnyActorRef | undefined;
    if (fits && top.snapshot === undefined && top.answers && this.user) {
      actor = await this.replay(found.def, top, top.answers, this.user.id);
      // Partner Center may have changed meanwhile: a replay that no longer reaches the same step is not trusted.
      if (actor.getSnapshot().status !== 'active' || found.def.stepKey(actor.getSnapshot()) !== top.step) {
        actor.stop();
        actor = undefined;
      }
    } else if (fits) {
      actor = this.tryCreate(found.machine, top.snapshot);
      if (actor) {
        this.listen(actor);
        actor.start();
      }
    }
    if (!found || !actor) {
      this.say(msg('common.snapshotMismatch'));
      this.showMenu = true;
      return;
    }
    this.run = { def: found.def, actor, rec: { ...top, seq: top.seq + 1 } };
    this.root.send({ type: 'STARTED', procedure: found.def.id });
    this.say(msg('conversation.resumed', { procedure: found.def.title }));
    await this.settle(actor);
    await this.finishIfDone();
  }

  private titleOf(rec: RunRecord): Msg {
    return this.engine.procedure(rec.procedure)?.def.title ?? msg('common.raw', { text: rec.procedure });
  }

  private async route(text: string): Promise<void> {
    const t = text.trim().toLowerCase();
    const procedures = this.engine.list();
    const offered = this.record.offered?.[0] === RESUME ? undefined : this.record.offered;
    const shown = offered?.length && this.record.pending !== undefined ? offered : this.menuList().map((p) => p.id);
    const byNumber = /^\d{1,2}$/.test(t) ? shown[Number(t) - 1] : undefined;
    const exact = procedures.find((p) => p.id === (byNumber ?? t));
    const pending = this.record.pending;
    this.record.offered = undefined;
    this.record.pending = undefined;
    if (exact) {
      const fromSentence = pending !== undefined && offered?.includes(exact.id);
      return this.start(exact, fromSentence ? await this.valuesOf(exact, pending) : {});
    }
    const u = await understand(text, await this.understandContext(text));
    if (u.kind === 'procedure') return this.start(u.def, await this.valuesOf(u.def, text));
    if (u.kind === 'choose') {
      this.record.offered = u.defs.map((d) => d.id);
      this.record.pending = text.slice(0, 300);
      this.showMenu = true;
      return;
    }
    // Small talk and questions get their answer and the menu; only a sentence placed nowhere gets "did not understand".
    if (u.kind === 'none') this.root.send({ type: 'UNKNOWN', text });
    for (const m of await replyTo(u, text, this.answerContext())) this.say(m);
    this.showMenu = true;
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
    if (def.usesTimeZone && this.whoTimeZone && !prefill.timeZone) prefill = { ...prefill, timeZone: this.whoTimeZone };
    const id = randomUUID();
    const machine = this.engine.procedure(def.id)!.machine;
    const actor = createActor(machine, { input: { runId: id, userId: this.user.id, prefill } });
    this.listen(actor);
    actor.start();
    this.run = { def, actor, rec: { id, procedure: def.id, version: def.version, seq: 0, step: '', snapshot: undefined, answers: [], ...(Object.keys(prefill).length ? { prefill } : {}) } };
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
    actor.on('say', (e: { msg: Msg }) => {
      if (!this.quiet) this.replies.push({ kind: 'say', msg: e.msg });
    });
    actor.on('followUp', (e: FollowUpEvent) => {
      if (!this.quiet) this.followUps.push({ afterMs: Math.max(0, e.afterMs), msg: e.msg });
    });
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

  /** The procedures this user's roles allow, grouped by area (all of them when the user is unknown). */
  private allowed(): readonly ProcedureDefinition[] {
    const all = this.engine.list();
    const user = this.user;
    return user ? all.filter((p) => checkRoles(user.roles, p.permission).allowed) : all;
  }

  private menuList(): ProcedureDefinition[] {
    const list = [...this.allowed()];
    return GROUPS.flatMap((g) => list.filter((p) => groupOf(p) === g));
  }

  private menuPrompt(): Prompt {
    const list = this.menuList();
    const lines: Msg[] = [msg('root.menu.line')];
    let from = 1;
    for (const g of GROUPS) {
      const n = list.filter((p) => groupOf(p) === g).length;
      if (n > 0) lines.push(msg('conversation.menu.group', { group: msg(`conversation.group.${g}`), from, to: from + n - 1 }));
      from += n;
    }
    const hidden = this.engine.list().length - list.length;
    if (hidden > 0) lines.push(msg('conversation.menu.others', { count: hidden }));
    return {
      title: msg('root.menu.title', { name: this.user?.name ?? '' }),
      choices: list.map((p) => ({ value: p.id, label: p.title, detail: p.summary })),
      lines,
    };
  }

  private choosePrompt(ids: string[]): Prompt {
    const defs = ids.map((id) => this.engine.procedure(id)?.def).filter((d): d is ProcedureDefinition => !!d);
    return {
      title: msg('conversation.which.title'),
      lines: [msg('conversation.which.line')],
      choices: defs.map((p) => ({ value: p.id, label: p.title, detail: p.summary })),
    };
  }

  private resumePrompt(rec: RunRecord): Prompt {
    this.record.offered = [RESUME];
    return {
      title: msg('conversation.resume.title', { procedure: this.titleOf(rec), step: msg(`${rec.step}.name`, undefined, 'common.status.step') }),
      choices: [
        { value: RESUME, label: msg('conversation.resume.yes'), style: 'positive' },
        { value: RESUME_NO, label: msg('conversation.resume.no') },
      ],
    };
  }
}

const RESUME = 'resume';
const RESUME_NO = 'resume-no';
const SWITCH = 'switch';
const SWITCH_NO = 'switch-no';

/** Menu areas, in menu order. */
const GROUPS = ['software', 'subscriptions', 'isv'] as const;
type Group = (typeof GROUPS)[number];

function groupOf(p: ProcedureDefinition): Group {
  if (p.permission === 'isv-licensing') return 'isv';
  if (p.permission === 'subscriptions' || p.permission === 'azure-management') return 'subscriptions';
  return 'software';
}

function clip(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).slice(0, 12).map(([k, v]) => [k.slice(0, 40), String(v).slice(0, 300)]));
}
