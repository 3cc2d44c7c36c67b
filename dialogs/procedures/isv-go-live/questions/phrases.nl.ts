import type { PhraseTable } from '../../../understand/intents';

/** Vragen in het Nederlands die uit de regels worden beantwoord, zonder een procedure te starten. */
export const phrases: PhraseTable<'after-go-live'> = {
  'after-go-live': [
    'wat gebeurt er nadat de aanbieding live is gegaan',
    'hoe lang duurt live gaan',
    'wanneer is de aanbieding live',
    'wat toont de appsource-pagina als hij live is',
    'wanneer verschijnt mijn aanbieding op appsource',
    'hoeveel uur tot de aanbieding live is',
    'wat zien klanten na het live gaan',
  ],
};
