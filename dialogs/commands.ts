import { readYesNo } from './answers/yes-no';

/** Words that work at every step, whatever the procedure. */
export type Command = 'help' | 'cancel' | 'menu' | 'status' | 'why' | 'back';

const COMMANDS: Record<Command, string[]> = {
  help: ['help', '?', 'aide', 'hjälp', 'hulp'],
  cancel: ['cancel', 'stop', 'quit', 'abort', 'annuler', 'avbryt', 'annuleren'],
  menu: ['menu', 'start over', 'restart', 'home', 'meny'],
  status: ['status', 'where am i', 'where am i?', 'statut', 'état', 'etat', 'où en suis-je', 'où en suis-je ?', 'läge'],
  why: ['why', 'why?', 'pourquoi', 'pourquoi ?', 'varför', 'varför?', 'waarom', 'waarom?'],
  back: [
    'back',
    'go back',
    'previous',
    'undo',
    'retour',
    'revenir',
    'précédent',
    'precedent',
    'tillbaka',
    'gå tillbaka',
    'bakåt',
    'terug',
    'ga terug',
    'vorige',
  ],
};

export function parseCommand(text: string): Command | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, '');
  for (const [cmd, words] of Object.entries(COMMANDS) as [Command, string[]][]) {
    if (words.includes(t)) return cmd;
  }
  return undefined;
}

/** Yes and no in the four languages: one list, the answers' (dialogs/answers/yes-no.ts). */
export function parseYesNo(text: string): boolean | undefined {
  return readYesNo(text);
}

const LANGUAGES: Record<string, 'en' | 'fr' | 'sv' | 'nl'> = {
  english: 'en',
  anglais: 'en',
  engelska: 'en',
  engels: 'en',
  french: 'fr',
  français: 'fr',
  francais: 'fr',
  franska: 'fr',
  frans: 'fr',
  swedish: 'sv',
  suédois: 'sv',
  suedois: 'sv',
  svenska: 'sv',
  zweeds: 'sv',
  dutch: 'nl',
  néerlandais: 'nl',
  neerlandais: 'nl',
  nederländska: 'nl',
  nederlands: 'nl',
};

/** A language's name alone ("French"), which may also be the answer to a question. */
export function isBareLanguage(text: string): boolean {
  const m = /^\s*([a-zçéèäöå]+)\s*[.!]?\s*$/i.exec(text);
  return !!m && Object.hasOwn(LANGUAGES, m[1].toLowerCase());
}

/** "speak French", "parle français", "tala svenska", "spreek Nederlands", or the language's name alone. */
export function parseLanguage(text: string): 'en' | 'fr' | 'sv' | 'nl' | undefined {
  const m =
    /^\s*(?:(?:please\s+)?(?:speak|in|use|switch to|parle[sz]?(?:\s+en)?|en|tala|på|spreek|in het)\s+)?([a-zçéèäöå]+)\s*[.!]?\s*$/i.exec(
      text,
    );
  // Own names only: "constructor" or "toString" must not find Object's members.
  return m && Object.hasOwn(LANGUAGES, m[1].toLowerCase()) ? LANGUAGES[m[1].toLowerCase()] : undefined;
}
