import { crashWalk } from './kill-walk';

jest.setTimeout(120_000);

/** States no typed conversation can reach, and why: none. */
const UNREACHABLE: Record<string, string> = {};

describe('SIGKILL at every state of "cancel a software purchase"', () => {
  it('loses at most the turn in flight, and its redelivery cancels once', async () => {
    const report = await crashWalk({
      procedure: 'cancel-software-purchase',
      user: 'ada',
      scripts: [
        [
          'cancel-software-purchase',
          'x',
          'zzz unknown',
          'Contoso',
          'contoso.com',
          'Office LTSC Professional Plus 2024',
          '9999',
          'other-product',
          '4714',
          'other-order',
          '4711',
          'other-order',
          '4711',
          'acknowledge',
          'other-order',
          '4711',
          'acknowledge',
          'confirm',
        ],
        ['cancel order 4719 for northwind', 'open-support-request'],
        ['cancel order 4714 for contoso.com', 'stop'],
      ],
      check: async (pc) => {
        expect((await pc.software.purchase('4711'))?.status).toBe('cancelled');
        expect((await pc.software.purchase('4714'))?.status).toBe('active');
        const log = await pc.activity.list(new Date(Date.now() - 600_000), new Date(Date.now() + 60_000));
        expect(log.filter((r) => r.action === 'cancel-software-purchase' && r.outcome === 'done')).toHaveLength(1);
      },
    });
    // The kill between a change's commit and the turn's save is tried here (report.killedAfterEffectBeforeSave
    // counts it when the timing allows); kill-effect-window.test.ts covers that window deterministically.
    expect(report.redeliveryAnsweredAtOnce).toBe(true);
    expect(report.killedInFlight).toContain('cancelling');
    expect(report.lastReplies[0]).toMatch(/Order 4711 .* is cancelled/);
    expect(report.states.filter((s) => !report.visited.has(s)).sort()).toEqual(Object.keys(UNREACHABLE).sort());
  });
});
