import { crashWalk } from './kill-walk';

jest.setTimeout(120_000);

/** States no typed conversation can reach, and why: none. */
const UNREACHABLE: Record<string, string> = {};

describe('SIGKILL at every state of "activity log"', () => {
  it('loses at most the turn in flight, and its redelivery shows the log without changing anything', async () => {
    const before = Date.now() - 1000;
    const report = await crashWalk({
      procedure: 'activity-log',
      user: 'gus',
      scripts: [
        ['activity-log', 'yesterday-ish', 'last 7 days', 'foo', 'other dates', '2020-01-01 to 2020-01-31', 'last 7 days', 'finish'],
        ['activity log last 7 days', 'done'],
      ],
      check: async (pc) => {
        expect(await pc.activity.list(new Date(before), new Date(Date.now() + 60_000))).toEqual([]);
      },
    });
    expect(report.killedInFlight).toContain('loading');
    expect(report.killedAtRest).toEqual(expect.arrayContaining(['askRange', 'show']));
    expect(report.states.filter((s) => !report.visited.has(s)).sort()).toEqual(Object.keys(UNREACHABLE).sort());
  });
});
