import { msg } from '../../cards/view';
import type { QuestionDefinition } from '../../dialogs/procedure';

/**
 * A question about the test procedure's subject, answered from Partner Center's data without
 * ringing: declared here with its phrases (a procedure's questions/ folder, in one file here).
 */
export const bellHearers: QuestionDefinition = {
  id: 'bell-hearers',
  phrases: {
    en: [
      'who can hear the bell',
      'how many customers hear the bell',
      'who hears the test bell',
      'how far does the bell carry',
      'can every customer hear the bell',
    ],
    fr: [
      'qui entend la cloche',
      'combien de clients entendent la cloche',
      "qui peut entendre la cloche d'essai",
      "jusqu'où porte la cloche",
      'tous les clients entendent-ils la cloche',
    ],
    sv: [
      'vem hör klockan',
      'hur många kunder hör klockan',
      'vem kan höra testklockan',
      'hur långt hörs klockan',
      'hör alla kunder klockan',
    ],
    nl: [
      'wie hoort de bel',
      'hoeveel klanten horen de bel',
      'wie kan de testbel horen',
      'hoe ver is de bel te horen',
      'horen alle klanten de bel',
    ],
  },
  answer: async (_text, { pc }) => [msg('bell.hearers', { count: (await pc.customers.list()).length })],
};
