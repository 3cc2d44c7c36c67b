import Keyv from 'keyv';
import { systemClock } from '../../domain/clock';
import { DEMO_SEED } from '../../domain/sandbox/demo-seed';
import { SandboxPartnerCenter } from '../../domain/sandbox/sandbox';
import { parseSeed } from '../../domain/sandbox/seed-schema';
import { localBackend, type StoreBackend } from '../../domain/sandbox/store';

/**
 * A side effect's writes and the record of its outcome are committed in one step
 * (SandboxStore.once with the store's atomic setMany): a process killed before the commit
 * has done nothing, and the redelivered turn does it once. Changes of shared records run alone,
 * so changes made at the same moment are all kept.
 */
describe('side effects: all or nothing, and none lost to another at the same moment', () => {
  let kv: Keyv;
  let crashBeforeCommit: boolean;
  let pc: SandboxPartnerCenter;
  beforeEach(async () => {
    kv = new Keyv();
    crashBeforeCommit = false;
    const local = localBackend(kv);
    const backend: StoreBackend = {
      exclusive: local.exclusive,
      setMany: async (entries) => {
        if (crashBeforeCommit) throw new Error('killed before the commit');
        await local.setMany(entries);
      },
    };
    pc = new SandboxPartnerCenter(kv, systemClock, backend);
    const seed = parseSeed(DEMO_SEED);
    if (!seed.ok) throw new Error(seed.errors.join('; '));
    await pc.seed(seed.seed);
  });

  it('a cancellation killed before its commit left nothing, and its redelivery cancels once', async () => {
    const effect = { userId: 'ada', idempotencyKey: 'run-1:cancel:4711' };
    crashBeforeCommit = true;
    await expect(pc.software.cancel('4711', effect)).rejects.toThrow(/killed/);
    expect((await pc.software.purchase('4711'))?.status).toBe('active');
    expect(await kv.get('effect:run-1:cancel:4711')).toBeUndefined();
    crashBeforeCommit = false;
    const first = await pc.software.cancel('4711', effect);
    expect(first.status).toBe('cancelled');
    expect(await pc.software.cancel('4711', effect)).toEqual(first);
  });

  it('an order killed before its commit is placed once when redone', async () => {
    const before = (await pc.software.purchases('contoso')).length;
    const order = { customerId: 'contoso', itemId: 'office-ltsc-2024', quantity: 2 };
    const effect = { userId: 'ada', idempotencyKey: 'run-2:order:1:office-ltsc-2024:2' };
    crashBeforeCommit = true;
    await expect(pc.softwareSales.placeOrder(order, effect)).rejects.toThrow(/killed/);
    expect((await pc.software.purchases('contoso')).length).toBe(before);
    crashBeforeCommit = false;
    expect((await pc.softwareSales.placeOrder(order, effect)).status).toBe('placed');
    await pc.softwareSales.placeOrder(order, effect);
    expect((await pc.software.purchases('contoso')).length).toBe(before + 1);
  });

  it('keeps every one of 20 orders placed at the same moment, each with its own number', async () => {
    const before = (await pc.software.purchases('contoso')).length;
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        pc.softwareSales.placeOrder(
          { customerId: 'contoso', itemId: 'office-ltsc-2024', quantity: 1 },
          { userId: 'ada', idempotencyKey: `run-c${i}:order` },
        ),
      ),
    );
    expect(outcomes.every((o) => o.status === 'placed')).toBe(true);
    const purchases = await pc.software.purchases('contoso');
    expect(purchases.length).toBe(before + 20);
    expect(new Set(purchases.map((p) => p.orderId)).size).toBe(purchases.length);
  });

  it('keeps every activity-log entry written at the same moment', async () => {
    const from = new Date(Date.now() - 1000);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => pc.activity.record({ userId: 'ada', userName: 'Ada', action: `probe-${i}`, outcome: 'done' })),
    );
    const entries = (await pc.activity.list(from, new Date(Date.now() + 1000))).filter((e) => e.action.startsWith('probe-'));
    expect(entries).toHaveLength(50);
  });
});
