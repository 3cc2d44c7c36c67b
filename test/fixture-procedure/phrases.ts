import type { Phrases } from '../../dialogs/understand/intents';

/** How people ask for the test procedure in a first message (a procedure's phrases.<lang>.ts, in one file here). */
export const phrases: Phrases = {
  en: ['ring the bell', 'ring the test bell', 'ring a bell for a customer', 'sound the bell', 'bell ringing'],
  fr: ['sonner la cloche', "sonner la cloche d'essai", 'faire sonner la cloche pour un client', 'sonnerie de cloche'],
  sv: ['ring i klockan', 'ring i testklockan', 'ring i klockan för en kund', 'klockringning'],
  nl: ['luid de bel', 'luid de testbel', 'de bel luiden voor een klant', 'bel luiden'],
};
