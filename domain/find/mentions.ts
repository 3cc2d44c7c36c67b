import Fuse from 'fuse.js';
import { decide, type Findable, type Match, type Verdict } from './match';
import { coreName, DOMAIN, GUID, isLegalForm, wordForms, words } from './normalize';

/** An item named somewhere in a sentence, with the words that named it (folded). */
export interface Mention<T> extends Match<T> {
  text: string;
}

export interface SentenceMatch<T> {
  verdict: Verdict<T>;
  mentions: Mention<T>[];
}

/** Words of a request that are never a name alone, in the four languages. */
const COMMON = new Set(
  (
    'a an the of for to on in at by with from and or my our your their this that these those it is are be please me us i we you ' +
    'le la les un une des de du au aux pour sur avec et ou mon ma mes notre nos votre vos son sa ses ce cette il elle je nous vous ' +
    'en ett den det de av till på med och eller min mitt mina vår våra din er hans hennes dess jag vi ni för ' +
    'het een van voor op met naar en of mijn onze uw hun dit dat die ik wij jij u ' +
    'order orders commande commandes beställning bestelling refund cancel annule annuler avbryt annuleer subscription subscriptions ' +
    'abonnement abonnemang licenses licences licence licens licenties customer customers client clients kund kunder klant klanten ' +
    'new nouveau nouvel nouvelle ny nytt nieuw nieuwe buy acheter köp kopen keys clés nycklar sleutels software logiciel programvara ' +
    'city ville stad gemeente school école skola group groupe grupp groep global first home world bank'
  ).split(' '),
);

const MAX_WORDS = 4;

/**
 * What a few words of a sentence say about one item. Stricter than a typed answer: the words
 * must be the whole name, its core, a domain's first label, or the whole first word of the name
 * (possessives allowed); a misspelling counts only for a long first word.
 */
function scoreWords(ws: string[], f: Findable, fuzzy: (word: string) => number): Match<null> | undefined {
  const phrase = ws.join(' ');
  const forms = wordForms(phrase);
  let best: Match<null> | undefined;
  const take = (score: number, exact: boolean) => {
    if (!best || score > best.score) best = { item: null, score, exact };
  };
  for (const name of f.names) {
    const full = words(name).join(' ');
    const core = coreName(name);
    if (forms.includes(full)) take(1, true);
    else if (forms.includes(core)) take(0.95, false);
    const first = core.split(' ')[0];
    if (ws.length === 1 && core.includes(' ') && forms.includes(first) && !COMMON.has(first) && first.length >= 4) take(0.85, false);
  }
  for (const d of f.domains ?? []) if (forms.includes(d.toLowerCase().split('.')[0].replace(/-/g, ''))) take(0.9, false);
  if (ws.length === 1 && phrase.length >= 6) {
    const s = fuzzy(phrase);
    if (s > 0) take(s, false);
  }
  return best;
}

/**
 * The items a whole sentence names ("cancel order 4711 for contoso ltd", "annule la commande de
 * fabrikams", "a refund on northwind's order"): a GUID or a domain anywhere, else runs of up to
 * four words that are an item's name. Words that name nothing ("a refund on") give nothing.
 */
export function findInSentence<T>(text: string, items: readonly T[], describe: (item: T) => Findable): SentenceMatch<T> {
  const described = items.map((item) => ({ item, f: describe(item) }));
  const lower = text.slice(0, 1000).toLowerCase();
  const mentions = new Map<number, Mention<T>>();
  const keep = (i: number, m: Match<null>, said: string) => {
    const old = mentions.get(i);
    if (!old || m.score > old.score) mentions.set(i, { item: described[i].item, score: m.score, exact: m.exact, text: said });
  };

  const keys = [GUID.exec(lower)?.[0], ...[...lower.matchAll(new RegExp(DOMAIN.source, 'gi'))].map((x) => x[0])].filter((k): k is string => !!k);
  described.forEach(({ f }, i) => {
    const hit = keys.find((k) => f.keys.some((key) => key.toLowerCase() === k));
    if (hit) keep(i, { item: null, score: 1, exact: true }, hit);
  });

  const ws = words(lower.replace(new RegExp(DOMAIN.source, 'gi'), ' ').replace(GUID, ' '));
  const firstWords = described.map(({ f }, i) => ({ i, text: (f.names[0] ? coreName(f.names[0]) : '').split(' ')[0] }));
  const fuse = new Fuse(firstWords, { keys: ['text'], includeScore: true, threshold: 0.2, ignoreLocation: true });
  for (let n = MAX_WORDS; n >= 1; n--) {
    for (let at = 0; at + n <= ws.length; at++) {
      const run = ws.slice(at, at + n);
      if (COMMON.has(run[0]) || /^\d+$/.test(run[0]) || isLegalForm(run[0])) continue;
      described.forEach(({ f }, i) => {
        const fuzzy = (word: string) => {
          const r = fuse.search(word).find((x) => x.item.i === i && x.item.text.length >= 5);
          return r ? 0.75 * (1 - (r.score ?? 1)) : 0;
        };
        const m = scoreWords(run, f, fuzzy);
        if (m && m.score >= 0.6) keep(i, m, run.join(' '));
      });
    }
  }
  const ranked = [...mentions.values()].sort((a, b) => b.score - a.score);
  return { verdict: decide(ranked), mentions: ranked };
}
