import type { Walk } from '../walk-table';

/** States no typed conversation can reach, and why: none. */
const UNREACHABLE: Record<string, string> = {};

export const walk: Walk = {
  title: 'activity log',
  redelivery: 'its redelivery shows the log without changing anything',
  unreachable: UNREACHABLE,
  user: 'gus',
  scripts: [
    ['activity-log', 'yesterday-ish', 'last 7 days', 'foo', 'other dates', '2020-01-01 to 2020-01-31', 'last 7 days', 'finish'],
    ['activity log last 7 days', 'done'],
  ],
  check: async (pc, since) => {
    expect(await pc.activity.list(since, new Date(Date.now() + 60_000))).toEqual([]);
  },
  met: (report) => {
    expect(report.killedInFlight).toContain('loading');
    expect(report.killedAtRest).toEqual(expect.arrayContaining(['askRange', 'show']));
  },
};
