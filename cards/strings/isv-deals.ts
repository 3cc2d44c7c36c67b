import type { AreaStrings } from './types';

export const isvDealStrings: AreaStrings = {
  en: {},
};
