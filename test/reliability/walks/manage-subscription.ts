import { doneSince, type Walk } from '../walk-table';

const STANDARD = 'a0c1e2d3-0003-4b5c-8d6e-7f8091a2b303';
const EXO = 'a0c1e2d3-0004-4b5c-8d6e-7f8091a2b304';
const ARCHIVING = 'a0c1e2d3-0005-4b5c-8d6e-7f8091a2b305';

/** States no typed conversation can reach, and why. */
const UNREACHABLE: Record<string, string> = {
  abandoned: 'only when the user loses their role between the confirmation and the change (a change in Partner Center, not a message)',
};

export const walk: Walk = {
  title: 'manage a subscription',
  redelivery: 'its redelivery changes the subscription once',
  unreachable: UNREACHABLE,
  user: 'ada',
  scripts: [
    [
      'manage-subscription',
      'x',
      'zzz unknown',
      'Contoso',
      'contoso.com',
      'nothing',
      'Microsoft 365 Business Standard',
      'foo',
      'add-on',
      'back',
      'other',
      'Microsoft 365 Business Standard',
      'add-on',
      'teams premium',
      '21',
      '20',
      'back',
      'quantity',
      '0',
      '25',
      'confirm',
    ],
    ['manage a subscription for northwindtraders.com', 'contoso.com', 'Exchange Online (Plan 1)', 'suspend', 'confirm'],
  ],
  check: async (pc, since) => {
    expect((await doneSince(pc, since)).sort()).toEqual([`change-subscription-quantity ${STANDARD}`, `suspend-subscription ${EXO}`]);
    expect((await pc.csp.subscription(STANDARD))?.quantity).toBe(25);
    expect((await pc.csp.subscription(EXO))?.status).toBe('suspended');
    expect((await pc.csp.subscription(ARCHIVING))?.status).toBe('suspended');
    expect((await pc.csp.subscriptions('contoso')).filter((s) => s.offerId === 'teams-premium')).toEqual([]);
  },
  met: (report) => {
    // The kill between the change's commit and the turn's save: see kill-effect-window.test.ts.
    expect(report.redeliveryAnsweredAtOnce).toBe(true);
    expect(report.killedInFlight).toContain('working');
    expect(report.lastReplies[0]).toMatch(/Microsoft 365 Business Standard now has 25 licenses/);
    expect(report.lastReplies[1]).toMatch(/Exchange Online \(Plan 1\) is suspended/);
  },
};
