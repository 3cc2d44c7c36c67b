/** How publishers ask, in English, to manage the licenses of a deal. */
export const phrases: readonly string[] = [
  'manage the licenses of a deal',
  'manage licenses',
  'assign licenses',
  'assign licenses to the customer',
  'update licenses',
  'change the licenses of the deal',
  'add licenses of a plan to the deal',
  'remove the licenses of a plan',
  'how many licenses does the deal have',
  'licenses for deal d-1234',
  'give the customer 50 licenses of the premium plan',
  'set the license count for the basic plan',
  'license management for my app customer',
  'more licenses of my offer for the customer',
];
