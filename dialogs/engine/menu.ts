import { checkRoles } from '../../domain/rules/roles';
import type { PartnerUser } from '../../domain/model';
import { msg, type Msg, type Prompt } from '../../cards/view';
import type { ProcedureDefinition } from '../procedure';

/**
 * The root's own questions: the menu, "which of these did you mean?", resuming a run set
 * aside, switching to another procedure, and confirming a stop. Each is a prompt like a
 * procedure's, so that its choices are read the same way (number, label, ordinal, yes/no).
 */

export const RESUME = 'resume';
export const RESUME_NO = 'resume-no';
export const SWITCH = 'switch';
export const SWITCH_NO = 'switch-no';
export const DROP = 'yes';
export const DROP_NO = 'no';

/** Menu groups in menu order: as the registry first names them. */
const groupsOf = (all: readonly ProcedureDefinition[]): string[] => [...new Set(all.map((p) => p.group))];

/** The procedures this user's roles allow (all of them when the user is unknown). */
export function allowed(all: readonly ProcedureDefinition[], user: PartnerUser | undefined): ProcedureDefinition[] {
  return user ? all.filter((p) => checkRoles(user.roles, p.permission).allowed) : [...all];
}

/** The menu's procedures in menu order: grouped by area. */
export function menuList(all: readonly ProcedureDefinition[], user: PartnerUser | undefined): ProcedureDefinition[] {
  const list = allowed(all, user);
  return groupsOf(all).flatMap((g) => list.filter((p) => p.group === g));
}

export function menuPrompt(all: readonly ProcedureDefinition[], user: PartnerUser | undefined): Prompt {
  const list = menuList(all, user);
  // Nothing to pick: say so, instead of "pick a procedure" over an empty list.
  const lines: Msg[] = [msg(list.length ? 'root.menu.line' : 'common.help.menuNone')];
  let from = 1;
  for (const g of groupsOf(all)) {
    const n = list.filter((p) => p.group === g).length;
    if (n === 1) lines.push(msg('conversation.menu.groupOne', { group: msg(`conversation.group.${g}`), n: from }));
    else if (n > 0) lines.push(msg('conversation.menu.group', { group: msg(`conversation.group.${g}`), from, to: from + n - 1 }));
    from += n;
  }
  const hidden = all.length - list.length;
  if (hidden > 0) lines.push(msg('conversation.menu.others', { count: hidden }));
  return {
    title: msg('root.menu.title', { name: user?.name ?? '' }),
    choices: list.map((p) => ({ value: p.id, label: p.title, detail: p.summary })),
    lines,
  };
}

/** The choice of a guess's card that shows the whole menu instead. */
export const SHOW_MENU = 'root:menu';

/**
 * The one procedure a sentence leans to, offered with a click ("Did you mean ...?"), the menu a
 * click away: better than starting it unasked, or a menu where the likeliest is one line among all.
 */
export function guessPrompt(def: ProcedureDefinition): Prompt {
  return {
    title: msg('conversation.guess.title', { procedure: def.title }),
    lines: [msg('conversation.guess.line')],
    choices: [
      { value: def.id, label: msg('conversation.guess.yes', { procedure: def.title }), style: 'positive', means: 'yes' },
      { value: SHOW_MENU, label: msg('conversation.guess.menu'), means: 'no' },
    ],
  };
}

export function whichPrompt(defs: ProcedureDefinition[]): Prompt {
  return {
    title: msg('conversation.which.title'),
    lines: [msg('conversation.which.line')],
    choices: defs.map((p) => ({ value: p.id, label: p.title, detail: p.summary })),
  };
}

export function resumePrompt(title: Msg, step: string): Prompt {
  return {
    title: msg('conversation.resume.title', { procedure: title, step: msg(`${step}.name`, undefined, 'common.status.step') }),
    choices: [
      { value: RESUME, label: msg('conversation.resume.yes'), style: 'positive', means: 'yes' },
      { value: RESUME_NO, label: msg('conversation.resume.no'), means: 'no' },
    ],
  };
}

export function switchPrompt(target: Msg, current: Msg, text: string): Prompt {
  return {
    title: msg('conversation.switch.title', { procedure: target, current }),
    lines: [msg('conversation.switch.line', { text })],
    choices: [
      { value: SWITCH, label: msg('conversation.switch.start', { procedure: target }), means: 'yes' },
      { value: SWITCH_NO, label: msg('conversation.switch.answer'), means: 'no' },
    ],
  };
}

export function dropPrompt(procedure: Msg): Prompt {
  return {
    title: msg('root.dropConfirm.title', { procedure }),
    choices: [
      { value: DROP, label: msg('root.dropConfirm.yes'), style: 'destructive', means: 'yes' },
      { value: DROP_NO, label: msg('root.dropConfirm.no'), means: 'no' },
    ],
  };
}
