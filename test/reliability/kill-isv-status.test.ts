import { crashWalk } from './kill-walk';

jest.setTimeout(120_000);

/** States no typed conversation can reach, and why: none. */
const UNREACHABLE: Record<string, string> = {};

describe('SIGKILL at every state of "ISV status"', () => {
  it('loses at most the turn in flight, and its redelivery shows the status without changing anything', async () => {
    const before = Date.now() - 1000;
    const report = await crashWalk({
      procedure: 'isv-status',
      user: 'gus',
      scripts: [
        ['isv-status', 'foo', 'crm-sync', 'back', 'D-1001', 'back', 'deal:D-1002', 'done'],
        ['isv status offer field-notes', 'ok'],
      ],
      check: async (pc) => {
        const log = await pc.activity.list(new Date(before), new Date(Date.now() + 60_000));
        expect(log).toEqual([]);
        expect(await pc.isv.licenses('D-1001')).toEqual({ standard: 10 });
        expect((await pc.isv.offer('field-notes'))?.status).toBe('draft');
      },
    });
    expect(report.killedInFlight).toEqual(expect.arrayContaining(['loading', 'loadingPlans', 'loadingLicenses']));
    expect(report.states.filter((s) => !report.visited.has(s)).sort()).toEqual(Object.keys(UNREACHABLE).sort());
  });
});
