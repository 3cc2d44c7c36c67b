import { cancelPurchaseStrings } from './cancel-purchase';
import { isvStrings } from './isv';
import { buySoftwareStrings } from './buy-software';
import { keysDownloadsStrings } from './keys-downloads';
import { activityLogStrings } from './activity-log';
import { supportRequestStrings } from './support-request';
import { commonStrings } from './common';
import { answersStrings } from './answers';
import { conversationStrings } from './conversation';
import { newSubscriptionStrings } from './new-subscription';
import { manageSubscriptionStrings } from './manage-subscription';
import { azureManagementStrings } from './azure-management';
import { customerSubscriptionsStrings } from './customer-subscriptions';
import { findAndPickStrings } from './find-and-pick';
import { webchatStrings } from './webchat';
import { partnerCenterStrings } from './partner-center';
import { securityStrings } from './security';
import { understandStrings } from './understand';
import type { AreaStrings } from './types';

/** Every area's strings: one line per procedure. */
export const AREAS: Record<string, AreaStrings> = {
  common: commonStrings,
  conversation: conversationStrings,
  answers: answersStrings,
  'new-subscription': newSubscriptionStrings,
  'manage-subscription': manageSubscriptionStrings,
  'azure-management': azureManagementStrings,
  'customer-subscriptions': customerSubscriptionsStrings,
  'cancel-purchase': cancelPurchaseStrings,
  isv: isvStrings,
  'buy-software': buySoftwareStrings,
  'keys-downloads': keysDownloadsStrings,
  'activity-log': activityLogStrings,
  'support-request': supportRequestStrings,
  'find-and-pick': findAndPickStrings,
  webchat: webchatStrings,
  'partner-center': partnerCenterStrings,
  security: securityStrings,
  understand: understandStrings,
};

export * from './types';
