/**
 * Values that come from data (a customer's name, a deal's, anything a user or Partner Center
 * stored) are made inert for the place they are shown in, so that a name cannot become a link,
 * an image, HTML, a heading or a card template expression in front of other users.
 *
 * - `markdown`: Adaptive Card TextBlocks and FactSets, Teams, Web Chat and Emulator messages
 *   (CommonMark: a backslash before every character that starts markup).
 * - `slack`: Slack's mrkdwn (its three entities; formatting characters are kept apart from
 *   their neighbours with a zero-width space, since Slack has no escape character).
 * - `plain`: text no channel formats (button titles, choice lists, input labels).
 */
export type Flavour = 'markdown' | 'slack' | 'plain';

/** Bidirectional overrides and isolates (a name that reads backwards, "‮gnp.exe") and C0/C1 controls. */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /[\r\n\u2028\u2029]+/g;
/** What starts markup in CommonMark (links, images, HTML, entities, emphasis, code, tables) and `${` of card templates. */
const MARKDOWN_SPECIAL = /[\\`*_~[\]<>&$|{}#!]/g;
/** A leading character that would start a list, a quote or a heading underline. */
const MARKDOWN_LEADING = /^(?:[-+=]|(\d+)([.)]))/;
const WORD = /[\p{L}\p{N}]/u;
/** An underscore inside a word ("fleet_pro") starts no emphasis, in CommonMark or in Slack: it is left as it is. */
const intraword = (c: string, at: number, all: string) => c === '_' && WORD.test(all[at - 1] ?? '') && WORD.test(all[at + 1] ?? '');
const SLACK_FORMATTING = /[*_~`]/g;
const WORD_JOINER = '\u2060';
const ZERO_WIDTH_SPACE = '\u200b';

/** One data value, made inert for `flavour`. */
export function escapeData(value: string, flavour: Flavour): string {
  const clean = value.replace(INVISIBLE, '');
  switch (flavour) {
    case 'markdown':
      return clean
        .replace(LINE_BREAKS, ' ')
        .replace(MARKDOWN_SPECIAL, (c, at: number, all: string) => (intraword(c, at, all) ? c : `\\${c}`))
        .replace(MARKDOWN_LEADING, (m, digits?: string, mark?: string) => (digits ? `${digits}\\${mark}` : `\\${m}`));
    case 'slack':
      return clean
        .replace(LINE_BREAKS, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(SLACK_FORMATTING, (c, at: number, all: string) => (intraword(c, at, all) ? c : `${ZERO_WIDTH_SPACE}${c}${ZERO_WIDTH_SPACE}`))
        .replace(/\$\{/g, `$${WORD_JOINER}{`);
    case 'plain':
      // Nothing formats it, but a card template would still expand "${...}".
      return clean.replace(/\$\{/g, `$${WORD_JOINER}{`);
  }
}
