/**
 * The words of one language's training phrases, and the intents each appears in. A sentence's
 * words are read against it before classification: a typo is corrected to the nearest known
 * word ("subscripton", "activty"), a Swedish or Dutch compound is split into known words
 * ("dealregistratie", "affärsregistrering"), and the words that say something about an intent
 * are counted, so that a sentence with none of them is not forced onto a procedure.
 */
/** A word used by more than this share of the intents tells nothing about which one is meant ("the", "for", "customer"). */
const INFORMATIVE_SHARE = 0.2;
/** A word used by at most this share still shows that the sentence is about Partner Center at all. */
const RELEVANT_SHARE = 0.4;

/**
 * An intent counts among a word's intents when it uses the word at least this share as often as
 * the intent that uses it most: "plan" said once in a new subscription's phrase ("Exchange Online
 * Plan 1") does not make it a word of new subscriptions, so that adding phrases to one intent
 * does not wear out the words of others.
 */
const STRAY_SHARE = 0.1;

/** The shortest first part of a compound that is split off. */
const MIN_HEAD = 4;

/** Small numbers written out: they count things, they don't name a procedure ("the blue one"). */
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'un', 'une', 'deux', 'trois', 'en', 'ett', 'tva', 'tre', 'een', 'twee', 'drie']);

export class Vocabulary {
  private readonly intentsOf = new Map<string, Set<string>>();
  /** How often each intent's phrases use each word. */
  private readonly uses = new Map<string, Map<string, number>>();
  /** Each word's intents without the stray ones (see STRAY_SHARE), set when the vocabulary is sealed. */
  private readonly tellingOf = new Map<string, ReadonlySet<string>>();
  /**
   * Whether the language writes compounds as one word (Swedish, Dutch). English and French do
   * not: there a long unknown word is a name ("Marseille", "Okafor"), not "mar" + "seille".
   */
  constructor(private readonly compounds = false) {}

  private readonly corrected = new Map<string, string[]>();
  private intentCount = 0;

  add(words: readonly string[], intent: string): void {
    for (const w of words) {
      let s = this.intentsOf.get(w);
      if (!s) {
        s = new Set();
        this.intentsOf.set(w, s);
      }
      s.add(intent);
      let u = this.uses.get(w);
      if (!u) {
        u = new Map();
        this.uses.set(w, u);
      }
      u.set(intent, (u.get(intent) ?? 0) + 1);
    }
  }

  seal(intentCount: number): void {
    this.intentCount = intentCount;
    for (const [word, uses] of this.uses) {
      const most = Math.max(...uses.values());
      this.tellingOf.set(word, new Set([...uses].filter(([, n]) => n >= STRAY_SHARE * most).map(([intent]) => intent)));
    }
    this.uses.clear();
  }

  has(word: string): boolean {
    return this.intentsOf.has(word);
  }

  /** A word that points to few intents: "cancel", "abonnement"; not "the", "for", "customer" or "one". */
  informative(word: string): boolean {
    if (NUMBER_WORDS.has(word)) return false;
    const n = this.tellingOf.get(word)?.size ?? 0;
    return n > 0 && n <= Math.max(2, Math.floor(this.intentCount * INFORMATIVE_SHARE)) && !/^\d+$/.test(word);
  }

  /**
   * Each intent's share of the sentence's telling words, a word counting less the more intents
   * use it: a second opinion beside the neural classifier, which can go silent (None) when a
   * sentence mixes words of several intents.
   */
  shares(words: readonly string[]): Map<string, number> {
    const score = new Map<string, number>();
    for (const w of new Set(words)) {
      if (!this.informative(w)) continue;
      const intents = this.tellingOf.get(w)!;
      for (const i of intents) score.set(i, (score.get(i) ?? 0) + 1 / intents.size);
    }
    const total = [...score.values()].reduce((a, b) => a + b, 0);
    for (const [i, v] of score) score.set(i, v / total);
    return score;
  }

  /** A known word that is not one of the everyday words nearly every intent uses. */
  relevant(word: string): boolean {
    const n = this.tellingOf.get(word)?.size ?? 0;
    return n > 0 && n <= Math.floor(this.intentCount * RELEVANT_SHARE) && !/^\d+$/.test(word) && word.length >= 3;
  }

  /** The known words a sentence word stands for: itself, its correction, its parts, or itself unknown. */
  read(word: string): string[] {
    if (this.intentsOf.has(word) || word.length < 4 || /\d/.test(word)) return [word];
    let hit = this.corrected.get(word);
    if (!hit) {
      hit = this.nearest(word) ?? (this.compounds ? this.split(word) : undefined) ?? [word];
      if (this.corrected.size < 10_000) this.corrected.set(word, hit);
    }
    return hit;
  }

  private nearest(word: string): string[] | undefined {
    const max = word.length >= 10 ? 2 : word.length >= 5 ? 1 : 0;
    if (max === 0) return undefined;
    let best: string | undefined;
    let bestDistance = max + 1;
    for (const known of this.intentsOf.keys()) {
      if (Math.abs(known.length - word.length) > max || known.length < 4) continue;
      const d = distance(word, known, bestDistance);
      if (d < bestDistance) {
        best = known;
        bestDistance = d;
      }
    }
    return best ? [best] : undefined;
  }

  /** "dealregistratie" -> "deal registratie"; "affarsregistrering" -> "affar registrering" (the linking s dropped). */
  private split(word: string): string[] | undefined {
    if (word.length < 6) return undefined;
    // A head of four letters at least: a three-letter one makes compounds of names ("okafor": "oka" + "for").
    for (let i = word.length - 3; i >= MIN_HEAD; i -= 1) {
      const left = word.slice(0, i);
      const right = word.slice(i);
      if (!this.intentsOf.has(right) && !(right.length >= 5 && this.nearest(right))) continue;
      const head = this.intentsOf.has(left)
        ? left
        : left.length > 3 && left.endsWith('s') && this.intentsOf.has(left.slice(0, -1))
          ? left.slice(0, -1)
          : undefined;
      if (head) return [head, ...(this.intentsOf.has(right) ? [right] : this.nearest(right)!)];
    }
    return undefined;
  }
}

/** Optimal string alignment distance (a swap of two letters counts one), given up beyond `limit`. */
function distance(a: string, b: string, limit: number): number {
  const prev2: number[] = new Array(b.length + 1).fill(0);
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin >= limit) return limit;
    for (let j = 0; j <= b.length; j += 1) prev2[j] = prev[j];
    prev = cur;
  }
  return prev[b.length];
}
