/** Hur utgivare på svenska frågar hur det går med deras erbjudanden och affärer. */
export const phrases: readonly string[] = [
  'läget just nu (isv)',
  'isv-status',
  'erbjudandestatus',
  'status för mitt erbjudande',
  'affärsstatus',
  'mina erbjudanden och affärer',
  'var är mina erbjudanden',
  'är mitt erbjudande live',
  'vilket läge är erbjudandet i',
  'visa status för erbjudanden och affärer',
  'översikt över marketplace-erbjudandena',
  'vilka erbjudanden är i förhandsversion',
  'vilka affärer pågår',
  'lista mina affärer',
  'status för mina avtal',
  'vilka avtal pågår',
];
