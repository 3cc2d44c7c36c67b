import { createActor, waitFor, type AnyActorRef, type AnyStateMachine } from 'xstate';

const SETTLE_TIMEOUT_MS = 30_000;

/** An actor restored from a snapshot, or undefined when the snapshot no longer fits the machine. */
export function tryCreate(machine: AnyStateMachine, snapshot: unknown, input?: unknown): AnyActorRef | undefined {
  try {
    const actor = createActor(machine, snapshot ? { snapshot: snapshot as never } : input !== undefined ? { input } : {});
    const s = actor.getSnapshot();
    if (snapshot && (s.status === 'error' || !machine.getStateNodeById || !s.value)) return undefined;
    return actor;
  } catch {
    return undefined;
  }
}

/** Waits until no Partner Center call is pending (no state tagged busy), or the run ended. */
export async function settle(actor: AnyActorRef): Promise<void> {
  await waitFor(actor, (s) => !s.hasTag('busy') || s.status !== 'active', { timeout: SETTLE_TIMEOUT_MS });
}
