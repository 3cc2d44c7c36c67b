import type { Field, ShownPrompt } from './view';
import { formatParam, t } from './i18n';
import type { Locale } from './strings';

/** Teams renders Adaptive Cards up to 1.5: no card uses anything newer. */
export const CARD_VERSION = '1.5';
const MAX_BUTTONS = 5;

type Json = Record<string, unknown>;

/** What a card submit carries: the run and step it belongs to, and the answer. */
export interface CardSubmitData {
  pca: { run: string; seq: number };
  choice?: string;
  [input: string]: unknown;
}

/** The verb of a card's Universal Action (Action.Execute) that answers its question. */
export const ANSWER_VERB = 'answer';

export interface CardOptions {
  /** false: a read-only copy (an answered question), without inputs or buttons. */
  interactive?: boolean;
  /**
   * Universal Actions (Teams): the buttons are Action.Execute, so a click reaches the assistant
   * as an invoke that answers with the updated card, for group chats and channels too.
   */
  execute?: boolean;
}

/** The Adaptive Card form of a prompt. */
export function promptCard(p: ShownPrompt, locale: Locale, options: CardOptions = {}): Json {
  const interactive = options.interactive ?? true;
  const stamp = { run: p.run, seq: p.seq };
  const submit = options.execute ? { type: 'Action.Execute', verb: ANSWER_VERB } : { type: 'Action.Submit' };
  const body: Json[] = [{ type: 'TextBlock', text: t(p.title, locale), weight: 'Bolder', size: 'Medium', wrap: true }];
  for (const line of p.lines ?? []) {
    const text = t(line, locale);
    if (text) body.push({ type: 'TextBlock', text, wrap: true, spacing: 'Small' });
  }
  if (p.facts?.length) {
    body.push({ type: 'FactSet', facts: p.facts.map((f) => ({ title: t(f.label, locale), value: formatParam(f.value, locale) })) });
  }
  if (p.table?.columns.length) {
    // Adaptive Cards 1.5 has no Table element: one ColumnSet per row, the headings in bold.
    const row = (cells: string[], bold: boolean): Json => ({
      type: 'ColumnSet',
      spacing: 'Small',
      ...(bold ? {} : { separator: true }),
      columns: cells.map((text) => ({
        type: 'Column',
        width: 'stretch',
        items: [{ type: 'TextBlock', text, wrap: true, size: 'Small', ...(bold ? { weight: 'Bolder' } : {}) }],
      })),
    });
    body.push(
      row(
        p.table.columns.map((c) => t(c, locale)),
        true,
      ),
    );
    for (const r of p.table.rows)
      body.push(
        row(
          r.map((v) => formatParam(v, locale)),
          false,
        ),
      );
  }
  const actions: Json[] = [];
  const choices = p.choices ?? [];
  if (interactive && choices.length > MAX_BUTTONS) {
    body.push({
      type: 'Input.ChoiceSet',
      id: 'choice',
      style: 'expanded',
      // A required input needs a label: Web Chat (Adaptive Cards 1.3 and later) refuses to render it otherwise.
      label: t({ key: 'common.choice.label' }, locale),
      // Long choices (a product with its price and term) wrap instead of being cut off.
      wrap: true,
      isRequired: true,
      errorMessage: t({ key: 'common.pickOne' }, locale),
      // Choice and button titles are plain text: data in them is only kept from card templates.
      choices: choices.map((c) => ({
        title: c.detail ? `${t(c.label, locale, 'plain')} — ${t(c.detail, locale, 'plain')}` : t(c.label, locale, 'plain'),
        value: c.value,
      })),
    });
    actions.push({ ...submit, title: t({ key: 'common.send' }, locale), data: { pca: stamp } });
  } else if (interactive) {
    for (const c of choices) {
      if (c.detail)
        body.push({
          type: 'TextBlock',
          text: `**${t(c.label, locale)}**: ${t(c.detail, locale)}`,
          wrap: true,
          spacing: 'Small',
          isSubtle: true,
        });
      // A choice beside a typed value does not need that value filled in ("Another product" at a count).
      actions.push({
        ...submit,
        title: t(c.label, locale, 'plain'),
        style: c.style ?? 'default',
        data: { pca: stamp, choice: c.value },
        ...(p.input || p.fields?.length ? { associatedInputs: 'none' } : {}),
      });
    }
  }
  const inputs = [...(p.input ? [p.input] : []), ...(p.fields ?? [])];
  if (interactive && inputs.length) {
    for (const f of inputs) body.push(inputElement(f, locale));
    // Choices beside a typed value ("Another product" at a license count): the value still has its own Send.
    if (choices.length <= MAX_BUTTONS) actions.push({ ...submit, title: t({ key: 'common.send' }, locale), data: { pca: stamp } });
  }
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    body,
    ...(actions.length ? { actions } : {}),
  };
}

function inputElement(f: Field, locale: Locale): Json {
  const label = t(f.label, locale, 'plain');
  const common = { id: f.id, label, isRequired: !f.optional, errorMessage: label, ...(f.value ? { value: f.value } : {}) };
  if (f.kind === 'number') return { type: 'Input.Number', ...common };
  if (f.kind === 'date') return { type: 'Input.Date', ...common };
  const style = f.kind === 'email' ? 'Email' : f.kind === 'url' ? 'Url' : f.kind === 'tel' ? 'Tel' : 'Text';
  return { type: 'Input.Text', ...common, style, ...(f.placeholder ? { placeholder: t(f.placeholder, locale, 'plain') } : {}) };
}
