import type { AnyActorRef } from 'xstate';
import { msg, type Msg } from '../../cards/view';
import { choiceListMsg } from '../answers';
import type { ProcedureDefinition } from '../procedure';
import { sameContext, settle, tryCreate } from './actors';
import type { Answer, RunRecord } from './record';
import { TurnState, type Live } from './turn-state';

/** At most this many answers are kept for "back"; a longer run can only go back within them. */
const MAX_ANSWERS = 40;

/**
 * Answers and "back": each answer is handed to the procedure and remembered; a change Partner
 * Center accepted raises a wall that "back" never crosses; help grows after bad answers.
 */
export abstract class WithHistory extends TurnState {
  /** A text that does not fit the question: nothing is handed to the procedure, earlier answers stay. */
  protected refuse(m: Msg): void {
    const run = this.run;
    this.say(m);
    if (!run) return;
    run.rec = { ...run.rec, misses: (run.rec.misses ?? 0) + 1 };
    this.escalate(run);
  }

  protected async answer(value: string, fields?: Record<string, string>, ifStuck?: Msg): Promise<void> {
    const run = this.run!;
    const before = this.stepOf(run);
    const context = run.actor.getSnapshot().context;
    this.committed = [];
    await this.send(run, { s: before, v: value, ...(fields ? { f: fields } : {}) });
    const snap = run.actor.getSnapshot();
    if (this.committed.length) this.raiseWall(run);
    const stuck = !this.committed.length && snap.status === 'active' && this.stepOf(run) === before && sameContext(snap.context, context);
    if (stuck) {
      // An answer that changed nothing is not worth replaying, nor a "back" press of its own.
      if (run.rec.answers?.length) run.rec = { ...run.rec, answers: run.rec.answers.slice(0, -1) };
      run.rec = { ...run.rec, misses: (run.rec.misses ?? 0) + 1 };
      if (ifStuck) this.say(ifStuck);
      this.escalate(run);
    } else {
      run.rec = { ...run.rec, misses: undefined };
      // An answer kept from "back" for this question is replaced by the one just given: it is not
      // given again when the question comes up later (another product after the first one).
      const kept = run.rec.redo?.findIndex((a) => a.s === before) ?? -1;
      if (kept >= 0) run.rec = { ...run.rec, redo: run.rec.redo!.slice(kept + 1) };
      if (this.stepOf(run) !== before && !this.committed.length) await this.replayKept(run);
    }
    await this.finishIfDone();
  }

  /** Sends one answer and remembers it for "back". */
  protected async send(run: Live, a: Answer): Promise<void> {
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
  protected escalate(run: Live): void {
    const misses = run.rec.misses ?? 0;
    if (misses < 2) return;
    const choices = run.def.prompt(run.actor.getSnapshot())?.choices ?? [];
    if (misses >= 3 && choices.length > 0) {
      this.say(choiceListMsg(choices));
      return;
    }
    this.say(msg('conversation.escalate.example', { help: msg(`${this.stepOf(run)}.help`, undefined, 'common.help.step') }));
  }

  /**
   * After a changed answer, the answers taken back are given again while their question comes
   * up again and they still fit (a choice still offered). Confirmations are always asked anew.
   */
  protected async replayKept(run: Live): Promise<void> {
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
      const context = run.actor.getSnapshot().context;
      this.committed = [];
      await this.send(run, a);
      if (this.committed.length) {
        this.raiseWall(run);
        return;
      }
      if (this.stepOf(run) === step && sameContext(run.actor.getSnapshot().context, context)) {
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
  protected async back(): Promise<void> {
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
      this.say(
        msg('answers.back.wall', {
          done: this.doneText(wall.done),
          step: msg(`${this.stepOf(run)}.name`, undefined, 'common.status.step'),
        }),
      );
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
      rec: {
        ...run.rec,
        seq: run.rec.seq + 1,
        step,
        answers: keep,
        redo: [last, ...(run.rec.redo ?? [])].slice(0, MAX_ANSWERS),
        misses: undefined,
      },
    };
    this.say(msg('conversation.back.done', { step: msg(`${step}.name`, undefined, 'common.status.step') }));
  }

  /**
   * A run rebuilt with the given answers, without repeating what was said: from the snapshot
   * taken after its last change when it made one, else from its start. Answers before the
   * change are never sent again.
   */
  protected async rebuild(def: ProcedureDefinition, rec: RunRecord, answers: Answer[], userId: string): Promise<AnyActorRef | undefined> {
    const machine = this.engine.procedure(def.id)!.machine;
    const from = rec.wall ? rec.wall.at : 0;
    const actor = rec.wall
      ? tryCreate(machine, rec.wall.snapshot)
      : tryCreate(machine, undefined, { runId: rec.id, userId, prefill: rec.prefill ?? {} });
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
}

function clip(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields)
      .slice(0, 12)
      .map(([k, v]) => [k.slice(0, 40), String(v).slice(0, 300)]),
  );
}
