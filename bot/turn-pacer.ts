/**
 * Lets waiting turns start one per turn of the event loop, in the order they came. A turn on
 * the local stores runs to its end without giving the loop back, so without this a busy
 * process serves every ready connection before the loop comes round again, and Node takes
 * only one new connection per round: a client that connects while fifty others are served
 * waited seconds for its first answer. Turns that wait on real I/O still overlap as before.
 */
export class TurnPacer {
  private readonly waiting: (() => void)[] = [];
  private scheduled = false;

  /** Resolves when this turn may start. */
  next(): Promise<void> {
    return new Promise((start) => {
      this.waiting.push(start);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.waiting.shift()?.();
      this.schedule();
    });
  }
}
