import { randomUUID } from 'node:crypto';
import type { AnyActorRef, AnyStateMachine } from 'xstate';
import { t } from '../../cards/i18n';
import { msg, type Field, type Msg, type Prompt } from '../../cards/view';
import type { PartnerUser } from '../../domain/model';
import { checkRoles } from '../../domain/rules/roles';
import { choiceListMsg, choiceOf, expectsOf, langOf, matchChoice, readTyped, severalMsg, type Lang } from '../answers';
import { isBareLanguage, parseCommand, parseLanguage, type Command } from '../commands';
import type { CommittedEvent, FollowUpEvent, ProcedureDefinition, ProcedureDeps, RunOutput } from '../procedure';
import { ROOT_VERSION, rootMachine, type RootEmitted } from '../root-machine';
import { settle, tryCreate } from './actors';
import { DROP, dropPrompt, menuPrompt, RESUME, RESUME_NO, resumePrompt, SWITCH, SWITCH_NO, switchPrompt, whichPrompt } from './menu';
import { ROOT_RUN, upgradeRecord, type Answer, type ConversationRecord, type RunRecord, type TurnInput, type TurnResult } from './record';
import { firstMessage, routeFirstMessage, switchTarget } from './routing';

/** What a turn needs from the engine: the procedures, Partner Center for the audit, the clock. */
export interface EngineParts {
  procedure(id: string): { def: ProcedureDefinition; machine: AnyStateMachine } | undefined;
  list(): readonly ProcedureDefinition[];
  audit(entry: Parameters<ProcedureDeps['pc']['activity']['record']>[0]): Promise<unknown>;
  now(): Date;
}

/** At most this many answers are kept for "back"; a longer run can only go back within them. */
const MAX_ANSWERS = 40;
/** At most this many runs wait parked: the record of a conversation stays small. */
const MAX_PARKED = 2;

type Live = { rec: RunRecord; actor: AnyActorRef; def: ProcedureDefinition };

/**
 * One turn of one conversation: restores the root and the active run from the record, reads
 * the input against the question on screen, and collects the replies.
 *
 * Reading order for a typed text: a choice of the question on screen (by number, label,
 * ordinal, yes/no) is that answer; then the words that work everywhere (help, back, cancel...);
 * then a language switch; then the value the question expects (a number, a date...); only a
 * text that fits none of these may start another procedure.
 */
export class Turn {
  private readonly replies: TurnResult['replies'] = [];
  private readonly followUps: NonNullable<TurnResult['followUps']> = [];
  private readonly record: ConversationRecord;
  private root!: AnyActorRef;
  private run?: Live;
  /** What the root shows at the end of the turn when no run asks a question. */
  private show: 'nothing' | 'menu' | 'next' = 'nothing';
  private answered?: TurnResult['answered'];
  private chosenLocale?: string;
  /** Set while answers are replayed: their messages were already shown once. */
  private quiet = false;
  /** Changes Partner Center accepted during this turn's current answer. */
  private committed: Msg[] = [];
  /** "menu" typed: the menu itself, even when a parked run could be resumed. */
  private menuAsked = false;

  constructor(
    private readonly engine: EngineParts,
    saved: ConversationRecord | undefined,
    private readonly user: PartnerUser | undefined,
    private readonly whoLocale?: string,
    private readonly whoTimeZone?: string,
  ) {
    this.record = saved ? upgradeRecord({ ...saved }) : { v: 1, rootVersion: ROOT_VERSION, root: undefined, rootSeq: 0 };
  }

  /** The language of this turn (the user's choice or the activity's locale), or the one just chosen. */
  private get lang(): Lang {
    return langOf(this.chosenLocale ?? this.whoLocale);
  }

  async apply(input: TurnInput): Promise<void> {
    this.restoreRoot();
    await this.restoreRun();
    if (input.kind === 'joined') {
      this.root.send({ type: 'GREET' });
      if (!this.run) this.show = 'menu';
      return;
    }
    if (input.kind === 'submit') return this.onSubmit(input);
    const text = input.text.trim();
    if (!text) {
      this.say(msg('common.emptyMessage'));
      return;
    }
    return this.onText(text);
  }

  // --- reading a typed text -------------------------------------------------

  private async onText(text: string): Promise<void> {
    const state = this.rootState();
    const offer = this.record.offer;
    this.record.offer = undefined;

    // The root's own questions first: a stop to confirm, a switch to confirm.
    if (state === 'confirmingDrop') {
      const c = choiceOf(dropPrompt(msg('common.empty')), text, this.lang);
      const command = parseCommand(text);
      if (c.kind === 'one') return this.answerDrop(c.value === DROP);
      if (command === 'cancel') return this.answerDrop(true);
      this.say(msg('root.dropConfirm.required'));
      return;
    }
    if (this.run && offer?.kind === 'switch') {
      const target = this.engine.procedure(offer.procedure)?.def;
      const c = choiceOf(switchPrompt(msg('common.empty'), msg('common.empty'), ''), text, this.lang);
      if (c.kind === 'one' && c.value === SWITCH && target) return this.park(target, offer.text);
      if (c.kind === 'one' && c.value === SWITCH_NO) return this.answer(offer.text);
    }

    // A choice of the question on screen wins over every other reading ("back" may be an answer).
    const shown = this.run && state === 'running' ? this.run.def.prompt(this.run.actor.getSnapshot()) : undefined;
    if (shown) {
      const c = choiceOf(shown, text, this.lang);
      // A word that works everywhere ("why", "help") beats a choice it only partly names.
      const command = c.kind !== 'none' && c.partial ? parseCommand(text) : undefined;
      if (command) return this.onCommand(command);
      if (c.kind === 'one') return this.answer(c.value);
      if (c.kind === 'several' && !c.partial) return this.refuse(severalMsg(text, shown.choices ?? [], c.values, this.lang));
      // A part of several labels: the procedure may know which is meant ("exchange online" is
      // the product, not its trial); when it does not, the user is told which choices fit.
      if (c.kind === 'several') return this.answer(text, undefined, severalMsg(text, shown.choices ?? [], c.values, this.lang));
    }
    if (!this.run && offer?.kind === 'resume' && this.record.parked?.length) {
      const c = choiceOf(resumePrompt(msg('common.empty'), ''), text, this.lang);
      if (c.kind === 'one') return this.answerResume(c.value === RESUME);
    }
    if (!this.run && offer?.kind === 'which') {
      const defs = offer.procedures.map((id) => this.engine.procedure(id)?.def).filter((d): d is ProcedureDefinition => !!d);
      const c = choiceOf(whichPrompt(defs), text, this.lang);
      if (c.kind === 'one') return this.startNamed(c.value, offer.text);
    }
    // A procedure's id names it, whether or not the menu shows it (its roles are then explained).
    const named = !this.run ? this.engine.procedure(text.trim().toLowerCase()) : undefined;
    if (named) return this.startNamed(named.def.id);
    if (!this.run && (!offer || offer.kind === 'menu')) {
      // A procedure's whole title (in the conversation's language or English) or id; its number
      // while the menu is on screen. A part of a title is routed like any sentence.
      const menu = menuPrompt(this.engine.list(), this.user);
      const c = matchChoice(text, menu.choices ?? [], this.lang, { numbers: offer?.kind === 'menu', partial: false });
      if (c.kind === 'one') return this.startNamed(c.value);
    }

    const command = parseCommand(text);
    if (command) return this.onCommand(command);
    const language = parseLanguage(text);
    // "French" alone may answer a question that offers French (handled above as a choice); "speak French" switches.
    if (language && !(isBareLanguage(text) && this.run && shown?.choices?.length)) {
      this.chosenLocale = language;
      this.say(msg('common.languageSet'));
      if (!this.run) this.show = 'menu';
      return;
    }
    if (this.run && shown) {
      const reading = await readTyped(expectsOf(shown), text, this.lang, this.engine.now());
      if (reading?.ok) return this.answer(reading.value);
      // A sentence that clearly names another procedure sets this one aside (or asks which it is).
      const target = switchTarget(this.allowed(), this.run.def, shown, text);
      if (target?.ask) {
        this.record.offer = { kind: 'switch', procedure: target.def.id, text: text.slice(0, 300) };
        return;
      }
      if (target) return this.park(target.def, text);
      if (reading && !reading.ok) return this.refuse(reading.refusal);
      return this.answer(text);
    }
    if (this.run) return this.answer(text);
    return this.route(text);
  }

  private async onSubmit(input: Extract<TurnInput, { kind: 'submit' }>): Promise<void> {
    const state = this.rootState();
    if (input.run === ROOT_RUN) {
      if (input.seq !== this.record.rootSeq) return this.stale();
      const offer = this.record.offer;
      this.record.offer = undefined;
      if (state === 'confirmingDrop') return this.answerDrop(input.value === DROP);
      if (state === 'running' && this.run && offer?.kind === 'switch') {
        const target = this.engine.procedure(offer.procedure)?.def;
        if (input.value === SWITCH && target) return this.park(target, offer.text);
        if (input.value === SWITCH_NO) return this.answer(offer.text);
        return this.stale();
      }
      if (state === 'menu' && input.value === RESUME) return this.answerResume(true);
      if (state === 'menu' && input.value === RESUME_NO) return this.answerResume(false);
      if (state === 'menu' && input.value) return this.startNamed(input.value, offer?.kind === 'which' && offer.procedures.includes(input.value) ? offer.text : undefined);
      return this.stale();
    }
    if (!this.run || input.run !== this.run.rec.id || input.seq !== this.run.rec.seq || state !== 'running') return this.stale();
    const value = input.value ?? input.fields?.answer ?? '';
    const shown = this.run.def.prompt(this.run.actor.getSnapshot());
    if (shown) {
      const label = shown.choices?.find((c) => c.value === value)?.label;
      this.answered = { prompt: { ...shown, run: this.run.rec.id, seq: this.run.rec.seq }, answer: label ?? msg('common.raw', { text: value.slice(0, 200) }) };
    }
    const fields = input.fields && shown?.fields ? await this.readFields(shown.fields, input.fields) : input.fields;
    return this.answer(value, fields);
  }

  /**
   * The fields of a card form read like typed answers ("25 000,50" in a text box): canonical
   * values; a field that does not fit is said so and left out, the others go on.
   */
  private async readFields(declared: Field[], given: Record<string, string>): Promise<Record<string, string>> {
    const out = { ...given };
    for (const f of declared) {
      const raw = given[f.id];
      if (!f.expects || raw === undefined || raw.trim() === '') continue;
      const reading = await readTyped(f.expects, raw, this.lang, this.engine.now());
      if (reading?.ok) out[f.id] = reading.value;
      else if (reading) {
        this.say(reading.refusal);
        delete out[f.id];
      }
    }
    return out;
  }

  private stale(): void {
    this.say(msg('common.staleCard'));
    if (!this.run) this.show = 'menu';
  }

  /** A text that does not fit the question: nothing is handed to the procedure, earlier answers stay. */
  private refuse(m: Msg): void {
    const run = this.run;
    this.say(m);
    if (!run) return;
    run.rec = { ...run.rec, misses: (run.rec.misses ?? 0) + 1 };
    this.escalate(run);
  }

  // --- interruptions: help, why, status, back, cancel, menu ---------------------

  private stepOf(run: Live): string {
    return run.def.stepKey(run.actor.getSnapshot());
  }

  private async onCommand(command: Command): Promise<void> {
    const run = this.run;
    switch (command) {
      case 'help':
        if (run) {
          this.say(msg(`${this.stepOf(run)}.help`, undefined, 'common.help.step'));
          this.say(msg('conversation.help.commands'));
        } else {
          this.say(msg('common.help.menu'));
          this.show = 'menu';
        }
        return;
      case 'why':
        this.say(run ? msg(`${this.stepOf(run)}.why`, undefined, 'common.why.none') : msg('common.why.none'));
        return;
      case 'status':
        if (run) this.say(msg('common.status.running', { procedure: run.def.title, step: msg(`${this.stepOf(run)}.name`, undefined, 'common.status.step') }));
        else {
          this.say(msg('common.status.idle'));
          this.show = 'menu';
        }
        if (this.record.parked?.length) this.say(msg('conversation.status.parked', { procedure: this.titleOf(this.record.parked[0]) }));
        return;
      case 'back':
        return this.back();
      case 'cancel':
      case 'menu':
        if (run) this.root.send({ type: 'ASK_DROP' });
        else if (command === 'cancel') {
          this.say(msg('common.nothingToCancel'));
          this.show = 'menu';
        } else {
          this.show = 'menu';
          this.menuAsked = true;
        }
        return;
    }
  }

  private answerDrop(drop: boolean): void {
    const done = this.run?.rec.wall ? this.doneText(this.run.rec.wall.done) : undefined;
    this.root.send({ type: 'DROP_ANSWER', drop, ...(done ? { done } : {}) });
  }

  /** What a run changed in Partner Center, as one message in the conversation's language. */
  private doneText(done: Msg[]): Msg {
    return msg('common.raw', { text: done.map((m) => t(m, this.lang).replace(/[.\s]+$/, '')).join('; ') });
  }

  // --- answers ----------------------------------------------------------------

  private async answer(value: string, fields?: Record<string, string>, ifStuck?: Msg): Promise<void> {
    const run = this.run!;
    const before = this.stepOf(run);
    const context = JSON.stringify(run.actor.getSnapshot().context);
    this.committed = [];
    await this.send(run, { s: before, v: value, ...(fields ? { f: fields } : {}) });
    const snap = run.actor.getSnapshot();
    if (this.committed.length) this.raiseWall(run);
    const stuck = !this.committed.length && snap.status === 'active' && this.stepOf(run) === before && JSON.stringify(snap.context) === context;
    if (stuck) {
      // An answer that changed nothing is not worth replaying, nor a "back" press of its own.
      if (run.rec.answers?.length) run.rec = { ...run.rec, answers: run.rec.answers.slice(0, -1) };
      run.rec = { ...run.rec, misses: (run.rec.misses ?? 0) + 1 };
      if (ifStuck) this.say(ifStuck);
      this.escalate(run);
    } else {
      run.rec = { ...run.rec, misses: undefined };
      if (this.stepOf(run) !== before && !this.committed.length) await this.replayKept(run);
    }
    await this.finishIfDone();
  }

  /** A change was made: the run is kept as it stands now, and "back" stops here. */
  private raiseWall(run: Live): void {
    const done = [...(run.rec.wall?.done ?? []), ...this.committed].slice(-10);
    run.rec = {
      ...run.rec,
      redo: undefined,
      wall: { at: run.rec.answers?.length ?? 0, snapshot: run.actor.getPersistedSnapshot(), step: this.stepOf(run), done },
    };
  }

  /** Sends one answer and remembers it for "back". */
  private async send(run: Live, a: Answer): Promise<void> {
    run.actor.send({ type: 'ANSWER', value: a.v, fields: a.f });
    await settle(run.actor);
    const answers = run.rec.answers;
    if (answers && answers.length < MAX_ANSWERS) {
      run.rec = { ...run.rec, answers: [...answers, { s: a.s, v: a.v.slice(0, 500), ...(a.f ? { f: clip(a.f) } : {}) }] };
    } else if (answers) {
      // Too long to replay safely within the record's size: "back" is no longer offered for this run.
      run.rec = { ...run.rec, answers: undefined };
    }
  }

  /** Second bad answer: the step's example; from the third on: the choices again, in one message. */
  private escalate(run: Live): void {
    const misses = run.rec.misses ?? 0;
    if (misses < 2) return;
    const choices = run.def.prompt(run.actor.getSnapshot())?.choices ?? [];
    if (misses >= 3 && choices.length > 0) {
      this.say(choiceListMsg(choices, this.lang));
      return;
    }
    this.say(msg('conversation.escalate.example', { help: msg(`${this.stepOf(run)}.help`, undefined, 'common.help.step') }));
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
      run.rec = { ...run.rec, redo: redo.slice(at + 1) };
      if ((choices?.length && !choice) || choice?.style) return;
      const context = JSON.stringify(run.actor.getSnapshot().context);
      this.committed = [];
      await this.send(run, a);
      if (this.committed.length) {
        this.raiseWall(run);
        return;
      }
      if (this.stepOf(run) === step && JSON.stringify(run.actor.getSnapshot().context) === context) {
        if (run.rec.answers?.length) run.rec = { ...run.rec, answers: run.rec.answers.slice(0, -1) };
        return;
      }
      this.say(msg('conversation.back.kept', { step: msg(`${step}.name`, undefined, 'common.status.step'), answer: a.v.slice(0, 80) }));
    }
  }

  /**
   * Takes the last answer back. The run is rebuilt from the last change Partner Center accepted
   * (or from its start) with the answers given since; nothing before that change is replayed.
   */
  private async back(): Promise<void> {
    const run = this.run;
    if (!run) {
      this.say(msg('conversation.back.none'));
      this.show = 'menu';
      return;
    }
    const answers = run.rec.answers;
    if (!answers) {
      this.say(msg('conversation.back.tooFar'));
      return;
    }
    const wall = run.rec.wall;
    if (wall && answers.length <= wall.at) {
      this.say(msg('answers.back.wall', { done: this.doneText(wall.done), step: msg(`${this.stepOf(run)}.name`, undefined, 'common.status.step') }));
      return;
    }
    if (answers.length === 0 || !this.user) {
      // The first question: the values of the first sentence stay as they are.
      this.say(msg('conversation.back.first'));
      return;
    }
    const keep = answers.slice(0, -1);
    const last = answers[answers.length - 1];
    const actor = await this.rebuild(run.def, run.rec, keep, this.user.id);
    if (!actor) {
      this.say(msg('conversation.back.tooFar'));
      return;
    }
    run.actor.stop();
    const step = run.def.stepKey(actor.getSnapshot());
    this.run = {
      def: run.def,
      actor,
      rec: { ...run.rec, seq: run.rec.seq + 1, step, answers: keep, redo: [last, ...(run.rec.redo ?? [])].slice(0, MAX_ANSWERS), misses: undefined },
    };
    this.say(msg('conversation.back.done', { step: msg(`${step}.name`, undefined, 'common.status.step') }));
  }

  /**
   * A run rebuilt with the given answers, without repeating what was said: from the snapshot
   * taken after its last change when it made one, else from its start. Answers before the
   * change are never sent again.
   */
  private async rebuild(def: ProcedureDefinition, rec: RunRecord, answers: Answer[], userId: string): Promise<AnyActorRef | undefined> {
    const machine = this.engine.procedure(def.id)!.machine;
    const from = rec.wall ? rec.wall.at : 0;
    const actor = rec.wall ? tryCreate(machine, rec.wall.snapshot) : tryCreate(machine, undefined, { runId: rec.id, userId, prefill: rec.prefill ?? {} });
    if (!actor) return undefined;
    this.listen(actor);
    this.quiet = true;
    try {
      actor.start();
      await settle(actor);
      for (const a of answers.slice(from)) {
        actor.send({ type: 'ANSWER', value: a.v, fields: a.f });
        await settle(actor);
      }
    } finally {
      this.quiet = false;
    }
    return actor;
  }

  // --- parking and resuming ---------------------------------------------------------

  /** Sets the current run aside and starts another procedure with the sentence's values. */
  private async park(def: ProcedureDefinition, text: string): Promise<void> {
    const run = this.run!;
    // A parked run keeps its answers rather than its snapshot when it can (the record stays
    // small); one that changed Partner Center keeps its snapshot: its answers are never replayed.
    const keepSnapshot = !run.rec.answers || !!run.rec.wall;
    const parked = { ...run.rec, snapshot: keepSnapshot ? run.actor.getPersistedSnapshot() : undefined, redo: undefined, misses: undefined };
    const all = [parked, ...(this.record.parked ?? [])];
    for (const dropped of all.slice(MAX_PARKED)) this.say(this.droppedMsg(dropped, 'conversation.parked.dropped'));
    this.record.parked = all.slice(0, MAX_PARKED);
    run.actor.stop();
    this.run = undefined;
    this.root.send({ type: 'FINISHED' });
    this.say(msg('conversation.parked', { procedure: run.def.title }));
    await this.start(def, await firstMessage(def, text, this.lang, this.engine.now()));
  }

  private droppedMsg(rec: RunRecord, key: string): Msg {
    return rec.wall ? msg('answers.resume.dropped.changed', { procedure: this.titleOf(rec), done: this.doneText(rec.wall.done) }) : msg(key, { procedure: this.titleOf(rec) });
  }

  private async answerResume(yes: boolean): Promise<void> {
    const [top, ...rest] = this.record.parked ?? [];
    if (!top) {
      this.show = 'menu';
      return;
    }
    this.record.parked = rest;
    if (!yes) {
      this.say(this.droppedMsg(top, 'conversation.resume.dropped'));
      this.show = 'menu';
      return;
    }
    const found = this.engine.procedure(top.procedure);
    const fits = found && found.def.version === top.version;
    let actor: AnyActorRef | undefined;
    if (fits && top.snapshot === undefined && top.answers && this.user) {
      actor = await this.rebuild(found.def, top, top.answers, this.user.id);
      // Partner Center may have changed meanwhile: a replay that no longer reaches the same step is not trusted.
      if (actor && (actor.getSnapshot().status !== 'active' || found.def.stepKey(actor.getSnapshot()) !== top.step)) {
        actor.stop();
        actor = undefined;
      }
    } else if (fits) {
      actor = tryCreate(found.machine, top.snapshot);
      if (actor) {
        this.listen(actor);
        actor.start();
      }
    }
    if (!found || !actor) {
      this.say(msg('common.snapshotMismatch'));
      this.show = 'menu';
      return;
    }
    this.run = { def: found.def, actor, rec: { ...top, seq: top.seq + 1 } };
    this.root.send({ type: 'STARTED', procedure: found.def.id });
    this.say(msg('conversation.resumed', { procedure: found.def.title }));
    await settle(actor);
    await this.finishIfDone();
  }

  private titleOf(rec: RunRecord): Msg {
    return this.engine.procedure(rec.procedure)?.def.title ?? msg('common.raw', { text: rec.procedure });
  }

  // --- starting and finishing ----------------------------------------------------

  /** A procedure named by the menu or "which": with the values of the sentence that offered it. */
  private async startNamed(id: string, sentence?: string): Promise<void> {
    const def = this.engine.procedure(id)?.def;
    if (!def) return this.route(id);
    return this.start(def, sentence !== undefined ? await firstMessage(def, sentence, this.lang, this.engine.now()) : {});
  }

  /** A first message: the one place where a sentence is routed to a procedure. */
  private async route(text: string): Promise<void> {
    const user = this.user;
    const r = routeFirstMessage(this.engine.list(), text, (p) => !user || checkRoles(user.roles, p.permission).allowed);
    if (r.kind === 'none') {
      this.root.send({ type: 'UNKNOWN', text });
      this.show = 'menu';
      return;
    }
    if (r.kind === 'ambiguous') {
      this.record.offer = { kind: 'which', procedures: r.options.map((d) => d.id), text: text.slice(0, 300) };
      this.show = 'menu';
      return;
    }
    await this.start(r.def, await firstMessage(r.def, text, this.lang, this.engine.now()));
  }

  private async start(def: ProcedureDefinition, prefill: Record<string, string>): Promise<void> {
    if (!this.user) {
      this.say(msg('common.unknownUser'));
      this.show = 'menu';
      return;
    }
    const roles = checkRoles(this.user.roles, def.permission);
    if (!roles.allowed) {
      await this.engine.audit({ userId: this.user.id, userName: this.user.name, action: def.id, outcome: 'refused', detail: `needs ${roles.needed.join(' or ')}` });
      this.say(msg('common.forbidden', { procedure: def.title, roles: { list: [...roles.needed] }, mine: { list: this.user.roles.length ? [...this.user.roles] : ['—'] } }));
      this.show = 'menu';
      return;
    }
    if (def.usesTimeZone && this.whoTimeZone && !prefill.timeZone) prefill = { ...prefill, timeZone: this.whoTimeZone };
    const id = randomUUID();
    const machine = this.engine.procedure(def.id)!.machine;
    const actor = tryCreate(machine, undefined, { runId: id, userId: this.user.id, prefill })!;
    this.listen(actor);
    this.committed = [];
    actor.start();
    this.run = { def, actor, rec: { id, procedure: def.id, version: def.version, seq: 0, step: '', snapshot: undefined, answers: [], ...(Object.keys(prefill).length ? { prefill } : {}) } };
    this.root.send({ type: 'STARTED', procedure: def.id });
    this.say(msg('root.starting', { procedure: def.title }));
    await settle(actor);
    if (this.committed.length) this.raiseWall(this.run);
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
    // After a procedure: a short "what next?", not the whole menu again.
    else this.show = 'next';
  }

  // --- restoring ----------------------------------------------------------------

  private restoreRoot(): void {
    const fits = this.record.root && this.record.rootVersion === ROOT_VERSION;
    this.root = tryCreate(rootMachine, fits ? this.record.root : undefined) ?? tryCreate(rootMachine, undefined)!;
    this.root.on('*', (e: RootEmitted) => {
      if (e.type === 'say') this.replies.push({ kind: 'say', msg: e.msg });
      if (e.type === 'drop') {
        this.run?.actor.stop();
        this.run = undefined;
        this.show = 'menu';
      }
    });
    this.root.start();
  }

  private async restoreRun(): Promise<void> {
    const rec = this.record.run;
    if (!rec) return;
    const found = this.engine.procedure(rec.procedure);
    const actor = found && found.def.version === rec.version ? tryCreate(found.machine, rec.snapshot) : undefined;
    if (!found || !actor) {
      this.say(msg('common.snapshotMismatch'));
      this.record.run = undefined;
      this.root.send({ type: 'FINISHED' });
      this.show = 'menu';
      return;
    }
    this.listen(actor);
    actor.start();
    this.run = { def: found.def, actor, rec };
    // A run saved while busy (the process stopped mid-call) resumes its call here.
    this.committed = [];
    await settle(actor);
    if (this.committed.length) this.raiseWall(this.run);
  }

  private listen(actor: AnyActorRef): void {
    actor.on('say', (e: { msg: Msg }) => {
      if (!this.quiet) this.replies.push({ kind: 'say', msg: e.msg });
    });
    actor.on('followUp', (e: FollowUpEvent) => {
      if (!this.quiet) this.followUps.push({ afterMs: Math.max(0, e.afterMs), msg: e.msg });
    });
    actor.on('committed', (e: CommittedEvent) => {
      if (!this.quiet) this.committed.push(e.msg);
    });
  }

  private rootState(): string {
    return String(this.root.getSnapshot().value);
  }

  // --- replies ----------------------------------------------------------------

  private say(m: Msg): void {
    this.replies.push({ kind: 'say', msg: m });
  }

  private prompt(run: string, seq: number, p: Prompt): void {
    this.replies.push({ kind: 'prompt', prompt: { ...p, run, seq } });
  }

  private allowed(): readonly ProcedureDefinition[] {
    const user = this.user;
    return user ? this.engine.list().filter((p) => checkRoles(user.roles, p.permission).allowed) : this.engine.list();
  }

  result(): TurnResult {
    const state = this.rootState();
    const offer = this.record.offer;
    if (state === 'confirmingDrop') {
      this.record.offer = undefined;
      this.prompt(ROOT_RUN, ++this.record.rootSeq, dropPrompt(this.run ? this.run.def.title : msg('common.empty')));
    } else if (this.run && offer?.kind === 'switch') {
      const target = this.engine.procedure(offer.procedure)?.def;
      if (target) this.prompt(ROOT_RUN, ++this.record.rootSeq, switchPrompt(target.title, this.run.def.title, offer.text));
      else this.record.offer = undefined;
    } else if (this.run) {
      this.record.offer = undefined;
      const p = this.run.def.prompt(this.run.actor.getSnapshot());
      if (p) {
        const step = this.run.def.stepKey(this.run.actor.getSnapshot());
        if (step !== this.run.rec.step) this.run.rec = { ...this.run.rec, step, seq: this.run.rec.seq + 1 };
        this.prompt(this.run.rec.id, this.run.rec.seq, p);
      }
    } else if (this.show !== 'nothing' && this.record.parked?.length && !this.menuAsked) {
      this.record.offer = { kind: 'resume' };
      this.prompt(ROOT_RUN, ++this.record.rootSeq, resumePrompt(this.titleOf(this.record.parked[0]), this.record.parked[0].step));
    } else if (this.show === 'menu' && offer?.kind === 'which') {
      const defs = offer.procedures.map((id) => this.engine.procedure(id)?.def).filter((d): d is ProcedureDefinition => !!d);
      this.prompt(ROOT_RUN, ++this.record.rootSeq, whichPrompt(defs));
    } else if (this.show === 'menu') {
      this.record.offer = { kind: 'menu' };
      this.prompt(ROOT_RUN, ++this.record.rootSeq, menuPrompt(this.engine.list(), this.user));
    } else if (this.show === 'next') {
      this.record.offer = undefined;
      this.say(msg('answers.next'));
    }
    this.record.root = this.root.getPersistedSnapshot();
    this.record.rootVersion = ROOT_VERSION;
    this.record.run = this.run ? { ...this.run.rec, snapshot: this.run.actor.getPersistedSnapshot() } : undefined;
    if (this.record.parked && this.record.parked.length === 0) delete this.record.parked;
    if (!this.record.offer) delete this.record.offer;
    this.root.stop();
    this.run?.actor.stop();
    return { record: this.record, replies: this.replies, answered: this.answered, followUps: this.followUps, ...(this.chosenLocale ? { chosenLocale: this.chosenLocale } : {}) };
  }
}

function clip(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).slice(0, 12).map(([k, v]) => [k.slice(0, 40), String(v).slice(0, 300)]));
}
