import { addStrings } from '../cards/i18n';
import type { AreaStrings } from '../cards/strings/types';
import type { ProcedureDefinition } from './procedure';
import { cancelPurchase } from './procedures/cancel-purchase';
import { newSubscription } from './procedures/new-subscription';
import { manageSubscription } from './procedures/manage-subscription';
import { azureManagement } from './procedures/azure-management';
import { customerSubscriptions } from './procedures/customer-subscriptions';
import { ISV_PROCEDURES } from './procedures/isv-shared/procedures';
import { buySoftware } from './procedures/buy-software';
import { keysDownloads } from './procedures/keys-downloads';
import { activityLog } from './procedures/activity-log';
import { supportRequest } from './procedures/support-request';

/**
 * Makes procedures known: each brings everything from its folder (machine, prompts, strings,
 * phrases, first-sentence values, menu group, roles, questions answered without starting it).
 * Their texts join the catalogue here, the rest is read from the definitions by the engine, the
 * menu and the recognizer.
 */
export function register(procedures: readonly ProcedureDefinition[]): readonly ProcedureDefinition[] {
  const ids = new Set<string>();
  const questions = new Set<string>();
  for (const p of procedures) {
    if (ids.has(p.id)) throw new Error(`the procedure ${p.id} is registered twice`);
    ids.add(p.id);
    for (const q of p.questions ?? []) {
      if (questions.has(q.id)) throw new Error(`the question ${q.id} is declared twice`);
      questions.add(q.id);
    }
    if (p.strings) addStrings(p.strings);
  }
  return procedures;
}

/** Every procedure the assistant knows, in menu order (menu groups in the order first named): one line each. */
export const PROCEDURES: readonly ProcedureDefinition[] = register([
  cancelPurchase,
  buySoftware,
  keysDownloads,
  activityLog,
  supportRequest,
  newSubscription,
  manageSubscription,
  azureManagement,
  customerSubscriptions,
  ...ISV_PROCEDURES,
]);

/** The procedures' own texts, one entry per area (procedures that share an area share the entry). */
export function procedureStrings(procedures: readonly ProcedureDefinition[] = PROCEDURES): Record<string, AreaStrings> {
  const areas: Record<string, AreaStrings> = {};
  const seen = new Set<AreaStrings>();
  for (const p of procedures)
    if (p.strings && !seen.has(p.strings)) {
      seen.add(p.strings);
      areas[p.id] = p.strings;
    }
  return areas;
}
