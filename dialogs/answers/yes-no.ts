import { fold } from './text';

/** Words for yes and no in the four languages (folded). */
const YES = new Set([
  'yes',
  'y',
  'yeah',
  'yep',
  'ok',
  'okay',
  'sure',
  'confirm',
  'oui',
  'ouais',
  "d'accord",
  'daccord',
  'bien sur',
  'ja',
  'j',
  'japp',
  'visst',
  'absolut',
  'jawel',
  'prima',
  'goed',
  'akkoord',
]);
const NO = new Set(['no', 'n', 'nope', 'non', 'nej', 'nee', 'neen', 'nix', 'keep']);
/** Politeness around the word: "yes please", "oui merci", "ja tack", "ja graag". */
const POLITE = /\s*[, ]\s*(please|thanks|thank you|merci|s'il vous plait|svp|tack|gärna|garna|graag|alstublieft|aub|dank je|bedankt)$/;

export function readYesNo(text: string): boolean | undefined {
  const t = fold(text).replace(POLITE, '');
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return undefined;
}
