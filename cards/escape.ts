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
/** What starts inline markup in CommonMark and GFM (links, images, HTML, emphasis, code, strikethrough, table cells). */
const MARKDOWN_SPECIAL = /[\\`*_~[\]<>|]/g;
/** An entity ("&lt;", "&#60;") would be decoded into the character it names. */
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
/** What starts a block when the value begins a line: a heading, a list item, a quote, a setext underline. */
const MARKDOWN_LEADING = /^(?:(#{1,6})(?=\s|$)|([-+])(?=\s|$)|(\d{1,9})([.)])(?=\s|$)|(=+)\s*$)/;
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
      return (
        clean
          .replace(LINE_BREAKS, ' ')
          .replace(MARKDOWN_SPECIAL, (c, at: number, all: string) => (intraword(c, at, all) ? c : `\\${c}`))
          .replace(ENTITY, '\\&')
          // A card template would expand "${...}": the escaped "$" keeps it literal, and renders as "$".
          .replace(/\$\{/g, '\\$\\{')
          .replace(MARKDOWN_LEADING, (m: string, hashes?: string, bullet?: string, digits?: string, mark?: string) =>
            hashes ? `\\${m}` : bullet ? `\\${bullet}` : digits ? `${digits}\\${mark}` : `\\${m}`,
          )
      );
    case 'slack':
      return clean
        .replace(LINE_BREAKS, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(SLACK_FORMATTING, (c, at: number, all: string) =>
          intraword(c, at, all) ? c : `${ZERO_WIDTH_SPACE}${c}${ZERO_WIDTH_SPACE}`,
        )
        .replace(/\$\{/g, `$${WORD_JOINER}{`);
    case 'plain':
      // Nothing formats it, but a card template would still expand "${...}".
      return clean.replace(/\$\{/g, `$${WORD_JOINER}{`);
  }
}
