import type { SnapshotFrom } from 'xstate';
import { NOT_AFTER_A_PERSON, whoDidIt } from '../past-deeds';
import type { ProcedureDefinition } from '../../procedure';
import { LINK_HOLDER } from '../../../domain/software/links';
import { msg, type Param, type Prompt } from '../../../cards/view';
import {
  createActivityLogMachine,
  isKeyOrDownload,
  pageCount,
  PAGE_SIZE,
  visibleEntries,
  type ActivityLogMachine,
  type LogContext,
  type LogEntry,
} from './machine';
import { phrases as en } from './phrases.en';
import { phrases as fr } from './phrases.fr';
import { phrases as sv } from './phrases.sv';
import { phrases as nl } from './phrases.nl';
import { activityLogStrings } from './strings';

type Snap = SnapshotFrom<ActivityLogMachine>;
const stepOf = (s: Snap): string => (typeof s.value === 'string' ? s.value : Object.keys(s.value)[0]);

export const activityLog: ProcedureDefinition<ActivityLogMachine> = {
  id: 'activity-log',
  version: 1,
  permission: 'activity-log',
  group: 'software',
  prefillKeys: ['range', 'customer'],
  strings: activityLogStrings,
  title: msg('log.title'),
  summary: msg('log.summary'),
  phrases: { en, fr, sv, nl },
  // "welke collega's hebben in januari sleutels ingezien", "who downloaded software this month": who did it, asked, is the log.
  // "who cancelled order 4716", "vem som köpte windows server": who did a thing is the log's, whatever the thing.
  claims: (folded) =>
    (KEYS_OR_DOWNLOADS.test(folded) && askedOfTheLog(folded)) ||
    whoDidIt(folded) ||
    USERS_DID.test(folded) ||
    ALL_DEEDS.test(folded) ||
    LOG_OF.test(folded) ||
    LOG_NAMED.test(folded) ||
    AUDIT_TRAIL.test(folded),
  createMachine: createActivityLogMachine,
  extract: extractLogValues,
  stepKey: (s) => `log.${stepOf(s)}`,
  prompt: (s) => promptFor(stepOf(s), s.context),
};

const DATES = /\d{4}-\d{1,2}-\d{1,2}(?:.*\d{4}-\d{1,2}-\d{1,2})?/;
const LAST = /\b(?:(?:last|past)\s+\d{1,3}\s+days?|\d{1,3}\s+derniers\s+jours|senaste\s+\d{1,3}\s+dagarna|laatste\s+\d{1,3}\s+dagen)\b/i;

/** "activity log 2026-11-01 to 2026-11-20" or "… for the last 7 days" gives the range. */
export function extractLogValues(text: string): Record<string, string> {
  const range = DATES.exec(text)?.[0] ?? LAST.exec(text)?.[0];
  return range ? { range } : {};
}

const KEY_ACTIONS = new Set(['software-key-access']);
const DOWNLOAD_ACTIONS = new Set(['software-download']);
/** Who did it: a partner user by name; a download through a link by whoever holds the link. */
const who = (e: LogEntry): Param => (e.userId === LINK_HOLDER.userId ? msg('log.user.linkHolder') : e.userName);
const names = (entries: LogEntry[]): string[] => [
  ...new Set(entries.filter((e) => e.userId !== LINK_HOLDER.userId).map((e) => e.userName)),
];
function namesParam(entries: LogEntry[]): Param {
  const people = { list: names(entries) };
  if (!entries.some((e) => e.userId === LINK_HOLDER.userId)) return people;
  return people.list.length ? msg('log.show.namesAndLinkHolder', { names: people }) : msg('log.user.linkHolderInText');
}

function row(e: LogEntry): Param[] {
  return [
    { datetime: e.at },
    who(e),
    // Every activity by its name in the reader's language, never by its internal id.
    msg(`log.action.${e.action}`, undefined, 'log.action.other'),
    e.customerName ?? '—',
    e.subject ?? '—',
    msg(`log.outcome.${e.outcome}`),
  ];
}

function promptFor(step: string, ctx: LogContext): Prompt | undefined {
  switch (step) {
    case 'askRange':
      return {
        title: msg('log.askRange.title'),
        lines: [msg('log.askRange.line')],
        fields: [
          { id: 'start', kind: 'date', label: msg('log.askRange.start') },
          { id: 'end', kind: 'date', label: msg('log.askRange.end'), optional: true },
        ],
        expects: { kind: 'date-range' },
      };
    case 'show': {
      const entries = ctx.entries ?? [];
      const range = ctx.range!;
      const keys = entries.filter((e) => KEY_ACTIONS.has(e.action) && e.outcome === 'done');
      const downloads = entries.filter((e) => DOWNLOAD_ACTIONS.has(e.action) && e.outcome === 'done');
      const pages = pageCount(ctx);
      const visible = visibleEntries(ctx);
      const others = entries.length - entries.filter(isKeyOrDownload).length;
      const shown = visible.slice(ctx.page * PAGE_SIZE, (ctx.page + 1) * PAGE_SIZE);
      return {
        title: ctx.customers?.length
          ? msg('log.show.titleFor', {
              customers: { list: ctx.customers.map((c) => c.name) },
              from: { date: range.firstDay },
              to: { date: range.lastDay },
              count: entries.length,
            })
          : msg('log.show.title', { from: { date: range.firstDay }, to: { date: range.lastDay }, count: entries.length }),
        lines: [
          entries.length === 0 ? msg('log.show.none') : msg('log.show.counts', { keys: keys.length, downloads: downloads.length }),
          keys.length ? msg('log.show.keysBy', { names: namesParam(keys) }) : msg('common.empty'),
          downloads.length ? msg('log.show.downloadsBy', { names: namesParam(downloads) }) : msg('common.empty'),
          others === 0 ? msg('common.empty') : ctx.all ? msg('log.show.allShown') : msg('log.show.onlyKeys', { others }),
          visible.length > PAGE_SIZE
            ? msg('log.show.page', {
                page: ctx.page + 1,
                pages,
                first: ctx.page * PAGE_SIZE + 1,
                last: ctx.page * PAGE_SIZE + shown.length,
              })
            : msg('common.empty'),
          ctx.truncated ? msg('log.show.truncated', { max: entries.length }) : msg('common.empty'),
        ],
        ...(shown.length
          ? {
              table: {
                columns: ['date', 'user', 'action', 'customer', 'subject', 'outcome'].map((c) => msg(`log.column.${c}`)),
                rows: shown.map(row),
              },
            }
          : {}),
        choices: [
          ...(ctx.page + 1 < pages ? [{ value: 'next', label: msg('log.choice.next') }] : []),
          ...(ctx.page > 0 ? [{ value: 'previous', label: msg('log.choice.previous') }] : []),
          ...(!ctx.all && others > 0 ? [{ value: 'all', label: msg('log.choice.all', { count: entries.length }) }] : []),
          ...(ctx.all && others > 0 ? [{ value: 'keys-only', label: msg('log.choice.keysOnly') }] : []),
          { value: 'other-range', label: msg('log.choice.otherRange') },
          ...(ctx.customers?.length ? [{ value: 'every-customer', label: msg('log.choice.everyCustomer') }] : []),
          { value: 'finish', label: msg('log.choice.finish') },
        ],
      };
    }
    default:
      return undefined;
  }
}

/** What the users did, asked: "vad användarna i vårt konto har gjort", "what our users have done" (folded, four languages). */
const USERS_DID =
  /\b(?:achats|purchases|downloads|telechargements|annulations|cancellations|kop|aankopen|bestellingen)\b (?:\w+ ){0,2}(?:par|by|av|door) (?:chaque |each |every |les |the |nos |our |varje |elke |iedere )?(?:utilisateurs?|users?|anvandare\w*|gebruikers?|collegues|colleagues|staff)\b|\b(?:actions|purchases|cancellations) (?:\w+ ){0,2}(?:done|made|taken) by (?:the |our )?(?:users|people|staff|team|colleagues)\b|\b(?:what|ce que|vad|wat)\b (?:[\w']+ ){0,2}(?:users?|people|colleagues|team|utilisateurs|collegues|anvandar\w*|kollegor\w*|folk|gebruikers|collega'?s|mensen)\b.{0,50}\b(?:gjort|hebben|have done|did|been doing|ont fait|a fait|har gjort|gjorde|hebben gedaan|deden)\b/;
/** A list of every download or purchase made: "une liste de tous les téléchargements", "lista på alla nedladdningar och köp" (folded). */
const ALL_DEEDS =
  /\b(?:list\w*|overview|overzicht|oversikt|export\w*|rapport|report|records?|registre|see|se|voir|zien|show|visa|montre\w*|toon)\b (?:\w+ ){0,3}(?:all|alla|tous|toutes|alle|every|chaque|varje|elke|iedere) (?:the |les |de )?(?:software |logiciels? |programvaru|software-)?(?:purchase|cancellation|download|nedladdningar\w*|telechargements|achats|purchases|aankopen|actions|handelingen|atgarder|activit\w*|aktivitet\w*|events|handelser\w*|evenements|gebeurtenissen)\b/;
/** An audit trail, or who did what (folded, four languages). */
const AUDIT_TRAIL =
  /\b(?:audit ?trail|audit ?log|piste d'audit|journal d'audit|granskningslogg\w*|spar(?:barhet)?|audittrail|who did what|qui a fait quoi|vem (?:som )?gjorde vad|wie (?:heeft )?wat (?:heeft )?gedaan|wie deed wat)\b/;
/** The log itself named with what it holds: "loggen över köp och avbokningar", "the log of purchases" (folded). */
const LOG_OF =
  /\b(?:log|logs|loggen|logg|logboek\w*|journal)\b (?:over|of|des|du|van|pa) (?:\w+ ){0,2}(?:kop|purchases|achats|aankopen|avbokningar|cancellations|annulations|annuleringen|downloads|nedladdningar|telechargements|actions|activit\w*|aktivitet\w*|handelingen|atgarder|evenements|events|handelser)\b/;
/** The activity log, by its name: "consulter le journal des activités", "activiteitenlogboek" (folded, four languages). */
export const LOG_NAMED =
  /\b(?:activity ?logs?|journal (?:des |d')activites?|journal d'activite|aktivitetslogg\w*|activiteitenlog\w*|activiteitslog\w*)\b/;
/** Product keys or downloads (folded, four languages). */
const KEYS_OR_DOWNLOADS =
  /\b(?:keys?|download\w*|cles?|telecharg\w*|nycklar\w*|nyckel\w*|nedladdning\w*|laddat ner|hamtat|sleutels?|\w*sleutels|gedownload|key-opvraging\w*)\b/;
/** Who did it, whether someone did, or the log itself: what the log answers (folded, four languages). */
export const askedOfTheLog = (folded: string): boolean => WHO_DID.test(folded) || LOG_WORD.test(folded) || CHECK_WHETHER.test(folded);
/** "je veux checker s'il a ouvert des clés", "check whether", "if anyone on our team downloaded" (folded, four languages). */
const CHECK_WHETHER =
  /\b(?:check\w*|verifi\w*|kolla\w*|kontrollera\w*|control\w*|nagaan|see|voir|se|zien|know|savoir|veta|weten) (?:si|if|whether|om|of|s'il|s'ils|qu'il|qu'ils)\b|\b(?:anyone|anybody|someone|quelqu'un|nagon|iemand)\b.{0,30}\b(?:downloaded|accessed|viewed|looked|opened|telecharge|consulte|ouvert|laddat|laddade|hamtat|tittat|gedownload|bekeken|geopend)\b/;
/** Who did it, asked (folded, four languages). */
const WHO_DID = new RegExp(
  `${NOT_AFTER_A_PERSON}\\b(?:who|which (?:users?|colleagues?|people)|qui|quels? (?:utilisateurs?|collegues?)|vem|vilka|wie|welke (?:collega'?s|gebruikers|mensen))\\b`,
);
/** The log, named (folded, four languages). */
const LOG_WORD =
  /\b(?:log|logs|records?|traces?|audit\w*|journal|logg\w*|logboek\w*|activity|history|historique|historik\w*|geschiedenis)\b/;
