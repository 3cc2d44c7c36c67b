import { zipSync } from 'fflate';
import { t } from '../../cards/i18n';
import type { ProcedureDefinition } from '../../dialogs/procedure';
import { PROCEDURES } from '../../dialogs/registry';
import { png, type Rgba } from './png';

/** The Teams app manifest schema the package follows (a current, generally available version). */
export const MANIFEST_VERSION = '1.25';
export const MANIFEST_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
/** Teams shows at most 10 commands per scope in its command menu. */
const MAX_COMMANDS = 10;
/** A command's title is what the user sends: Teams keeps it short. */
const MAX_TITLE = 32;
const MAX_DESCRIPTION = 128;
const ACCENT = '#0F6CBD';

export interface TeamsPackageInput {
  /** The bot's Microsoft App ID (MicrosoftAppId): the Azure Bot resource's id. */
  botId: string;
  /** The app's own id in Teams (defaults to the bot id). */
  appId?: string;
  /** Where the assistant is reached (PUBLIC_URL): its host becomes a valid domain. */
  publicUrl?: string;
  version?: string;
}

const blue: Rgba = [0x0f, 0x6c, 0xbd, 255];
const white: Rgba = [255, 255, 255, 255];
const clear: Rgba = [0, 0, 0, 0];

/** Inside a speech bubble (a rounded box with a tail), in a square of side `s`. */
function inBubble(x: number, y: number, s: number): boolean {
  const [l, r, top, bottom, rad] = [0.2 * s, 0.8 * s, 0.24 * s, 0.66 * s, 0.1 * s];
  const cx = Math.min(Math.max(x, l + rad), r - rad);
  const cy = Math.min(Math.max(y, top + rad), bottom - rad);
  const inBox = x >= l && x <= r && y >= top && y <= bottom && (x - cx) ** 2 + (y - cy) ** 2 <= rad * rad;
  // The tail: a triangle under the box's left part.
  const inTail = y > bottom - 1 && y < 0.8 * s && x > 0.3 * s && x < 0.3 * s + (0.8 * s - y) * 0.9;
  return inBox || inTail;
}

/** The color icon (192x192): a white speech bubble with three dots on the accent color. */
export function colorIcon(): Buffer {
  const s = 192;
  return png(s, s, (x, y) => {
    if (!inBubble(x, y, s)) return blue;
    const dot = [0.36, 0.5, 0.64].some((dx) => (x - dx * s) ** 2 + (y - 0.45 * s) ** 2 <= (0.045 * s) ** 2);
    return dot ? blue : white;
  });
}

/** The outline icon (32x32): the bubble's white outline on transparency, as Teams requires. */
export function outlineIcon(): Buffer {
  const s = 32;
  return png(s, s, (x, y) => {
    const inside = inBubble(x + 0.5, y + 0.5, s);
    const edge =
      inside &&
      [
        [-1.5, 0],
        [1.5, 0],
        [0, -1.5],
        [0, 1.5],
      ].some(([dx, dy]) => !inBubble(x + 0.5 + dx, y + 0.5 + dy, s));
    return edge ? white : clear;
  });
}

/**
 * The commands Teams offers under the compose box: one per procedure, in the rank each declares
 * (software and CSP first, what most partner staff do; then ISV status and the other ISV
 * procedures), registry order within a rank, up to Teams' limit.
 * The title is the procedure's English name when short enough, else its id; the assistant
 * understands both as a first sentence.
 */
export function commands(procedures: readonly ProcedureDefinition[] = PROCEDURES): { title: string; description: string }[] {
  const rank = (p: ProcedureDefinition) => p.commandRank ?? 0;
  return [...procedures]
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .slice(0, MAX_COMMANDS)
    .map(({ p }) => {
      const name = t(p.title, 'en');
      const description = `${name}: ${t(p.summary, 'en')}`;
      return {
        title: name.length <= MAX_TITLE ? name : p.id,
        description: description.length <= MAX_DESCRIPTION ? description : `${description.slice(0, MAX_DESCRIPTION - 1)}…`,
      };
    });
}

export function manifest(input: TeamsPackageInput): Record<string, unknown> {
  const host = input.publicUrl ? new URL(input.publicUrl).host : undefined;
  const scopes = ['personal', 'team', 'groupChat'];
  return {
    $schema: MANIFEST_SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    version: input.version ?? '1.0.0',
    id: input.appId ?? input.botId,
    developer: {
      name: 'Partner Center Assistant',
      websiteUrl: input.publicUrl ?? 'https://partner.microsoft.com/',
      privacyUrl: 'https://privacy.microsoft.com/privacystatement',
      termsOfUseUrl: 'https://www.microsoft.com/servicesagreement',
    },
    name: { short: 'Partner Center Assistant', full: 'Partner Center Assistant' },
    description: {
      short: 'Partner Center procedures, step by step, in chat.',
      full: 'Walks Microsoft partners through their Partner Center procedures: CSP software purchases and cancellations, keys and downloads, subscriptions, Azure management for customers, support requests, the activity log, and ISV marketplace offers, deals and licenses. Answers in English, French, Swedish and Dutch.',
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: ACCENT,
    bots: [
      {
        botId: input.botId,
        scopes,
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: [{ scopes, commands: commands() }],
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    // The assistant's own pages (download links, the sandbox's consent page) open from its cards.
    validDomains: host ? [host] : [],
    localizationInfo: { defaultLanguageTag: 'en-us' },
  };
}

/** The app package: manifest.json and the two icons at the root of a zip. */
export function teamsPackage(input: TeamsPackageInput): { manifest: Record<string, unknown>; zip: Uint8Array } {
  const m = manifest(input);
  const zip = zipSync(
    { 'manifest.json': new TextEncoder().encode(JSON.stringify(m, null, 2)), 'color.png': colorIcon(), 'outline.png': outlineIcon() },
    { level: 9, mtime: new Date('2026-01-01T00:00:00Z') },
  );
  return { manifest: m, zip };
}
