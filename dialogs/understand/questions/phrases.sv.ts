import type { PhraseTable, QuestionIntent } from '../intents';

/** Frågor på svenska som besvaras ur reglerna, utan att starta en procedur. */
export const phrases: PhraseTable<QuestionIntent> = {
  'reservation-markets': [
    'var är azure-reservationer inte tillgängliga',
    'vilka länder kan inte köpa azure-reservationer',
    'lista över marknader utan azure-reservationer',
    'finns azure-reservationer på réunion',
    'kan min kund på seychellerna få reserverade instanser',
    'går det att sälja reservationer i kosovo',
    'vilka marknader är undantagna från azure-reservationer',
    'kan den här kunden köpa en reservation',
    'tillgång till reservationer per land',
  ],
  'hybrid-benefit': [
    'vad innebär azure hybrid benefit',
    'hur fungerar hybrid benefit',
    'berätta om azure hybrid benefit',
    'hur mycket sparar hybrid benefit',
    'kan windows server-licenser sänka kostnaden för virtuella azure-datorer',
    'hybridförmån i azure',
    'software assurance-rabatt för virtuella datorer i azure',
  ],
  'cancellation-window': [
    'hur länge kan ett köp avbrytas',
    'fram till när kan jag avbryta en order',
    'hur många dagar har jag på mig att avbryta programvara',
    'vad är avbokningsperioden',
    'finns det en sista dag för att avbryta ett köp',
    'kan jag avbryta efter 60 dagar',
    'regler för avbokning av programvara',
    'hur lång är återbetalningsperioden',
    'kan suse-planer avbrytas',
  ],
  'missing-product': [
    'varför saknas en produkt',
    'varför finns produkten inte i katalogen',
    'varför ser jag inte en produkt för den här kunden',
    'varför är ett erbjudande inte tillgängligt för min kund',
    'en produkt syns inte i listan',
    'var är produkten jag letar efter',
    'produkten finns inte för utbildningskunder',
  ],
  'after-go-live': [
    'vad händer efter att erbjudandet gått live',
    'hur lång tid tar go live',
    'när blir erbjudandet live',
    'vad visar appsource-sidan när det är live',
    'när dyker mitt erbjudande upp på appsource',
    'hur många timmar tills erbjudandet är live',
    'vad ser kunderna efter go live',
  ],
};
