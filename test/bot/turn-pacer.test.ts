import { TurnPacer } from '../../bot/turn-pacer';

/** Resolves after the event loop has come round once more. */
const nextRound = () => new Promise((ok) => setImmediate(ok));

describe('turns waiting to start', () => {
  it('start in the order they came, at most so many per turn of the event loop', async () => {
    const pacer = new TurnPacer(2);
    const started: number[] = [];
    const turns = [1, 2, 3, 4, 5].map((i) => pacer.next().then(() => started.push(i)));
    await Promise.resolve();
    // Nothing starts before the loop comes round (connections waiting to be taken get their chance).
    expect(started).toEqual([]);
    await turns[0];
    expect(started).toEqual([1, 2]);
    await nextRound();
    expect(started).toEqual([1, 2, 3, 4]);
    await turns[4];
    expect(started).toEqual([1, 2, 3, 4, 5]);
  });

  it('a turn asking later, when none waits, starts at once on the next round', async () => {
    const pacer = new TurnPacer();
    await pacer.next();
    let started = false;
    const later = pacer.next().then(() => (started = true));
    await nextRound();
    await later;
    expect(started).toBe(true);
  });
});
