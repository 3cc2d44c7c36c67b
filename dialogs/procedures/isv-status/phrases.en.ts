/** How publishers ask, in English, where their offers and deals stand. */
export const phrases: readonly string[] = [
  'where things stand (isv)',
  'isv status',
  'offer status',
  'status of my offer',
  'deal status',
  'my offers and deals',
  'where are my offers',
  'is my offer live',
  'what state is the offer in',
  'show the status of offers and deals',
  'overview of the marketplace offers',
  'which offers are in preview',
  'which deals are in progress',
  'dashboard of my offers',
  'how is my offer doing',
  'list my deals',
];
