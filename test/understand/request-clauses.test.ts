import { mainClause } from '../../dialogs/understand/main-clause';
import type { Lang } from '../../dialogs/nlu/text';
import { readIntent } from './evaluate';

const read = (text: string, lang: Lang) => readIntent(lang, text);

/** The request of a sentence picks the procedure: not the reason it gives, nor the polite "can you" around it. */
describe('the request of a first sentence', () => {
  it.each([
    ['send the invitation to contoso pharma so that we can assign licences', 'send the invitation to contoso pharma'],
    ["envoie l'invitation à contoso pharma pour qu'on puisse attribuer des licences", "envoie l'invitation a contoso pharma"],
    ['skicka inbjudan till contoso pharma så att vi kan tilldela licenser', 'skicka inbjudan till contoso pharma'],
    ['stuur de uitnodiging naar contoso pharma zodat we licenties kunnen toewijzen', 'stuur de uitnodiging naar contoso pharma'],
  ])('"%s" asks for "%s"; the rest is why', (text, request) => {
    expect(mainClause(text)).toBe(request);
  });

  it('a reason alone is read whole', () => {
    expect(mainClause('so that we can assign licences')).toBe('so that we can assign licences');
  });

  it.each([
    'hur gör jag för att makulera order 4711 åt fabrikam?',
    'comment faire pour annuler la commande 4711 de fabrikam ?',
    'how do I do that in order to cancel order 4711',
  ])('"%s" asks how to do what follows: it is read whole', (text) => {
    expect(mainClause(text)).toBe(text);
  });

  it.each([
    ['sv', 'hur gör jag för att makulera order 4711 åt fabrikam?', 'cancel-software-purchase'],
    // The whole sentence asks a question by its words, whatever its first clause says alone.
    ['sv', 'hur ändrar jag så att abonnemanget för contoso inte förnyas automatiskt?', 'ask.subscription-change-elsewhere'],
  ] as const)('%s "%s" → %s', async (lang, text, intent) => {
    expect(await read(text, lang)).toBe(intent);
  });

  it.each([
    ['en', 'could you send contoso pharma the invitation so we can assign them licences', 'isv-invite'],
    ['fr', "tu peux envoyer l'invitation à contoso pharma afin qu'on leur attribue des licences", 'isv-invite'],
    ['sv', 'kan du skicka inbjudan till contoso pharma så vi kan tilldela licenser', 'isv-invite'],
    ['nl', 'kunt u contoso pharma de uitnodiging sturen zodat we licenties kunnen toewijzen', 'isv-invite'],
    ['sv', 'kan du visa prenumerationerna för fabrikam', 'customer-subscriptions'],
    ['nl', 'kun je de abonnementen van fabrikam tonen', 'customer-subscriptions'],
    // "can I …" asks for it too: the story before it ("they did not want it") does not pick the procedure.
    [
      'sv',
      'kunden ringde och sa att de inte alls ville ha windows server 2022 standard... kan jag cancella köpet? beställdes igår',
      'cancel-software-purchase',
    ],
  ] as const)('%s "%s" → %s', async (lang, text, intent) => {
    expect(await read(text, lang)).toBe(intent);
  });

  it.each([
    ['en', 'what can you do?'],
    ['sv', 'vad kan du göra?'],
    ['nl', 'wat kun je doen?'],
    ['fr', 'tu peux faire quoi ?'],
  ] as const)('%s "%s" is still the question of what the assistant does', async (lang, text) => {
    expect(await read(text, lang)).toBe('talk.capabilities');
  });
});
