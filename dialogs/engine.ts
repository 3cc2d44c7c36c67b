import type { PartnerUser } from '../domain/model';
import type { ProcedureDefinition, ProcedureDeps } from './procedure';
import { warmUpReading } from './engine/routing';
import { Turn } from './engine/turn';
import type { ConversationRecord, TurnInput, TurnResult, TurnWho } from './engine/record';
import type { AnyStateMachine } from 'xstate';

/**
 * The conversation engine, in parts:
 * - engine/record.ts         what is kept between turns (the record, runs, the root's question)
 * - engine/turn-state.ts     what one turn holds: the record, the root and the run restored, replies
 * - engine/history.ts        answers handed to the procedure, "back", the wall after a change
 * - engine/parking.ts        setting a run aside for another procedure, resuming it
 * - engine/interruptions.ts  help, why, status, back, cancel, menu
 * - engine/turn.ts           one turn: reading the input against the question on screen, starting
 * - engine/menu.ts           the root's own questions (menu, which, resume, switch, stop)
 * - engine/routing.ts        the one place where a first message is routed
 * - engine/actors.ts         restoring actors and waiting for them to settle
 * - answers/                 what a typed answer means, against what the question expects
 */
export type { Answer, ConversationRecord, RootOffer, RunRecord, TurnInput, TurnResult, TurnWho, Wall } from './engine/record';
export { ROOT_RUN } from './engine/record';

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
    warmUpReading(procedures, deps.clock.now());
  }

  /**
   * A turn reads Partner Center in one read session (when the port has them): repeated reads come
   * from its cache. `opened`: what the session reads as it starts, when the caller read it already.
   */
  turn(saved: ConversationRecord | undefined, input: TurnInput, who: TurnWho, opened?: ReadonlyMap<string, unknown>): Promise<TurnResult> {
    const run = async () => {
      const t = new Turn(this, saved, await this.resolveUser(who), who.locale, who.timeZone);
      await t.apply(input);
      return t.result();
    };
    return this.deps.pc.session ? this.deps.pc.session(run, opened) : run();
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
