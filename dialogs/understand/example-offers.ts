import { fold } from '../nlu/text';

/**
 * The offers the training phrases use as examples ("publish field-notes", "status of sales-hub").
 * An offer named in a sentence is left out of what the recognizer reads (mask.ts): so are these
 * from what it learns, or their words would tell an intent ("field", "notes" said only in a few
 * ISV phrases) once a misspelt name is corrected to them ("field notse"). The customers named in
 * phrases stay: every CSP procedure's phrases name them, so their words tell no intent.
 */
const EXAMPLE_OFFERS = [
  // By their IDs and aliases: the publisher's own and those invented for the examples.
  'crm sync',
  'field notes',
  'fieldsync',
  'sales hub',
  'sales pulse',
  'sales boost',
  'invoice pro',
  'hr portal',
  'timesheet pro',
  'crm tool',
  'planning hub',
  'expense hub',
  'asset manager',
  'route planner',
  'ops tracker',
];

/** One pattern for them all, with the possessives partners write ("field notes's", "crm-syncs"). */
const NAMES = new RegExp(
  `(^|[^\\p{L}\\p{N}])(?:${EXAMPLE_OFFERS.map((n) => n.replace(/ /g, '[\\s-]+')).join('|')})(?:'s|:s|s|')?(?=$|[^\\p{L}\\p{N}])`,
  'gu',
);

/** A training phrase without the example offers it names (folded). */
export function withoutExampleOffers(phrase: string): string {
  return fold(phrase).replace(NAMES, '$1 ');
}
