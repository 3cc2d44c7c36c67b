/** Hur utgivare på svenska ber om att göra ett erbjudande live. */
export const phrases: readonly string[] = [
  'gör ett erbjudande live',
  'go live',
  'gå live',
  'gå live med erbjudandet',
  'gör erbjudandet live',
  'lansera erbjudandet',
  'lägg ut erbjudandet på appsource',
  'erbjudandet är i förhandsversion, gör det tillgängligt',
  'gör det tillgängligt för kunder',
  'släpp erbjudandet',
  'byt erbjudandet från förhandsversion till live',
  'publicera live',
  'gör min app synlig på marketplace',
  'lansera live',
  'publicera erbjudandet för alla kunder',
  'gör erbjudandet offentligt',
];
