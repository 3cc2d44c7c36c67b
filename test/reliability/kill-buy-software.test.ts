import { crashWalk } from './kill-walk';

jest.setTimeout(120_000);

/** States no typed conversation can reach, and why. */
const UNREACHABLE: Record<string, string> = {
  stopped: 'only when the user loses their role between the confirmation and the order (a change in Partner Center, not a message)',
};

describe('SIGKILL at every state of "buy software"', () => {
  it('loses at most the turn in flight, and its redelivery places one order', async () => {
    const before = Date.now() - 1000;
    const report = await crashWalk({
      procedure: 'buy-software',
      user: 'ada',
      scripts: [
        [
          'buy-software',
          'x',
          'Contoso',
          'contoso.com',
          'Office LTSC Professional Plus 2024',
          'other-product',
          'Office LTSC Professional Plus 2024',
          'zero',
          '2',
          'change-quantity',
          '3',
          'other-product',
          'Office LTSC Professional Plus 2024',
          '2',
          'place-order',
        ],
      ],
      check: async (pc) => {
        const log = await pc.activity.list(new Date(before), new Date(Date.now() + 60_000));
        expect(log.filter((r) => r.action === 'buy-software' && r.outcome === 'done')).toHaveLength(1);
        const placed = (await pc.software.purchases('contoso')).filter((p) => Date.parse(p.purchasedAt) >= before);
        expect(placed).toHaveLength(1);
      },
    });
    // The kill between a change's commit and the turn's save is tried here (report.killedAfterEffectBeforeSave
    // counts it when the timing allows); kill-effect-window.test.ts covers that window deterministically.
    expect(report.redeliveryAnsweredAtOnce).toBe(true);
    expect(report.killedInFlight).toContain('ordering');
    expect(report.lastReplies[0]).toMatch(/placed/);
    expect(report.states.filter((s) => !report.visited.has(s)).sort()).toEqual(Object.keys(UNREACHABLE).sort());
  });
});
