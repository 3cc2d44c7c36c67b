import type { PhraseTable } from '../../../understand/intents';

/** Frågor på svenska som besvaras ur reglerna, utan att starta en procedur. */
export const phrases: PhraseTable<'missing-product'> = {
  'missing-product': [
    'varför saknas en produkt',
    'varför finns produkten inte i katalogen',
    'varför ser jag inte en produkt för den här kunden',
    'varför är ett erbjudande inte tillgängligt för min kund',
    'en produkt syns inte i listan',
    'var är produkten jag letar efter',
    'produkten finns inte för utbildningskunder',
  ],
};
