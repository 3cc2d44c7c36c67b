import { randomUUID } from 'node:crypto';
import { msg, type Expects, type Field, type Msg, type Prompt } from '../../cards/view';
import { checkRoles } from '../../domain/rules/roles';
import { choiceOf, expectsOf, matchChoice, readTyped, readYesNo, severalMsg } from '../answers';
import { isBareLanguage, parseCommand, parseLanguage } from '../commands';
import type { ProcedureDefinition, RunOutput } from '../procedure';
import { sameContext, settle, tryCreate } from './actors';
import { WithInterruptions } from './interruptions';
import {
  DROP,
  dropPrompt,
  guessPrompt,
  menuPrompt,
  RESUME,
  RESUME_NO,
  resumePrompt,
  SHOW_MENU,
  SWITCH,
  SWITCH_NO,
  switchPrompt,
  whichPrompt,
} from './menu';
import { ROOT_RUN, type TurnInput, type TurnResult } from './record';
import { firstMessage, interjection, replyToFirstMessage, understandFirstMessage, withEarlierSubject } from './routing';

export type { EngineParts } from './turn-state';

/**
 * One turn of one conversation: restores the active run (and the root when needed) from the record, reads
 * the input against the question on screen, and collects the replies.
 *
 * Reading order for a typed text: a choice of the question on screen (by number, label,
 * ordinal, yes/no) is that answer; then the words that work everywhere (help, back, cancel...);
 * then a language switch; then the value the question expects (a number, a date...); only a
 * text that fits none of these may start another procedure.
 */
export class Turn extends WithInterruptions {
  async apply(input: TurnInput): Promise<void> {
    await this.restoreRun();
    if (input.kind === 'external') return this.onExternal(input);
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
      const c = choiceOf(offerPrompt(offer, defs), text, this.lang);
      if (c.kind === 'one') return this.pickOffered(c.value, offer.text);
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
      // A yes ("ok", "oui", "ja") at a question already filled in takes what is filled in ("reply ok to request that amount").
      if (reading && shown.input?.value && readYesNo(text) === true) return this.answer(shown.input.value);
      // A question at any step is answered, and the step's question comes again; a sentence that
      // clearly names another procedure sets this one aside (or asks which it is).
      const target = await interjection(this.run.def, shown, text, this.routing());
      if (target?.kind === 'answered') {
        for (const m of target.replies) this.say(m);
        return;
      }
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
      if (state === 'menu' && input.value === SHOW_MENU) return this.pickOffered(SHOW_MENU, '');
      if (state === 'menu' && input.value)
        return this.startNamed(input.value, offer?.kind === 'which' && offer.procedures.includes(input.value) ? offer.text : undefined);
      return this.stale();
    }
    if (!this.run || input.run !== this.run.rec.id || input.seq !== this.run.rec.seq || state !== 'running') return this.stale();
    const shown = this.run.def.prompt(this.run.actor.getSnapshot());
    // A question's single input is read like a typed answer to it ("1e3" in a number box is not 1,000).
    // Its bounds stay the procedure's to say (they are often more precise than the question's).
    const declared = [
      ...(shown?.fields ?? []),
      ...(shown?.input ? [{ ...shown.input, expects: shown.input.expects ?? expectsOf(shown), boundsByProcedure: true }] : []),
    ];
    const read = input.fields && declared.length ? await this.readFields(declared, input.fields) : { fields: input.fields, refusals: [] };
    const value = input.value ?? read.fields?.answer ?? '';
    if (shown) {
      const label = shown.choices?.find((c) => c.value === value)?.label;
      this.answered = {
        prompt: { ...shown, run: this.run.rec.id, seq: this.run.rec.seq },
        answer: label ?? msg('common.raw', { text: (input.value ?? input.fields?.answer ?? '').slice(0, 200) }),
      };
    }
    const given = Object.values(read.fields ?? {}).some((v) => v.trim() !== '');
    // Nothing given fits: the question stays as it was, and the refusal counts as a miss.
    if (read.refusals.length && !input.value && !given) {
      for (const r of read.refusals.slice(0, -1)) this.say(r);
      return this.refuse(read.refusals[read.refusals.length - 1]);
    }
    for (const r of read.refusals) this.say(r);
    return this.answer(value, read.fields);
  }

  /**
   * The fields of a card form read like typed answers ("25 000,50" in a text box): canonical
   * values; a field that does not fit is left out (with what was expected), the others go on.
   */
  private async readFields(
    declared: (Field & { boundsByProcedure?: boolean })[],
    given: Record<string, string>,
  ): Promise<{ fields: Record<string, string>; refusals: Msg[] }> {
    const fields = { ...given };
    const refusals: Msg[] = [];
    for (const f of declared) {
      const raw = given[f.id];
      if (!f.expects || raw === undefined || raw.trim() === '') continue;
      const reading = await readTyped(f.expects, raw, this.lang, this.engine.now());
      // A number out of the question's bounds still goes to the procedure, as a number, when it says the bounds itself.
      const unbounded =
        reading && !reading.ok && f.boundsByProcedure
          ? await readTyped(withoutBounds(f.expects), raw, this.lang, this.engine.now())
          : undefined;
      if (reading?.ok) fields[f.id] = reading.value;
      else if (unbounded?.ok) fields[f.id] = unbounded.value;
      else if (reading) {
        refusals.push(reading.refusal);
        delete fields[f.id];
      }
    }
    return { fields, refusals };
  }

  /** The run waiting for this event continues; any other state of the conversation is left alone. */
  private async onExternal(input: Extract<TurnInput, { kind: 'external' }>): Promise<void> {
    const run = this.run;
    if (!run || run.rec.id !== input.run || this.rootState() !== 'running') {
      this.unchanged = true;
      return;
    }
    const before = this.stepOf(run);
    const context = run.actor.getSnapshot().context;
    this.committed = [];
    run.actor.send({ type: 'EXTERNAL', name: input.name });
    await settle(run.actor);
    if (
      !this.committed.length &&
      run.actor.getSnapshot().status === 'active' &&
      this.stepOf(run) === before &&
      sameContext(run.actor.getSnapshot().context, context)
    ) {
      this.unchanged = true;
      return;
    }
    if (this.committed.length) this.raiseWall(run);
    run.rec = { ...run.rec, misses: undefined };
    await this.finishIfDone();
  }

  private stale(): void {
    this.say(msg('common.staleCard'));
    if (!this.run) this.show = 'menu';
  }

  // --- starting and finishing ----------------------------------------------------

  /** A choice of the "which" or "did you mean" card: the procedure with the sentence's values, or the whole menu. */
  private async pickOffered(value: string, sentence: string): Promise<void> {
    if (value !== SHOW_MENU) return this.startNamed(value, sentence);
    this.menuAsked = true;
    this.show = 'menu';
  }

  /** A procedure named by the menu or "which": with the values of the sentence that offered it. */
  private async startNamed(id: string, sentence?: string): Promise<void> {
    const def = this.engine.procedure(id)?.def;
    if (!def) return this.route(id);
    return this.start(def, sentence !== undefined ? await firstMessage(def, sentence, this.lang, this.engine.now(), this.engine.pc) : {});
  }

  /** A first message: the one place where a sentence is routed to a procedure. */
  private async route(text: string): Promise<void> {
    const ctx = this.routing();
    const u = await understandFirstMessage(text, ctx);
    if (u.kind === 'procedure') {
      const values = await firstMessage(u.def, text, this.lang, this.engine.now(), this.engine.pc);
      return this.start(u.def, withEarlierSubject(u.def, values, text, this.record.about));
    }
    if (u.kind === 'choose') {
      this.record.offer = { kind: 'which', procedures: u.defs.map((d) => d.id), text: text.slice(0, 300) };
      this.show = 'menu';
      return;
    }
    // A sentence that leans to one procedure, not surely enough to start it unasked: it is offered with a click.
    if (u.kind === 'none' && u.guess && this.user && checkRoles(this.user.roles, u.guess.permission).allowed) {
      this.record.offer = { kind: 'which', procedures: [u.guess.id], text: text.slice(0, 300), guess: true };
      this.show = 'menu';
      return;
    }
    // Small talk and questions get their answer and the menu; only a sentence placed nowhere gets "did not understand".
    if (u.kind === 'none') this.root.send({ type: 'UNKNOWN', text });
    for (const m of await replyToFirstMessage(u, text, ctx)) this.say(m);
    this.show = 'menu';
  }

  protected async start(def: ProcedureDefinition, prefill: Record<string, string>): Promise<void> {
    if (!this.user) {
      this.say(msg('common.unknownUser'));
      this.show = 'menu';
      return;
    }
    const roles = checkRoles(this.user.roles, def.permission);
    if (!roles.allowed) {
      await this.engine.audit({
        userId: this.user.id,
        userName: this.user.name,
        action: def.id,
        outcome: 'refused',
        detail: `needs ${roles.needed.join(' or ')}`,
      });
      this.say(
        msg('common.forbidden', {
          procedure: def.title,
          roles: { list: [...roles.needed], or: true },
          mine: { list: this.user.roles.length ? [...this.user.roles] : ['—'] },
        }),
      );
      this.show = 'menu';
      return;
    }
    if (def.usesTimeZone && this.whoTimeZone && !prefill.timeZone) prefill = { ...prefill, timeZone: this.whoTimeZone };
    const id = randomUUID();
    const machine = this.engine.procedure(def.id)!.machine;
    const actor = tryCreate(machine, undefined, { runId: id, userId: this.user.id, prefill })!;
    // "Let's go" comes first: what the procedure says on starting (a bad date in the sentence...) follows it.
    this.say(msg('root.starting', { procedure: def.title }));
    this.listen(actor);
    this.committed = [];
    actor.start();
    this.run = {
      def,
      actor,
      rec: {
        id,
        procedure: def.id,
        version: def.version,
        seq: 0,
        step: '',
        snapshot: undefined,
        answers: [],
        ...(Object.keys(prefill).length ? { prefill } : {}),
      },
    };
    this.root.send({ type: 'STARTED', procedure: def.id });
    await settle(actor);
    if (this.committed.length) this.raiseWall(this.run);
    await this.finishIfDone();
  }

  protected async finishIfDone(): Promise<void> {
    const run = this.run;
    if (!run) return;
    const snap = run.actor.getSnapshot();
    if (snap.status !== 'done') return;
    const final = run.def.prompt(snap);
    if (final) this.prompt(run.rec.id, run.rec.seq + 1, final);
    this.run = undefined;
    this.root.send({ type: 'FINISHED' });
    const output = snap.output as RunOutput | undefined;
    if (output?.about) this.record.about = output.about;
    const next = output?.handover && this.engine.procedure(output.handover.procedure);
    if (next) await this.start(next.def, output!.handover!.prefill);
    // After a procedure: a short "what next?", not the whole menu again.
    else this.show = 'next';
  }

  result(): TurnResult {
    const state = this.rootState();
    const offer = this.record.offer;
    if (this.unchanged) {
      // Nothing happened in the conversation: no reply at all.
    } else if (state === 'confirmingDrop') {
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
      this.prompt(ROOT_RUN, ++this.record.rootSeq, offerPrompt(offer, defs));
    } else if (this.show === 'menu') {
      this.record.offer = { kind: 'menu' };
      this.prompt(ROOT_RUN, ++this.record.rootSeq, menuPrompt(this.engine.list(), this.user));
    } else if (this.show === 'next') {
      this.record.offer = undefined;
      this.say(msg('answers.next'));
    }
    this.saveRoot();
    this.record.run = this.run ? { ...this.run.rec, snapshot: this.run.actor.getPersistedSnapshot() } : undefined;
    if (this.record.parked && this.record.parked.length === 0) delete this.record.parked;
    if (!this.record.offer) delete this.record.offer;
    this.run?.actor.stop();
    return {
      record: this.record,
      replies: this.replies,
      answered: this.answered,
      followUps: this.followUps,
      ...(this.chosenLocale ? { chosenLocale: this.chosenLocale } : {}),
    };
  }
}

/** The same expectation without its bounds: what the form of a number alone allows. */
function withoutBounds(e: Expects): Expects {
  return e.kind === 'integer' || e.kind === 'amount' ? { ...e, min: -Number.MAX_VALUE, max: undefined } : e;
}

/** The card of a "which" offer: one procedure guessed, or the few a sentence fits. */
function offerPrompt(offer: { guess?: boolean }, defs: ProcedureDefinition[]): Prompt {
  return offer.guess && defs.length === 1 ? guessPrompt(defs[0]) : whichPrompt(defs);
}
