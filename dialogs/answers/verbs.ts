import { fold } from './text';

/** Verbs a question may take before a name ("remove standard"), in the four languages. */
export type Verb = 'add' | 'remove' | 'change';

const VERBS: Record<Verb, string[]> = {
  add: ['add', 'ajouter', 'ajoute', 'lagg till', 'toevoegen', 'voeg toe'],
  remove: ['remove', 'delete', 'supprimer', 'supprime', 'retirer', 'retire', 'enlever', 'ta bort', 'radera', 'verwijderen', 'verwijder'],
  change: ['change', 'set', 'modifier', 'modifie', 'changer', 'andra', 'wijzigen', 'wijzig'],
};

/**
 * A text that starts with one of the question's verbs in any of the four languages, with the
 * verb given in English ("supprimer premium", "ta bort premium" -> "remove premium"), or
 * undefined when it starts with none of them.
 */
export function withEnglishVerb(text: string, verbs: readonly Verb[]): string | undefined {
  const f = fold(text);
  for (const verb of verbs) {
    for (const word of VERBS[verb]) {
      if (f === word || f.startsWith(`${word} `)) return `${verb} ${f.slice(word.length).trim()}`.trim();
    }
  }
  return undefined;
}
