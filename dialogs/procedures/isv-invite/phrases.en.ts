/** How publishers ask, in English, to invite a deal's customer to consent. */
export const phrases: readonly string[] = [
  'invite the customer of a deal',
  'invite the customer',
  'invite a customer',
  'customer invitation',
  'consent link',
  'get the consent link',
  'the customer has to consent',
  'ask the customer to authorize the relationship',
  'billing admin must accept the invitation',
  'pick a customer who already has a relationship',
  'connect the deal to a customer tenant',
  'send the invitation for deal d-1234',
  'relationship with the customer for the deal',
  'send the consent link to the customer',
  'share the consent url with a buyer',
];
