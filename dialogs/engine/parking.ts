import type { AnyActorRef } from 'xstate';
import { msg, type Msg } from '../../cards/view';
import type { ProcedureDefinition } from '../procedure';
import { settle, tryCreate } from './actors';
import { WithHistory } from './history';
import type { RunRecord } from './record';
import { firstMessage } from './routing';

/** At most this many runs wait parked: the record of a conversation stays small. */
const MAX_PARKED = 2;

/** Setting the active run aside for another procedure, and resuming it later. */
export abstract class WithParking extends WithHistory {
  /** Sets the current run aside and starts another procedure with the sentence's values. */
  protected async park(def: ProcedureDefinition, text: string): Promise<void> {
    const run = this.run!;
    // A parked run keeps its answers rather than its snapshot when it can (the record stays
    // small); one that changed Partner Center keeps its snapshot: its answers are never replayed.
    const keepSnapshot = !run.rec.answers || !!run.rec.wall;
    const parked = {
      ...run.rec,
      snapshot: keepSnapshot ? run.actor.getPersistedSnapshot() : undefined,
      redo: undefined,
      misses: undefined,
    };
    const all = [parked, ...(this.record.parked ?? [])];
    for (const dropped of all.slice(MAX_PARKED)) this.say(this.droppedMsg(dropped, 'conversation.parked.dropped'));
    this.record.parked = all.slice(0, MAX_PARKED);
    run.actor.stop();
    this.run = undefined;
    this.root.send({ type: 'FINISHED' });
    this.say(msg('conversation.parked', { procedure: run.def.title }));
    await this.start(def, await firstMessage(def, text, this.lang, this.engine.now(), this.engine.pc));
  }

  protected droppedMsg(rec: RunRecord, key: string): Msg {
    return rec.wall
      ? msg('answers.resume.dropped.changed', { procedure: this.titleOf(rec), done: this.doneText(rec.wall.done) })
      : msg(key, { procedure: this.titleOf(rec) });
  }

  protected async answerResume(yes: boolean): Promise<void> {
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
}
