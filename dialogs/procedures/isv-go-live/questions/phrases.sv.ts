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
  ],
};
