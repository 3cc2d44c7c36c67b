/** How publishers ask, in English, to make an offer live. */
export const phrases: readonly string[] = [
  'make an offer live',
  'go live',
  'go live with the offer',
  'go-live',
  'make the offer live',
  'take the offer live',
  'launch the offer',
  'put the offer on appsource',
  'the offer is in preview, make it available',
  'make it available to customers',
  'release the offer',
  'switch the offer from preview to live',
  'publish live',
  'make my app visible in the marketplace',
  'press go live',
];
