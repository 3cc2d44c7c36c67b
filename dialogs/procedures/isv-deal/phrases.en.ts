/** How publishers ask, in English, to register an ISV Connect deal. */
export const phrases: readonly string[] = [
  'register a deal',
  'register the deal',
  'register a sale',
  'new deal',
  'isv connect deal',
  'register a deal for a customer',
  'we closed a deal with a customer',
  'record the sale of our app',
  'register an opportunity',
  'add a deal with its value and close date',
  'new co-sell deal',
  'log a new deal in partner center',
  'a customer bought our app, register it',
];
