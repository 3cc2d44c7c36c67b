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

/** Every procedure the assistant knows, in menu order: one line each. */
export const PROCEDURES: readonly ProcedureDefinition[] = [
  cancelPurchase,
  ...ISV_PROCEDURES,
  buySoftware,
  keysDownloads,
  activityLog,
  supportRequest,
  newSubscription,
  manageSubscription,
  azureManagement,
  customerSubscriptions,
];
