import Fuse from 'fuse.js';
import { decide, type Findable, type Match, type Verdict } from './match';
import { DOMAIN, domainLabel, fold, GUID, isLegalForm, LEADING_WORDS, nameForms, wordForms, words } from './normalize';
import { MAX_FUZZY, SCORE, SENTENCE_FLOOR, SIMILAR, similarity } from './scale';

/** An item named somewhere in a sentence, with the words that named it (folded). */
export interface Mention<T> extends Match<T> {
  text: string;
}

export interface SentenceMatch<T> {
  verdict: Verdict<T>;
  mentions: Mention<T>[];
}

export interface SentenceOptions {
  /**
   * Words that say what kind of thing is named ("subscription", "order", "commande"). When
   * given, a name met only by its first word or misspelt ("project", "ofice") counts only beside
   * one of them or followed by the start of its next word ("power bi", "office ltsc"): catalog
   * names begin with everyday words ("the project team").
   */
  kindWords?: ReadonlySet<string>;
}

/** Words of a request that are never a name alone, in the four languages (folded, as the sentence's words are compared). */
const COMMON = new Set(
  [
    ...LEADING_WORDS,
    ...(
      'a an the of for to on in at by with from and or my our your their this that these those it is are be please me us i we you ' +
      'le la les un une des de du au aux pour sur avec et ou mon ma mes notre nos votre vos son sa ses ce cette il elle je nous vous ' +
      'en ett den det de av till på med och eller min mitt mina vår våra din er hans hennes dess jag vi ni för ' +
      'het een van voor op met naar en of mijn onze uw hun dit dat die ik wij jij u ' +
      'order orders commande commandes beställning bestelling refund cancel annule annuler avbryt annuleer subscription subscriptions ' +
      'abonnement abonnemang licenses licences licence licens licenties customer customers client clients kund kunder klant klanten ' +
      'new nouveau nouvel nouvelle ny nytt nieuw nieuwe buy acheter köp kopen keys clés nycklar sleutels software logiciel programvara ' +
      'city ville stad gemeente school école skola group groupe grupp groep global first home world bank ' +
      // Every product of the catalog is Microsoft's: "register it with microsoft" names none of them; nor does "azure" alone.
      'microsoft azure'
    ).split(' '),
  ].map(fold),
);

/** Words of amount or place that may stand between a kind word and a name's first word, in the four languages (folded, as the sentence's words are). */
const BETWEEN = new Set(
  'on for of to in more extra additional de du sur pour plus en supplementaires till pa av fler ytterligare op voor van bij meer nodig erbij'.split(
    ' ',
  ),
);
/** How many such words at most. */
const MAX_BETWEEN = 3;

const MAX_WORDS = 4;
/** Only so much of a sentence is read: a customer is named near its start, and the work stays small. */
const MAX_TEXT = 400;

/** Lookup tables from a phrase to the items it names, built once per list of names (see tablesFor). */
class Index {
  private readonly maps = {
    full: new Map<string, number[]>(),
    core: new Map<string, number[]>(),
    first: new Map<string, number[]>(),
    label: new Map<string, number[]>(),
  };
  readonly firstWords: { i: number; text: string }[] = [];
  /** The same first words by their first letter: a typo rarely hits the first letter, and a sentence's word is compared with few. */
  private readonly firstWordsByInitial = new Map<string, { i: number; text: string }[]>();
  /** Names of several words, by each of their distinctive words: a run of a sentence with one of them right may be the name misspelt. */
  private readonly byWord = new Map<string, { i: number; text: string; length: number }[]>();

  constructor(findables: readonly Findable[]) {
    findables.forEach((f, i) => {
      for (const name of f.names) {
        const { full, core } = nameForms(name);
        this.add('full', full, i);
        this.add('core', core.join(' '), i);
        // The first word of a longer name names it alone when it is distinctive ("northwind's order").
        if (core.length > 1 && core[0].length >= 4 && !COMMON.has(core[0])) this.add('first', core[0], i);
        if (core[0].length >= 5) {
          const first = { i, text: core[0] };
          this.firstWords.push(first);
          const initial = this.firstWordsByInitial.get(first.text[0]) ?? [];
          initial.push(first);
          this.firstWordsByInitial.set(first.text[0], initial);
        }
        if (core.length > 1)
          for (const w of new Set(core.filter((c) => c.length >= 3 && !COMMON.has(c))))
            this.byWord.set(w, [...(this.byWord.get(w) ?? []), { i, text: core.join(' '), length: core.length }]);
      }
      for (const d of f.domains ?? []) this.add('label', domainLabel(d), i);
    });
  }

  private add(kind: keyof Index['maps'], key: string, i: number) {
    const m = this.maps[kind];
    m.set(key, [...(m.get(key) ?? []), i]);
  }

  lookup(kind: keyof Index['maps'], forms: readonly string[]): number[] {
    return forms.flatMap((f) => this.maps[kind].get(f) ?? []);
  }

  /** First words of names that a word may be misspelt from: the same first letter, at most one letter more or less. */
  firstWordsLike(word: string): { i: number; text: string }[] {
    return (this.firstWordsByInitial.get(word[0]) ?? []).filter((w) => Math.abs(w.text.length - word.length) <= 1);
  }

  /**
   * The names of as many words as the run that share one of its words, exactly, and its numbers:
   * "project plan 5" is another product than Project Plan 3, not it misspelt.
   */
  sharingAWord(run: readonly string[]): { i: number; text: string }[] {
    return [...new Set(run.flatMap((w) => this.byWord.get(w) ?? []))].filter((c) => {
      const name = c.text.split(' ');
      return name.length === run.length && run.every((w, k) => !/\d/.test(w + name[k]) || w === name[k]);
    });
  }
}

type Tables = { index: Index; fuse: Fuse<{ i: number; text: string }> };

/** The tables of the lists read most lately, by their names and domains: the same lists come back with every sentence. */
const tables = new Map<string, Tables>();
const MAX_KEPT_TABLES = 16;

function tablesFor(findables: readonly Findable[]): Tables {
  const key = JSON.stringify(findables.map((f) => [f.names, f.domains ?? []]));
  const kept = tables.get(key);
  if (kept) {
    // The most lately used last: the oldest goes first when the tables are full.
    tables.delete(key);
    tables.set(key, kept);
    return kept;
  }
  const index = new Index(findables);
  const made = { index, fuse: new Fuse(index.firstWords, { keys: ['text'], includeScore: true, threshold: 0.2, ignoreLocation: true }) };
  if (tables.size >= MAX_KEPT_TABLES) tables.delete(tables.keys().next().value as string);
  tables.set(key, made);
  return made;
}

/**
 * The items a whole sentence names ("cancel order 4711 for contoso ltd", "annule la commande de
 * fabrikams", "a refund on northwind's order"): a GUID or a domain anywhere, else runs of up to
 * four words that are an item's whole name, its core, a domain's first label, the distinctive
 * first word of its name (possessives allowed), a long first word misspelt, or a name of several
 * words misspelt with one of its words right. Words that name nothing ("a refund on") give nothing.
 */
export function findInSentence<T>(
  text: string,
  items: readonly T[],
  describe: (item: T) => Findable,
  options: SentenceOptions = {},
): SentenceMatch<T> {
  const findables = items.map(describe);
  const lower = text.slice(0, MAX_TEXT).toLowerCase();
  const mentions = new Map<number, Mention<T>>();
  const keep = (i: number, score: number, exact: boolean, said: string, at = -1) => {
    const old = mentions.get(i);
    if ((!old || score > old.score) && (score >= SCORE.DOMAIN_LABEL || at < 0 || supported(i, at)))
      mentions.set(i, { item: items[i], score, exact, text: said });
  };

  const domains = new RegExp(DOMAIN.source, 'gi');
  const keys = [GUID.exec(lower)?.[0], ...[...lower.matchAll(domains)].map((x) => x[0])].filter((k): k is string => !!k);
  if (keys.length > 0) {
    findables.forEach((f, i) => {
      const hit = keys.find((k) => f.keys.some((key) => key.toLowerCase() === k));
      if (hit) keep(i, SCORE.EXACT, true, hit);
    });
  }

  const { index, fuse } = tablesFor(findables);
  const ws = words(lower.replace(domains, ' ').replace(GUID, ' '));
  /** A first word alone (at `at`) names item i only beside a word of its kind (or one short word away), or followed by the start of the name's next word. */
  function supported(i: number, at: number): boolean {
    const kind = options.kindWords;
    if (!kind) return true;
    const [before, after] = [ws[at - 1], ws[at + 1]];
    if ((before && kind.has(before)) || (after && kind.has(after))) return true;
    // "the purchase of visio", "l'achat de visio", "de aankoop van visio": a kind word with a short word between.
    const linked = (word: string | undefined, far: string | undefined) => !!word && word.length <= 3 && !!far && kind.has(far);
    if (linked(before, ws[at - 2]) || linked(after, ws[at + 2])) return true;
    // "3 licenser till på exchange", "licences de plus sur exchange": a kind word a few words of amount or place before.
    for (let back = at - 1; back >= Math.max(0, at - 1 - MAX_BETWEEN) && BETWEEN.has(ws[back]); back--)
      if (kind.has(ws[back - 1])) return true;
    return !!after && after.length >= 2 && findables[i].names.some((n) => nameForms(n).core[1]?.startsWith(after));
  }
  for (let n = MAX_WORDS; n >= 1; n--) {
    for (let at = 0; at + n <= ws.length; at++) {
      const run = ws.slice(at, at + n);
      if (COMMON.has(run[0]) || /^\d+$/.test(run[0]) || isLegalForm(run[0])) continue;
      const phrase = run.join(' ');
      const forms = wordForms(phrase);
      for (const i of index.lookup('full', forms)) keep(i, SCORE.EXACT, true, phrase);
      for (const i of index.lookup('core', forms)) keep(i, SCORE.CORE, false, phrase);
      for (const i of index.lookup('label', forms)) keep(i, SCORE.DOMAIN_LABEL, false, phrase);
      if (n === 1) for (const i of index.lookup('first', forms)) keep(i, SCORE.FIRST_WORD, false, phrase, at);
      // A name of several words with one of them misspelt ("field notse"): one word right, the whole run alike.
      if (n >= 2 && phrase.length <= MAX_FUZZY) {
        for (const c of index.sharingAWord(run)) {
          const sim = similarity(phrase, c.text);
          if (sim >= SIMILAR && SCORE.FUZZY * sim >= SENTENCE_FLOOR) keep(c.i, SCORE.FUZZY * sim, false, phrase);
        }
      }
      if (n === 1 && phrase.length >= 6 && phrase.length <= MAX_FUZZY) {
        for (const r of fuse.search(phrase)) {
          const score = SCORE.FUZZY * (1 - (r.score ?? 1));
          if (score >= SENTENCE_FLOOR) keep(r.item.i, score, false, phrase, at);
        }
        // Two letters swapped ("contsoo" for Contoso) are one slip: Fuse's threshold misses them in a short word.
        for (const w of index.firstWordsLike(phrase)) {
          const sim = similarity(phrase, w.text);
          if (sim >= SIMILAR && SCORE.FUZZY * sim >= SENTENCE_FLOOR) keep(w.i, SCORE.FUZZY * sim, false, phrase, at);
        }
      }
    }
  }
  const ranked = [...mentions.values()].sort((a, b) => b.score - a.score);
  return { verdict: decide(ranked), mentions: ranked };
}
