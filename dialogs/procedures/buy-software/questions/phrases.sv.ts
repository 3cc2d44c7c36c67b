import type { PhraseTable } from '../../../understand/intents';

/** Frågor på svenska som besvaras ur reglerna, utan att starta en procedur. */
export const phrases: PhraseTable<'reservation-markets' | 'hybrid-benefit'> = {
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
};
