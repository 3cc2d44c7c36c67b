import type { Walk } from '../walk-table';

/** States no typed conversation can reach, and why. */
const UNREACHABLE: Record<string, string> = {
  stopped: 'only when the user loses their role between the confirmation and the creation (a change in Partner Center, not a message)',
};

export const walk: Walk = {
  title: 'open a support request',
  redelivery: 'its redelivery opens one request',
  unreachable: UNREACHABLE,
  user: 'ada',
  scripts: [
    [
      'support-request',
      'x',
      'zzz unknown',
      'Contoso',
      'contoso.com',
      'order 4719',
      '4719',
      '6b1e4c1a-2f0d-4c53-9a37-0d5b8e6f1a99',
      'lots',
      '100',
      '2',
      'abc',
      'ok',
      'oops',
      'Half of the licenses were never used.',
      '+46 8 123 456 78',
      'change-impact',
      '3',
      'change-title',
      'Partial refund please',
      'change-reason',
      'The licenses were never assigned to anyone.',
      'change-amount',
      '90',
      'change-contact',
      '+46 8 123 456 79',
      'submit',
    ],
  ],
  check: async (pc, since) => {
    const log = await pc.activity.list(since, new Date(Date.now() + 60_000));
    expect(log.filter((r) => r.action === 'support-request' && r.outcome === 'done')).toHaveLength(1);
  },
  met: (report) => {
    // The kill between the change's commit and the turn's save: see kill-effect-window.test.ts.
    expect(report.redeliveryAnsweredAtOnce).toBe(true);
    expect(report.killedInFlight).toContain('creating');
  },
};
