/**
 * How many waiting turns start per turn of the event loop. Each round of the loop costs
 * something of its own (polling, timers, the store's batch of writes), so starting a few dozen
 * together serves more turns per second; starting every waiting one would leave a connection
 * that opens meanwhile waiting behind all of them.
 */
export const TURNS_PER_ROUND = 32;

/**
 * Lets waiting turns start at most `TURNS_PER_ROUND` per turn of the event loop, in the order
 * they came. Without this, a busy process serves every ready connection before the loop comes
 * round again, and Node takes only one new connection per round: a client that connects while
 * fifty others are served waited seconds for its first answer. The turns started together run
 * side by side, and their writes to the store go in one batch (see the SQLite store).
 */
export class TurnPacer {
  private readonly waiting: (() => void)[] = [];
  private scheduled = false;

  constructor(private readonly perRound = TURNS_PER_ROUND) {}

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
      for (const start of this.waiting.splice(0, this.perRound)) start();
      this.schedule();
    });
  }
}
