import type { Walk } from '../reliability/walk-table';

/** The test procedure's crash walk, found by the runner as any procedure's is. */
export const walk: Walk = {
  title: 'ring the test bell',
  redelivery: 'its redelivery rings the bell',
  unreachable: {},
  user: 'ada',
  scripts: [
    ['test-bell', 'zzz', 'contoso', 'nothing', 'again', 'fabrikam', 'finish'],
    ['ring the test bell', 'northwind', 'finish'],
  ],
  check: async (pc, since) => {
    // Read only: the bell changes nothing in Partner Center.
    expect(await pc.activity.list(since, new Date(Date.now() + 60_000))).toEqual([]);
  },
  met: (report) => {
    expect(report.killedInFlight).toContain('looking');
    expect(report.killedAtRest).toEqual(expect.arrayContaining(['ask', 'rung']));
    expect(report.lastReplies).toEqual([
      expect.stringMatching(/The bell is quiet again/),
      expect.stringMatching(/The bell is quiet again/),
    ]);
  },
};
