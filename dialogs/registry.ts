import type { ProcedureDefinition } from './procedure';
import { cancelPurchase } from './procedures/cancel-purchase';
import { buySoftware } from './procedures/buy-software';

/** Every procedure the assistant knows, in menu order: one line each. */
export const PROCEDURES: readonly ProcedureDefinition[] = [
  cancelPurchase,
  buySoftware,
];
