import { assign, emit, fromPromise, setup } from 'xstate';
import { msg } from '../../cards/view';
import type { ProcedureDeps, ProcedureEvent, RunInput, RunOutput, SayEvent } from '../../dialogs/procedure';

export interface BellContext {
  runId: string;
  userId: string;
  /** Part of a customer's name, from the first sentence or the answer. */
  query?: string;
  /** The customers whose name holds it. */
  found: string[];
}

/**
 * A procedure made for the tests only: rings a bell for the customers whose name holds a word.
 * It has what every procedure has (a question, a busy step that asks Partner Center, a choice,
 * a first-sentence value) and nothing else.
 */
export function createBellMachine({ pc }: ProcedureDeps) {
  return setup({
    types: {
      context: {} as BellContext,
      events: {} as ProcedureEvent,
      input: {} as RunInput,
      output: {} as RunOutput,
      emitted: {} as SayEvent,
    },
    actors: {
      look: fromPromise(async ({ input }: { input: { query: string } }) =>
        (await pc.customers.list()).filter((c) => c.name.toLowerCase().includes(input.query.toLowerCase())).map((c) => c.name),
      ),
    },
  }).createMachine({
    id: 'test-bell',
    context: ({ input }) => ({ runId: input.runId, userId: input.userId, query: input.prefill?.customer, found: [] }),
    initial: 'start',
    states: {
      start: { always: [{ guard: ({ context }) => !!context.query, target: 'looking' }, { target: 'ask' }] },
      ask: { on: { ANSWER: { target: 'looking', actions: assign({ query: ({ event }) => event.value.trim() }) } } },
      looking: {
        tags: 'busy',
        invoke: {
          src: 'look',
          input: ({ context }) => ({ query: context.query ?? '' }),
          onDone: [
            { guard: ({ event }) => event.output.length > 0, target: 'rung', actions: assign({ found: ({ event }) => event.output }) },
            {
              target: 'ask',
              actions: emit(({ context }) => ({ type: 'say' as const, msg: msg('bell.none', { query: context.query ?? '' }) })),
            },
          ],
          onError: { target: 'ask', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      rung: {
        on: {
          ANSWER: [
            { guard: ({ event }) => event.value === 'finish', target: 'done', actions: emit({ type: 'say', msg: msg('bell.finished') }) },
            { guard: ({ event }) => event.value === 'again', target: 'ask', actions: assign({ query: undefined, found: [] }) },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      done: { type: 'final' },
    },
    output: () => ({ outcome: 'done' as const }),
  });
}

export type BellMachine = ReturnType<typeof createBellMachine>;
