import Keyv from 'keyv';
import { ManualClock } from '../../domain/clock';
import { SandboxPartnerCenter } from '../../domain/sandbox/sandbox';

const NOW = new Date('2026-11-20T10:00:00Z');
const entry = (i: number) => ({ userId: 'ada', userName: 'Ada', action: 'test', subject: `s${i}`, outcome: 'done' as const });

describe('the sandbox activity log', () => {
  it('keeps one record per entry: an append writes its entry and the day count, whatever the day already holds', async () => {
    const kv = new Keyv();
    const clock = new ManualClock(NOW);
    const pc = new SandboxPartnerCenter(kv, clock);
    for (let i = 0; i < 30; i++) await pc.activity.record(entry(i));
    expect(await kv.get('activity-count:2026-11-20')).toBe(30);
    expect(((await kv.get('activity:2026-11-20:29')) as { subject: string }).subject).toBe('s29');
    const log = await pc.activity.list(new Date(NOW.getTime() - 1000), new Date(NOW.getTime() + 1000));
    expect(log.map((r) => r.subject)).toEqual(Array.from({ length: 30 }, (_, i) => `s${i}`));
  });

  it('lists entries of several days, and the days written as one list before', async () => {
    const kv = new Keyv();
    const clock = new ManualClock(NOW);
    const pc = new SandboxPartnerCenter(kv, clock);
    await kv.set('activity:2026-11-19', [{ ...entry(0), id: 'old', at: '2026-11-19T12:00:00.000Z' }]);
    await pc.activity.record(entry(1));
    clock.set(new Date('2026-11-21T09:00:00Z'));
    await pc.activity.record(entry(2));
    const log = await pc.activity.list(new Date('2026-11-19T00:00:00Z'), new Date('2026-11-21T23:00:00Z'));
    expect(log.map((r) => r.subject)).toEqual(['s0', 's1', 's2']);
    // Only the range asked for.
    expect((await pc.activity.list(new Date('2026-11-20T00:00:00Z'), new Date('2026-11-20T23:00:00Z'))).map((r) => r.subject)).toEqual([
      's1',
    ]);
  });

  it('loses no entry when many are written at once', async () => {
    const pc = new SandboxPartnerCenter(new Keyv(), new ManualClock(NOW));
    await Promise.all(Array.from({ length: 40 }, (_, i) => pc.activity.record(entry(i))));
    const log = await pc.activity.list(new Date(NOW.getTime() - 1000), new Date(NOW.getTime() + 1000));
    expect(new Set(log.map((r) => r.subject)).size).toBe(40);
  });
});
