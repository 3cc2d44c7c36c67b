/** Injectable time source: the sandbox and the rules never read the system clock directly. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that tests move by hand. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(d: Date): void {
    this.current = new Date(d.getTime());
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/**
 * The sandbox's clock in local mode: another clock (the system's) moved by an offset that a
 * person can change, so that a 4-hour wait or a 2-week link expiry can be seen at once.
 */
export class OffsetClock implements Clock {
  constructor(
    private readonly base: Clock,
    private offset = 0,
  ) {}
  now(): Date {
    return new Date(this.base.now().getTime() + this.offset);
  }
  get offsetMs(): number {
    return this.offset;
  }
  /** Moves the clock forward (or back, with a negative value). */
  advance(ms: number): void {
    this.offset += ms;
  }
  setOffset(ms: number): void {
    this.offset = ms;
  }
}
