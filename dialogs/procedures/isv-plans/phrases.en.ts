/** How publishers ask, in English, to create the plans of an offer. */
export const phrases: readonly string[] = [
  'create the plans of an offer',
  'create plans',
  'add a plan',
  'new plan',
  'add plans to my offer',
  'create a plan for the offer',
  'plan id and plan name',
  'service ids of the plans',
  'get the service id of each plan',
  'copy the service ids for the solution package',
  'add a basic plan and a premium plan',
  'save a plan as draft',
  'plan description',
  'set up plans for the app',
  'pricing plans',
  'another plan on the offer',
];
