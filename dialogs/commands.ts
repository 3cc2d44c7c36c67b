/** Words that work at every step, whatever the procedure. */
export type Command = 'help' | 'cancel' | 'menu' | 'status' | 'why';

const COMMANDS: Record<Command, string[]> = {
  help: ['help', '?', 'aide', 'hjälp', 'hulp'],
  cancel: ['cancel', 'stop', 'quit', 'abort', 'annuler', 'avbryt', 'annuleren'],
  menu: ['menu', 'start over', 'restart', 'home', 'meny'],
  status: ['status', 'where am i', 'where am i?', 'statut', 'läge'],
  why: ['why', 'why?', 'pourquoi', 'pourquoi ?', 'varför', 'waarom'],
};

export function parseCommand(text: string): Command | undefined {
  const t = text.trim().toLowerCase().replace(/[.!]+$/, '');
  for (const [cmd, words] of Object.entries(COMMANDS) as [Command, string[]][]) {
    if (words.includes(t)) return cmd;
  }
  return undefined;
}

const YES = ['yes', 'y', 'yeah', 'ok', 'oui', 'ja', 'j', 'confirm'];
const NO = ['no', 'n', 'non', 'nej', 'nee', 'keep'];

export function parseYesNo(text: string): boolean | undefined {
  const t = text.trim().toLowerCase().replace(/[.!]+$/, '');
  if (YES.includes(t)) return true;
  if (NO.includes(t)) return false;
  return undefined;
}
