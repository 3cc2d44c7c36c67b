import { TurnPacer } from '../../bot/turn-pacer';

describe('turns waiting to start', () => {
  it('start in the order they came, each on its own turn of the event loop', async () => {
    const pacer = new TurnPacer();
    const started: number[] = [];
    const turns = [1, 2, 3].map((i) => pacer.next().then(() => started.push(i)));
    await Promise.resolve();
    // Nothing starts before the loop comes round (connections waiting to be taken get their chance).
    expect(started).toEqual([]);
    await turns[0];
    expect(started).toEqual([1]);
    await turns[1];
    expect(started).toEqual([1, 2]);
    await turns[2];
    expect(started).toEqual([1, 2, 3]);
  });

  it('a turn asking later, when none waits, starts at once on the next round', async () => {
    const pacer = new TurnPacer();
    await pacer.next();
    let started = false;
    const later = pacer.next().then(() => (started = true));
    await new Promise((ok) => setImmediate(ok));
    await later;
    expect(started).toBe(true);
  });
});
