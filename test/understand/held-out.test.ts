import { LANGS, forModel } from '../../dialogs/understand/recognizer';
import { intentExamples, questionsOf } from '../../dialogs/understand/catalogue';
import { PROCEDURES } from '../../dialogs/registry';
import { TALK_INTENTS } from '../../dialogs/understand/intents';
import { EVAL_SETS } from './evaluate';

describe('the evaluation set is held out', () => {
  const training = new Set(intentExamples(PROCEDURES).flatMap((e) => LANGS.flatMap((l) => (e.phrases[l] ?? []).map(forModel))));

  it('no evaluation sentence is a training phrase, in any language', () => {
    const leaked = LANGS.flatMap((l) => EVAL_SETS[l].filter(([text]) => training.has(forModel(text))).map(([text]) => `${l}: ${text}`));
    expect(leaked).toEqual([]);
  });

  it('has at least 100 sentences per language, each for an intent the recognizer knows', () => {
    const known = new Set([
      ...PROCEDURES.map((p) => p.id),
      ...TALK_INTENTS.map((x) => `talk.${x}`),
      ...questionsOf(PROCEDURES).map((q) => `ask.${q.id}`),
    ]);
    for (const l of LANGS) {
      expect(EVAL_SETS[l].length).toBeGreaterThanOrEqual(100);
      expect(EVAL_SETS[l].filter(([, intent]) => !known.has(intent))).toEqual([]);
    }
  });

  it('every procedure has its own phrases in the four languages', () => {
    for (const p of PROCEDURES)
      for (const l of LANGS) expect({ id: p.id, l, enough: p.phrases[l].length >= 10 }).toEqual({ id: p.id, l, enough: true });
  });
});
