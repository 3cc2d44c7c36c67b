import type { Prompt, Reply } from './view';
import { escapeData, type Flavour } from './escape';
import { formatParam, t as translate } from './i18n';
import type { Locale } from './strings';

/** French puts a (no-break) space before a colon; the other languages don't. */
const colon = (locale: Locale): string => (locale === 'fr' ? '\u00a0: ' : ': ');

/**
 * The plain-text form of a prompt: numbered choices, one fact per line. Markdown (Web Chat,
 * Teams, Emulator) unless the channel speaks Slack's mrkdwn: values from data are escaped for it.
 */
export function promptText(p: Prompt, locale: Locale, flavour: Flavour = 'markdown'): string {
  const t = (m: Parameters<typeof translate>[0], l: Locale) => translate(m, l, flavour);
  const out: string[] = [`**${t(p.title, locale)}**`];
  for (const line of p.lines ?? []) {
    const text = t(line, locale);
    if (text) out.push(text);
  }
  for (const f of p.facts ?? []) out.push(`- ${t(f.label, locale)}${colon(locale)}${formatParam(f.value, locale, flavour)}`);
  if (p.table?.columns.length) {
    out.push(p.table.columns.map((c) => t(c, locale)).join(' | '));
    // A "|" inside a value (a name) would read as a column break: shown as "¦" in the text table.
    for (const r of p.table.rows) out.push(r.map((v) => formatParam(v, locale, flavour).replace(/\\?\|/g, '¦')).join(' | '));
  }
  (p.choices ?? []).forEach((c, i) => {
    const detail = c.detail ? ` (${t(c.detail, locale)})` : '';
    out.push(`${i + 1}. ${t(c.label, locale)}${detail}`);
  });
  if (p.choices?.length) out.push(`_${t({ key: 'common.choice.typeNumber' }, locale)}_`);
  else if (p.input) out.push(`_${t({ key: 'common.input.typeAnswer' }, locale)}_`);
  for (const f of p.fields ?? []) out.push(`- ${t(f.label, locale)}${f.value ? `${colon(locale)}${escapeData(f.value, flavour)}` : ''}`);
  return out.join('\n');
}

export function replyText(r: Reply, locale: Locale, flavour: Flavour = 'markdown'): string {
  return r.kind === 'say' ? translate(r.msg, locale, flavour) : promptText(r.prompt, locale, flavour);
}
