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
    'produkten dyker inte upp i katalogen, varför',
    'varför hittar jag inte produkten när jag ska beställa',
    'jag hittar inte sku:n i katalogen',
    'varför är produkten inte tillgänglig för den här kunden',
    'hur kommer det sig att produkten inte syns',
    'produkten saknas i prislistan, vad beror det på',
    'varför går det inte att välja produkten',
    'varfor finns inte produkten for kunden',
    'produkten kommer inte upp när jag söker, varför',
    'när jag söker på produkten får jag inga träffar',
    'varför hittar jag inte produkten i sökningen',
    'sökningen visar inte produkten, vad beror det på',
    'produkten syns inte när jag söker i katalogen',
    'hur kommer det sig att jag inte hittar produkten när jag söker',
    'dyker inte upp i sökresultatet, varför',
    'varför saknas produkten när jag letar',
    'varfor kommer inte produkten upp i sok',
    'finns inte i sökningen, varför saknas den',
    'produkten gar inte att hitta nar jag soker',
  ],
};
