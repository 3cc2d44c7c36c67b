import { cancelPurchaseStrings } from './cancel-purchase';
import { commonStrings } from './common';
import type { AreaStrings } from './types';

/** Every area's strings: one line per procedure. */
export const AREAS: Record<string, AreaStrings> = {
  common: commonStrings,
  'cancel-purchase': cancelPurchaseStrings,
};

export * from './types';
