import { commonStrings } from './common';
import { answersStrings } from './answers';
import { conversationStrings } from './conversation';
import { findAndPickStrings } from './find-and-pick';
import { webchatStrings } from './webchat';
import { partnerCenterStrings } from './partner-center';
import { securityStrings } from './security';
import { understandStrings } from './understand';
import type { AreaStrings } from './types';

/**
 * The texts shared by every procedure. A procedure's own texts are in its folder (strings.ts) and
 * join the catalogue when the registry names it (dialogs/registry.ts, `addStrings` in ../i18n).
 */
export const AREAS: Record<string, AreaStrings> = {
  common: commonStrings,
  conversation: conversationStrings,
  answers: answersStrings,
  'find-and-pick': findAndPickStrings,
  webchat: webchatStrings,
  'partner-center': partnerCenterStrings,
  security: securityStrings,
  understand: understandStrings,
};

export * from './types';
