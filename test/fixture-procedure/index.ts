import type { SnapshotFrom } from 'xstate';
import { msg, type Prompt } from '../../cards/view';
import type { ProcedureDefinition } from '../../dialogs/procedure';
import { type BellContext, type BellMachine, createBellMachine } from './machine';
import { phrases } from './phrases';
import { bellHearers } from './question';
import { bellStrings } from './strings';

type Snap = SnapshotFrom<BellMachine>;
const stepOf = (s: Snap): string => (typeof s.value === 'string' ? s.value : Object.keys(s.value)[0]);

/** The test procedure: everything it brings is declared here, as a procedure's folder does. */
export const testBell: ProcedureDefinition<BellMachine> = {
  id: 'test-bell',
  version: 1,
  permission: ['Admin agent', 'Global admin'],
  group: 'bells',
  title: msg('bell.title'),
  summary: msg('bell.summary'),
  phrases,
  prefillKeys: ['customer'],
  questions: [bellHearers],
  strings: bellStrings,
  createMachine: createBellMachine,
  stepKey: (s) => `bell.${stepOf(s)}`,
  prompt: (s) => promptFor(stepOf(s), s.context),
};

function promptFor(step: string, ctx: BellContext): Prompt | undefined {
  switch (step) {
    case 'ask':
      return { title: msg('bell.ask.title') };
    case 'rung':
      return {
        title: msg('bell.rung.title', { names: { list: ctx.found } }),
        choices: [
          { value: 'again', label: msg('bell.choice.again') },
          { value: 'finish', label: msg('bell.choice.finish') },
        ],
      };
    default:
      return undefined;
  }
}
