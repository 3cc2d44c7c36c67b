import { containerBootstrap } from '@nlpjs/core';
import { LangEn } from '@nlpjs/lang-en';
import { LangFr } from '@nlpjs/lang-fr';
import { LangNl } from '@nlpjs/lang-nl';
import { LangSv } from '@nlpjs/lang-sv';
import { Nlp } from '@nlpjs/nlp';
import { fold, type Lang } from '../nlu/text';
import type { Phrases } from './intents';
import { withoutExampleOffers } from './example-offers';
import { Vocabulary } from './vocabulary';
import { type ModelCache, modelKey } from './model-cache';
import { version as NLP_VERSION } from '@nlpjs/nlp/package.json';

export const LANGS: readonly Lang[] = ['en', 'fr', 'sv', 'nl'];

/** How much the words' own shares weigh against the neural classifier's. */
export const LEXICAL_WEIGHT = 0.35;

const NLP_SETTINGS = {
  languages: [...LANGS],
  autoSave: false,
  autoLoad: false,
  calculateSentiment: false,
  nlu: { log: false, spellCheck: true, spellCheckDistance: 1 },
};

/** Loads a kept model; false when there is none or it cannot be read (then the model is trained). */
function restore(nlp: Nlp, model: string | undefined): boolean {
  if (!model) return false;
  try {
    const json = JSON.parse(model) as { nluManager?: { extraSentences?: unknown[] } };
    // NLP.js's language guesser would learn every training phrase again (a good part of a
    // start); it is never asked: every sentence is classified in a language given.
    if (json.nluManager) json.nluManager.extraSentences = [];
    nlp.import(json);
    return true;
  } catch {
    return false;
  }
}

/** One intent and its example phrases (a language may have none). */
export interface IntentExamples {
  intent: string;
  phrases: Partial<Phrases>;
}

export interface Scored {
  intent: string;
  score: number;
}

/**
 * Partner Center's abbreviations, written out for the classifier (in the training phrases and the
 * sentences alike): "cxl 4713", "lic count", "RI purchases", "SW" read as the words they stand for.
 */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  cxl: 'cancel',
  canx: 'cancel',
  cncl: 'cancel',
  lic: 'licenses',
  lics: 'licenses',
  sw: 'software',
  ri: 'reserved instance',
  ris: 'reserved instances',
  subs: 'subscriptions',
  sub: 'subscription',
  pc: 'partner center',
  sr: 'support request',
  cert: 'certification',
  dl: 'download',
  dls: 'downloads',
  qty: 'quantity',
  mgmt: 'management',
};

/** A sentence's words as the classifier reads them: its abbreviations written out. */
export function spelledOut(words: string): string {
  return words.replace(/\b[a-z]{2,4}\b/g, (w) => SPELLED_OUT[w] ?? w);
}

/**
 * What the model sees of a sentence: lower case, without accents or punctuation, so that
 * "Réservation !" and "reservation" are one word. Training phrases go through the same.
 */
export function forModel(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}\s']+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The trained intent recognizer: one NLP.js neural classifier per language (stemming and
 * stop words of that language, typo tolerance of one letter on known words), offline.
 */
export class IntentRecognizer {
  private constructor(
    private readonly nlp: Nlp,
    private readonly vocabularies: Record<Lang, Vocabulary>,
    readonly intents: readonly string[],
  ) {}

  /**
   * Trains on the examples, or reads back the model a cache kept for exactly these examples
   * (and this NLP.js version): the result is the same, only faster.
   */
  static async train(examples: readonly IntentExamples[], cache?: ModelCache): Promise<IntentRecognizer> {
    const container = await containerBootstrap();
    for (const pack of [LangEn, LangFr, LangSv, LangNl]) container.use(pack);
    const nlp = new Nlp(NLP_SETTINGS, container);
    const vocabularies = { en: new Vocabulary(), fr: new Vocabulary(), sv: new Vocabulary(true), nl: new Vocabulary(true) };
    const documents: [Lang, string, string][] = [];
    for (const e of examples) {
      for (const lang of LANGS) {
        for (const p of e.phrases[lang] ?? []) {
          const text = spelledOut(forModel(withoutExampleOffers(p)));
          if (!text) continue;
          documents.push([lang, text, e.intent]);
          vocabularies[lang].add(text.split(' '), e.intent);
        }
      }
    }
    for (const lang of LANGS) vocabularies[lang].seal(examples.length);
    const key = modelKey([NLP_VERSION, NLP_SETTINGS, documents]);
    if (!restore(nlp, cache?.read(key))) {
      for (const [lang, text, intent] of documents) nlp.addDocument(lang, text, intent);
      await nlp.train();
      cache?.write(key, nlp.export(true));
    }
    return new IntentRecognizer(
      nlp,
      vocabularies,
      examples.map((e) => e.intent),
    );
  }

  /**
   * Intents by likelihood for a sentence read in one language, and how many of its words say
   * something about an intent in that language (none: the ranking is noise).
   */
  async classify(text: string, lang: Lang): Promise<{ ranked: Scored[]; informative: number; relevant: number; known: number }> {
    const { informative, relevant, known, rank } = this.read(text, lang);
    return { ranked: await rank(), informative, relevant, known };
  }

  /**
   * How many of a sentence's words say something in one language, at once; the ranking of the
   * intents (the neural classifier: most of a reading's cost) only when `rank` is called.
   */
  read(
    text: string,
    lang: Lang,
  ): { informative: number; spelled: number; relevant: number; known: number; knownAsWritten: number; rank: () => Promise<Scored[]> } {
    const vocabulary = this.vocabularies[lang];
    const written = spelledOut(forModel(text).slice(0, 300)).split(' ').filter(Boolean);
    const words = written.flatMap((w) => vocabulary.read(w));
    const informative = words.filter((w) => vocabulary.informative(w)).length;
    // Telling words as written, not corrected: "hangt" is a Dutch word, not a typo of Swedish "långt".
    const spelled = written.filter((w) => vocabulary.has(w) && vocabulary.informative(w)).length;
    const knownAsWritten = written.filter((w) => vocabulary.has(w)).length;
    const relevant = words.filter((w) => vocabulary.relevant(w)).length;
    const known = words.filter((w) => vocabulary.has(w)).length;
    let ranked: Promise<Scored[]> | undefined;
    const rank = () => (ranked ??= words.length === 0 ? Promise.resolve([]) : this.rank(words, lang, vocabulary));
    return { informative, spelled, relevant, known, knownAsWritten, rank };
  }

  private async rank(words: string[], lang: Lang, vocabulary: Vocabulary): Promise<Scored[]> {
    const r = await this.nlp.process(lang, words.join(' '));
    const neural = new Map(r.classifications.filter((c) => c.intent !== 'None' && c.score > 0).map((c) => [c.intent, c.score]));
    const lexical = vocabulary.shares(words);
    // The neural classifier's shares, steadied by the words' own: each alone is fooled by one strong word.
    const weight = neural.size ? LEXICAL_WEIGHT : 1;
    return [...new Set([...neural.keys(), ...lexical.keys()])]
      .map((intent) => ({ intent, score: (1 - weight) * (neural.get(intent) ?? 0) + weight * (lexical.get(intent) ?? 0) }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score);
  }
}
