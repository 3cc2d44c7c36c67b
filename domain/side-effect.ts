/**
 * What every change sent to Partner Center carries. Its own module: the area ports and the
 * aggregate port both use it without importing each other.
 */
export interface SideEffect {
  /** Who acts: roles are checked when the effect is carried out. */
  userId: string;
  idempotencyKey: string;
  /**
   * The version (etagOf) of the record the user's summary was made from: when Partner Center's
   * record no longer has it, the change is refused with `changed` and nothing is done.
   */
  ifMatch?: string;
}
