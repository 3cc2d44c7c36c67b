import { assign, emit, setup } from 'xstate';
import type { Msg } from '../cards/view';
import { msg } from '../cards/view';

/**
 * The router: greets, offers the procedures, and keeps track of whether a procedure run
 * is active or the user is being asked to confirm dropping it.
 */
export type RootEvent =
  | { type: 'GREET' }
  | { type: 'STARTED'; procedure: string }
  | { type: 'FINISHED' }
  | { type: 'ASK_DROP' }
  | { type: 'DROP_ANSWER'; drop: boolean }
  | { type: 'UNKNOWN'; text: string };

export type RootEmitted = { type: 'say'; msg: Msg } | { type: 'drop' };

export const ROOT_VERSION = 1;

export const rootMachine = setup({
  types: {
    context: {} as { greeted: boolean },
    events: {} as RootEvent,
    emitted: {} as RootEmitted,
  },
}).createMachine({
  id: 'root',
  context: { greeted: false },
  initial: 'menu',
  states: {
    menu: {
      on: {
        GREET: { actions: [assign({ greeted: true }), emit({ type: 'say', msg: msg('root.greeting') })] },
        STARTED: 'running',
        UNKNOWN: { actions: emit({ type: 'say', msg: msg('root.notUnderstood') }) },
      },
    },
    running: {
      on: {
        FINISHED: 'menu',
        ASK_DROP: 'confirmingDrop',
        STARTED: 'running',
      },
    },
    confirmingDrop: {
      on: {
        DROP_ANSWER: [
          { guard: ({ event }) => event.drop, target: 'menu', actions: [emit({ type: 'drop' }), emit({ type: 'say', msg: msg('root.dropped') })] },
          { target: 'running', actions: emit({ type: 'say', msg: msg('root.resumed') }) },
        ],
        FINISHED: 'menu',
      },
    },
  },
});
