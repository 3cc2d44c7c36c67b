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
  // Most answers settle at once: no timer and subscription for them.
  const now = actor.getSnapshot();
  if (!now.hasTag('busy') || now.status !== 'active') return;
  await waitFor(actor, (s) => !s.hasTag('busy') || s.status !== 'active', { timeout: SETTLE_TIMEOUT_MS });
}

/**
 * Whether a run's context is the same after an answer as before it. Contexts are never changed
 * in place (xstate replaces them): the same object is the same context, and only a new one is
 * compared by its contents.
 */
export function sameContext(after: unknown, before: unknown): boolean {
  return after === before || JSON.stringify(after) === JSON.stringify(before);
}
