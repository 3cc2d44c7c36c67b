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
    'binnen hoeveel dagen moet ik annuleren',
    'hoe lang heb ik om een softwareorder terug te draaien',
    'tot hoeveel dagen na aankoop kan ik nog cancelen',
    'hoe lang mag een klant nog van een aankoop afzien',
    'geldt er een termijn voor het annuleren van software',
    'is 30 dagen na de bestelling nog op tijd om te annuleren',
    'wat is de maximale termijn voor een annulering',
    'kan een order na twee maanden nog geannuleerd worden',
    'hoeveel tijd heb ik om van een aankoop af te komen',
    'hoe lang na het kopen kan ik nog van gedachten veranderen',
    'cxl window voor perpetual sw, hoeveel dagen',
    'tot wanneer kan een sw order gecanceld worden',
    'hoeveel dagen na de aankoop krijg ik nog een refund',
  ],
};
