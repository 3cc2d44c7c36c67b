import { crashWalk } from './kill-walk';

jest.setTimeout(120_000);

/** States no typed conversation can reach, and why: none. */
const UNREACHABLE: Record<string, string> = {};

describe('SIGKILL at every state of "manage licenses of a deal"', () => {
  it('loses at most the turn in flight, and its redelivery updates the licenses once', async () => {
    const before = Date.now() - 1000;
    const report = await crashWalk({
      procedure: 'isv-licenses',
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
      check: async (pc) => {
        const log = await pc.activity.list(new Date(before), new Date(Date.now() + 60_000));
        expect(log.filter((r) => r.outcome === 'done').map((r) => `${r.action} ${r.subject}`)).toEqual(['isv-update-licenses D-1001']);
        expect(await pc.isv.licenses('D-1001')).toEqual({ standard: 12, premium: 5 });
        expect(await pc.isv.licenses('D-1002')).toEqual({});
      },
    });
    // The kill between the change's commit and the turn's save: see kill-effect-window.test.ts.
    expect(report.redeliveryAnsweredAtOnce).toBe(true);
    expect(report.killedInFlight).toEqual(expect.arrayContaining(['loading', 'loadingDeal', 'updating']));
    expect(report.lastReplies[0]).toMatch(/The licenses of deal D-1001 \(Fabrikam Pty\) are updated/);
    expect(report.states.filter((s) => !report.visited.has(s)).sort()).toEqual(Object.keys(UNREACHABLE).sort());
  });
});
