import type { PhraseTable } from '../../../understand/intents';

/** Vragen in het Nederlands die uit de regels worden beantwoord, zonder een procedure te starten. */
export const phrases: PhraseTable<'cancellation-window'> = {
  'cancellation-window': [
    'hoe lang kan een aankoop geannuleerd worden',
    'tot wanneer kan ik een bestelling annuleren',
    'hoeveel dagen heb ik om software te annuleren',
    'wat is de annuleringsperiode',
    'is er een deadline om een aankoop te annuleren',
    'kan ik na 60 dagen nog annuleren',
    'annuleringsbeleid voor software',
    'hoe lang is de termijn voor terugbetaling',
    'kunnen suse-plannen geannuleerd worden',
  ],
};
