import { LINK_MAX_DOWNLOADS } from './software/links';

/**
 * Names of what happens on the customer's side of Partner Center, which the assistant follows
 * up on: a procedure waits for one of these, the sandbox's pages raise them.
 */
export const partnerEvents = {
  /** The customer's admin accepted the ISV consent invitation of this relationship (A7). */
  consentAccepted: (relationshipId: string) => `isv-consent:${relationshipId}`,
  /** The customer accepted the reseller relationship request (B3): delegated admin privileges. */
  relationshipAccepted: (customerId: string) => `csp-relationship:${customerId}`,
  /** A download link has only a few downloads left (C3). */
  linkNearlyUsed: (linkId: string) => `download-link:${linkId}:${LINK_DOWNLOADS_WARNING}`,
};

/** The follow-up comes when this many of a link's 50 downloads are used. */
export const LINK_DOWNLOADS_WARNING = LINK_MAX_DOWNLOADS - 5;
/** And this long before the link's two weeks are over. */
export const LINK_EXPIRY_WARNING_MS = 2 * 86_400_000;
