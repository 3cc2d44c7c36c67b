import type { PhraseTable } from '../../../understand/intents';

/** Frågor på svenska som besvaras ur reglerna, utan att starta en procedur. */
export const phrases: PhraseTable<'after-go-live'> = {
  'after-go-live': [
    'vad händer efter att erbjudandet gått live',
    'hur lång tid tar go live',
    'när blir erbjudandet live',
    'vad visar appsource-sidan när det är live',
    'när dyker mitt erbjudande upp på appsource',
    'hur många timmar tills erbjudandet är live',
    'vad ser kunderna efter go live',
    'vad händer när vi har gått live',
    'hur lång tid tar det innan erbjudandet syns på appsource',
    'när kan kunder se vår app efter go live',
    'vad sker efter lanseringen av erbjudandet',
    'vad är nästa steg efter go live',
    'när är erbjudandet ute efter att vi tryckt på go live',
    'hur lang tid innan appen ar live',
    'vad ändras på appsource efter go live',
    'när kan kunderna hitta vår app efter att vi släppt den',
    'vad händer sen när appen är ute för alla',
    'efter go-live, hur länge innan listingen syns på appsource',
    'vad händer med offern efter go live, behöver vi göra något mer',
  ],
};
