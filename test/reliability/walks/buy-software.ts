import type { Walk } from '../walk-table';

/** States no typed conversation can reach, and why. */
const UNREACHABLE: Record<string, string> = {
  stopped: 'only when the user loses their role between the confirmation and the order (a change in Partner Center, not a message)',
};

export const walk: Walk = {
  title: 'buy software',
  redelivery: 'its redelivery places one order',
  unreachable: UNREACHABLE,
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
  check: async (pc, since) => {
    const log = await pc.activity.list(since, new Date(Date.now() + 60_000));
    expect(log.filter((r) => r.action === 'buy-software' && r.outcome === 'done')).toHaveLength(1);
    const placed = (await pc.software.purchases('contoso')).filter((p) => Date.parse(p.purchasedAt) >= since.getTime());
    expect(placed).toHaveLength(1);
  },
  met: (report) => {
    // The kill between a change's commit and the turn's save is tried here (report.killedAfterEffectBeforeSave
    // counts it when the timing allows); kill-effect-window.test.ts covers that window deterministically.
    expect(report.redeliveryAnsweredAtOnce).toBe(true);
    expect(report.killedInFlight).toContain('ordering');
    expect(report.lastReplies[0]).toMatch(/placed/);
  },
};
