import type { Walk } from '../walk-table';

/** States no typed conversation can reach, and why. */
const UNREACHABLE: Record<string, string> = {
  abandoned: 'only when the user loses their role between the confirmation and the order (a change in Partner Center, not a message)',
};

export const walk: Walk = {
  title: 'new subscription',
  redelivery: 'its redelivery orders once',
  unreachable: UNREACHABLE,
  user: 'sam',
  scripts: [
    [
      'new-subscription',
      'x',
      'Contoso',
      'contoso.com',
      'monthly',
      'why-missing',
      'back',
      'Project Plan 3',
      'back',
      'why-missing',
      'Project Plan 3',
      'back',
      'Microsoft 365 Business Basic',
      'back',
      'Microsoft 365 Business Basic',
      'ten',
      '10',
      'exchange online',
      '5',
      'review',
      'change',
      'review',
      'remove Exchange Online (Plan 1)',
      'remove Microsoft 365 Business Basic',
      'Microsoft 365 Business Basic',
      '12',
      'review',
      'submit',
    ],
    ['new subscription for contoso.com', 'monthly', 'Project Plan 3', 'reactivate'],
    // With a product in the order, "reactivate" happens in place and the order goes on (last: it changes Project Plan 3).
    ['new subscription for contoso.com', 'monthly', 'Power BI Pro', '4', 'Project Plan 3', 'reactivate', 'review', 'submit'],
  ],
  check: async (pc) => {
    const log = await pc.activity.list(new Date(Date.now() - 600_000), new Date(Date.now() + 60_000));
    expect(log.filter((r) => r.action === 'new-subscription' && r.outcome === 'done')).toHaveLength(2);
    expect(log.filter((r) => r.action === 'reactivate-subscription' && r.outcome === 'done')).toHaveLength(1);
    expect((await pc.csp.subscriptions('contoso')).filter((s) => s.offerId === 'power-bi-pro').map((s) => s.quantity)).toEqual([4]);
    const subs = (await pc.csp.subscriptions('contoso')).filter((s) => s.offerId === 'm365-business-basic');
    expect(subs.map((s) => s.quantity)).toEqual([12]);
  },
  met: (report) => {
    // The kill between a change's commit and the turn's save is tried here (report.killedAfterEffectBeforeSave
    // counts it when the timing allows); kill-effect-window.test.ts covers that window deterministically.
    expect(report.redeliveryAnsweredAtOnce).toBe(true);
    expect(report.killedInFlight).toContain('submitting');
    expect(report.lastReplies[0]).toMatch(/is submitted/);
  },
};
