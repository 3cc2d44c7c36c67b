/**
 * The things of Partner Center a sentence names besides customers: their names are left out of
 * what the recognizer reads (mask.ts), but what they are still tells the procedure (named-kinds.ts).
 * A product of the CSP catalog ("Microsoft 365 Business Standard") is worked on by the CSP
 * procedures, an ISV offer, plan or deal by the ISV ones: "raise the licenses of Microsoft 365
 * Business Standard" is not about a deal's licenses, and "publish plan premium" is about the plan.
 * (A type of its own, so that a procedure's definition can name it.)
 */
export type NamedKind = 'product' | 'new-product' | 'software' | 'order' | 'offer' | 'plan' | 'deal';
