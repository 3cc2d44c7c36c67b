/**
 * What every change sent to Partner Center carries. Its own module: the area ports and the
 * aggregate port both use it without importing each other.
 */
export interface SideEffect {
  /** Who acts: roles are checked when the effect is carried out. */
  userId: string;
  idempotencyKey: string;
}
