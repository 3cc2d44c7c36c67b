import type { PhraseTable, TalkIntent } from '../intents';

/** Småprat på svenska: hälsningar, tack, hej då, "vad kan du göra?" och sådant som inte gäller Partner Center. */
export const phrases: PhraseTable<TalkIntent> = {
  greeting: ['hej hej', 'hallå', 'hejsan', 'god eftermiddag', 'god kväll', 'tjenare', 'hej assistent', 'hej boten', 'hur mår du', 'hur är läget', 'morsning', 'hello'],
  thanks: ['tack ska du ha', 'tusen tack', 'tack för hjälpen', 'perfekt, tack', 'super tack', 'stort tack', 'det var till hjälp', 'tackar'],
  goodbye: ['hej då på dig', 'vi hörs', 'ha det bra', 'ses i morgon', 'ha en bra dag', 'det var allt för idag', 'god natt', 'adjö', 'jag är klar, hej då'],
  capabilities: ['vad kan du göra åt mig', 'vad gör du', 'hur kan du hjälpa mig', 'vad kan jag fråga dig', 'vilka funktioner har du', 'visa vad du kan', 'vad är du till för', 'vem är du', 'hur fungerar det här', 'vilka procedurer kan du', 'alternativ'],
  'out-of-scope': ['vad är klockan', 'vad är huvudstaden i norge', 'sjung en sång', 'boka ett mötesrum', 'beställ en pizza', 'vem vann matchen', 'skriv en dikt', 'hur gammal är du', 'vad är meningen med livet', 'översätt den här texten', 'återställ mitt windows-lösenord', 'kommer det att regna', 'spela musik', 'rekommendera en restaurang', 'vad är 2 plus 2'],
};
