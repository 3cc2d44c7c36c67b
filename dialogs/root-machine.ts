import { and, assign, emit, setup } from 'xstate';
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
  | { type: 'DROP_ANSWER'; drop: boolean /** What the run already changed in Partner Center, when it did. */; done?: Msg }
  | { type: 'UNKNOWN'; text: string };

export type RootEmitted = { type: 'say'; msg: Msg } | { type: 'drop' };

export const ROOT_VERSION = 1;

export const rootMachine = setup({
  types: {
    context: {} as { greeted: boolean },
    events: {} as RootEvent,
    emitted: {} as RootEmitted,
  },
  guards: {
    /** The user confirmed the stop. */
    wantsDrop: ({ event }) => event.type === 'DROP_ANSWER' && event.drop,
    /** The run being stopped has already changed something in Partner Center: stopping must not say that nothing changed. */
    changedPartnerCenter: ({ event }) => event.type === 'DROP_ANSWER' && !!event.done,
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
          {
            guard: and(['wantsDrop', 'changedPartnerCenter']),
            target: 'menu',
            actions: [
              emit({ type: 'drop' }),
              emit(({ event }) => ({
                type: 'say' as const,
                msg: msg('answers.dropped.changed', { done: (event as { done?: Msg }).done ?? '' }),
              })),
            ],
          },
          { guard: 'wantsDrop', target: 'menu', actions: [emit({ type: 'drop' }), emit({ type: 'say', msg: msg('root.dropped') })] },
          { target: 'running', actions: emit({ type: 'say', msg: msg('root.resumed') }) },
        ],
        FINISHED: 'menu',
      },
    },
  },
});
