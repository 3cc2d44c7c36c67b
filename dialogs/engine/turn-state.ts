import type { AnyActorRef, AnyStateMachine } from 'xstate';
import { t } from '../../cards/i18n';
import { msg, type Msg, type Prompt } from '../../cards/view';
import type { PartnerUser } from '../../domain/model';
import { checkRoles } from '../../domain/rules/roles';
import { langOf, type Lang } from '../answers';
import type { CommittedEvent, FollowUpEvent, ProcedureDefinition, ProcedureDeps } from '../procedure';
import { ROOT_VERSION, rootMachine, type RootEmitted } from '../root-machine';
import { settle, tryCreate } from './actors';
import { upgradeRecord, type ConversationRecord, type RunRecord, type TurnResult } from './record';
import type { RoutingContext } from './routing';

/** What a turn needs from the engine: the procedures, Partner Center for the audit, the clock. */
export interface EngineParts {
  procedure(id: string): { def: ProcedureDefinition; machine: AnyStateMachine } | undefined;
  list(): readonly ProcedureDefinition[];
  audit(entry: Parameters<ProcedureDeps['pc']['activity']['record']>[0]): Promise<unknown>;
  now(): Date;
  /** The Partner Center port: a first message's customers, offers and orders are looked up in it. */
  readonly pc: ProcedureDeps['pc'];
}

const ROOT_STATES = new Set(Object.keys(rootMachine.root.states));

/** The active run: its record, its actor and its procedure. */
export type Live = { rec: RunRecord; actor: AnyActorRef; def: ProcedureDefinition };

/**
 * What one turn holds: the conversation's record, the root and the active run restored from
 * it, the replies collected so far, and the ways of saying things. The parts of a turn build on
 * it: history.ts (answers and "back"), parking.ts (setting runs aside and resuming them),
 * interruptions.ts (help, why, status, back, cancel, menu) and turn.ts (reading the input).
 */
export abstract class TurnState {
  protected readonly replies: TurnResult['replies'] = [];
  protected readonly followUps: NonNullable<TurnResult['followUps']> = [];
  protected readonly record: ConversationRecord;
  /** The root's actor, restored only when the turn touches it (see `root`). */
  private rootActor?: AnyActorRef;
  protected run?: Live;
  /** What the root shows at the end of the turn when no run asks a question. */
  protected show: 'nothing' | 'menu' | 'next' = 'nothing';
  protected answered?: TurnResult['answered'];
  protected chosenLocale?: string;
  /** Set while answers are replayed: their messages were already shown once. */
  protected quiet = false;
  /** Changes Partner Center accepted during this turn's current answer. */
  protected committed: Msg[] = [];
  /** "menu" typed: the menu itself, even when a parked run could be resumed. */
  protected menuAsked = false;
  /** An external event that no run was waiting for: nothing to say, not even the question again. */
  protected unchanged = false;

  constructor(
    protected readonly engine: EngineParts,
    saved: ConversationRecord | undefined,
    protected readonly user: PartnerUser | undefined,
    protected readonly whoLocale?: string,
    protected readonly whoTimeZone?: string,
  ) {
    this.record = saved ? upgradeRecord({ ...saved }) : { v: 1, rootVersion: ROOT_VERSION, root: undefined, rootSeq: 0 };
  }

  /** The language of this turn (the user's choice or the activity's locale), or the one just chosen. */
  protected get lang(): Lang {
    return langOf(this.chosenLocale ?? this.whoLocale);
  }

  /**
   * The root, restored on first use: a turn that only answers the run's question reads the
   * root's state from its snapshot and never restores it (a restore is a good part of a turn).
   */
  protected get root(): AnyActorRef {
    if (!this.rootActor) this.rootActor = this.restoreRoot();
    return this.rootActor;
  }

  /** Whether the saved root can be read as it is (saved by this version of the root machine). */
  private get rootFits(): boolean {
    return !!this.record.root && this.record.rootVersion === ROOT_VERSION;
  }

  private restoreRoot(): AnyActorRef {
    const root = tryCreate(rootMachine, this.rootFits ? this.record.root : undefined) ?? tryCreate(rootMachine, undefined)!;
    root.on('*', (e: RootEmitted) => {
      if (e.type === 'say') this.replies.push({ kind: 'say', msg: e.msg });
      if (e.type === 'drop') {
        this.run?.actor.stop();
        this.run = undefined;
        this.show = 'menu';
      }
    });
    root.start();
    return root;
  }

  /** The root's snapshot for the record, and the root stopped (when the turn restored it). */
  protected saveRoot(): void {
    if (!this.rootActor && this.rootFits) return;
    this.record.root = this.root.getPersistedSnapshot();
    this.record.rootVersion = ROOT_VERSION;
    this.rootActor?.stop();
  }

  protected async restoreRun(): Promise<void> {
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

  protected listen(actor: AnyActorRef): void {
    actor.on('say', (e: { msg: Msg }) => {
      if (!this.quiet) this.replies.push({ kind: 'say', msg: e.msg });
    });
    actor.on('followUp', ({ type: _type, ...e }: FollowUpEvent) => {
      const run = (actor.getSnapshot().context as { runId?: string } | undefined)?.runId;
      if (!this.quiet) this.followUps.push({ ...e, afterMs: Math.max(0, e.afterMs ?? 0), ...(run ? { run } : {}) });
    });
    actor.on('committed', (e: CommittedEvent) => {
      if (!this.quiet) this.committed.push(e.msg);
    });
  }

  protected rootState(): string {
    // The saved state itself while the root is not restored: the root has no entry actions, and
    // a state it does not know sends the turn through a real restore (which falls back to the menu).
    const saved = !this.rootActor && this.rootFits ? (this.record.root as { value?: unknown; status?: unknown }) : undefined;
    if (saved && saved.status === 'active' && typeof saved.value === 'string' && ROOT_STATES.has(saved.value)) return saved.value;
    return String(this.root.getSnapshot().value);
  }

  protected say(m: Msg): void {
    this.replies.push({ kind: 'say', msg: m });
  }

  protected prompt(run: string, seq: number, p: Prompt): void {
    this.replies.push({ kind: 'prompt', prompt: { ...p, run, seq } });
  }

  /** What the router needs of this turn: the procedures, the user's roles, the language, Partner Center. */
  protected routing(): RoutingContext {
    const user = this.user;
    return {
      procedures: this.engine.list(),
      allowed: (p) => !user || checkRoles(user.roles, p.permission).allowed,
      lang: this.lang,
      pc: this.engine.pc,
      now: this.engine.now(),
    };
  }

  protected allowed(): readonly ProcedureDefinition[] {
    const user = this.user;
    return user ? this.engine.list().filter((p) => checkRoles(user.roles, p.permission).allowed) : this.engine.list();
  }

  protected stepOf(run: Live): string {
    return run.def.stepKey(run.actor.getSnapshot());
  }

  protected titleOf(rec: RunRecord): Msg {
    return this.engine.procedure(rec.procedure)?.def.title ?? msg('common.raw', { text: rec.procedure });
  }

  /** What a run changed in Partner Center, as one message in the conversation's language. */
  protected doneText(done: Msg[]): Msg {
    return msg('common.raw', { text: done.map((m) => t(m, this.lang, 'plain').replace(/[.\s]+$/, '')).join('; ') });
  }

  /** A change was made: the run is kept as it stands now, and "back" stops here. */
  protected raiseWall(run: Live): void {
    const done = [...(run.rec.wall?.done ?? []), ...this.committed].slice(-10);
    run.rec = {
      ...run.rec,
      redo: undefined,
      wall: { at: run.rec.answers?.length ?? 0, snapshot: run.actor.getPersistedSnapshot(), step: this.stepOf(run), done },
    };
  }

  /** Starts a procedure with the values already known (turn.ts). */
  protected abstract start(def: ProcedureDefinition, prefill: Record<string, string>): Promise<void>;
  /** Ends the run when its procedure finished, and goes on to what it hands over to (turn.ts). */
  protected abstract finishIfDone(): Promise<void>;
}
