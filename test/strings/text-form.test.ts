import { t } from '../../cards/i18n';
import { promptCard } from '../../cards/render-card';
import { promptText } from '../../cards/render-text';
import { LOCALES } from '../../cards/strings';
import { cardCorpus } from '../browser/card-corpus';

/** The text as read, without Markdown escapes. */
const plain = (s: string) => s.replace(/\\(.)/g, '$1');

/**
 * Slack and the other text channels get the text form of every question: for every prompt of
 * every waiting state (and every question met walking the assistant), in the four languages, it
 * holds the title, the lines, the facts, every choice numbered in the card's order, and the
 * fields, so nothing the card shows is missing from the text.
 */
describe('the text form of every prompt', () => {
  let corpus: Awaited<ReturnType<typeof cardCorpus>>;
  jest.setTimeout(60_000);
  beforeAll(async () => {
    corpus = await cardCorpus();
  });

  it('covers every waiting state', () => {
    expect(corpus.uncovered).toEqual([]);
    expect(corpus.prompts.length).toBeGreaterThan(100);
  });

  it('says everything the card says, with the choices numbered as the card orders them', () => {
    const missing: string[] = [];
    for (const { where, prompt } of corpus.prompts) {
      for (const locale of LOCALES) {
        const text = plain(promptText(prompt, locale));
        const need = [
          t(prompt.title, locale),
          ...(prompt.lines ?? []).map((l) => t(l, locale)).filter(Boolean),
          ...(prompt.facts ?? []).map((f) => t(f.label, locale)),
          ...(prompt.choices ?? []).map((c, i) => `${i + 1}. ${t(c.label, locale)}`),
          ...(prompt.fields ?? []).map((f) => t(f.label, locale)),
        ];
        for (const n of need) if (!text.includes(plain(n))) missing.push(`${where} [${locale}]: "${n}"`);
        // The card's answers are the same choices, in the same order.
        const card = promptCard(prompt, locale) as {
          body: { type: string; choices?: { value: string }[] }[];
          actions?: { data?: { choice?: string } }[];
        };
        const list = card.body.find((e) => e.type === 'Input.ChoiceSet')?.choices?.map((c) => c.value);
        const buttons = (card.actions ?? []).map((a) => a.data?.choice).filter((v): v is string => !!v);
        const shown = list ?? buttons;
        if ((prompt.choices ?? []).length && shown.join('|') !== prompt.choices!.map((c) => c.value).join('|'))
          missing.push(`${where} [${locale}]: card choices differ`);
      }
    }
    expect(missing.slice(0, 20)).toEqual([]);
  });
});
