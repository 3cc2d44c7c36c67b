import { doneSince, type Walk } from '../walk-table';

/** States no typed conversation can reach, and why: none. */
const UNREACHABLE: Record<string, string> = {};

export const walk: Walk = {
  title: 'manage licenses of a deal',
  redelivery: 'its redelivery updates the licenses once',
  unreachable: UNREACHABLE,
  user: 'gus',
  scripts: [
    [
      'isv-licenses',
      'nothing',
      'D-1002',
      'foo',
      'retry',
      'other-deal',
      'D-1001',
      'foo',
      'add',
      'foo',
      'back',
      'add',
      'premium',
      'lots',
      '5',
      'change standard',
      '12',
      'update',
      'foo',
      'back',
      'update',
      'yes',
    ],
    ['manage licenses of D-1002', 'stop-here'],
  ],
  check: async (pc, since) => {
    expect(await doneSince(pc, since)).toEqual(['isv-update-licenses D-1001']);
    expect(await pc.isv.licenses('D-1001')).toEqual({ standard: 12, premium: 5 });
    expect(await pc.isv.licenses('D-1002')).toEqual({});
  },
  met: (report) => {
    // The kill between the change's commit and the turn's save: see kill-effect-window.test.ts.
    expect(report.redeliveryAnsweredAtOnce).toBe(true);
    expect(report.killedInFlight).toEqual(expect.arrayContaining(['loading', 'loadingDeal', 'updating']));
    expect(report.lastReplies[0]).toMatch(/The licenses of deal D-1001 \(Fabrikam Pty\) are updated/);
  },
};
