import Keyv from 'keyv';
import { SandboxStore, SESSION_KEYS, type KeyValueStore } from '../../domain/sandbox/store';

/** The store underneath, with the data keys it was asked for (the generation record apart). */
function counted(inner: KeyValueStore = new Keyv()) {
  const reads: string[] = [];
  let generationReads = 0;
  const note = (key: string) => (key === 'sandbox:generation' ? generationReads++ : reads.push(key));
  const kv: KeyValueStore = {
    get: (key) => {
      note(key);
      return inner.get(key);
    },
    getMany: (keys) => {
      for (const k of keys) note(k);
      return inner.getMany(keys);
    },
    set: (key, value) => inner.set(key, value),
  };
  return { kv, inner, reads, generationReads: () => generationReads };
}

describe('the sandbox read cache', () => {
  it('serves a session the records it has read already, and checks the generation once per session', async () => {
    const s = counted();
    const store = new SandboxStore(s.kv);
    await store.setAll([
      ['customer:a', { id: 'a' }],
      ['customer:b', { id: 'b' }],
    ]);
    await store.session(async () => {
      expect(await store.get('customer:a')).toEqual({ id: 'a' });
      expect(await store.get('customer:a')).toEqual({ id: 'a' });
      expect(await store.getMany(['customer:a', 'customer:b'])).toEqual([{ id: 'a' }, { id: 'b' }]);
      expect(await store.getMaybe(['customer:b', 'customer:none'])).toEqual([{ id: 'b' }, undefined]);
      expect(await store.get('customer:none')).toBeUndefined();
    });
    expect(s.reads).toEqual(['customer:a', 'customer:b', 'customer:none']);
    expect(s.generationReads()).toBe(1);
    // The next session: the generation again, the records from the cache.
    await store.session(async () => expect(await store.getMany(['customer:a', 'customer:b'])).toHaveLength(2));
    expect(s.reads).toHaveLength(3);
    expect(s.generationReads()).toBe(2);
  });

  it('reads the store itself outside a session', async () => {
    const s = counted();
    const store = new SandboxStore(s.kv);
    await store.set('customer:a', { id: 'a' });
    await store.get('customer:a');
    await store.get('customer:a');
    expect(s.reads).toEqual(['customer:a', 'customer:a']);
  });

  it("shows a session started after another process's write that write", async () => {
    const shared = new Keyv();
    const one = new SandboxStore(shared);
    const two = new SandboxStore(shared);
    await two.set('purchase:1', { status: 'active' });
    await one.session(async () => expect(await one.get('purchase:1')).toEqual({ status: 'active' }));
    await two.set('purchase:1', { status: 'cancelled' });
    await one.session(async () => expect(await one.get('purchase:1')).toEqual({ status: 'cancelled' }));
    // A write of several records, and a side effect's committed writes, as well.
    await two.setAll([['purchase:1', { status: 'active' }]]);
    await one.session(async () => expect(await one.get('purchase:1')).toEqual({ status: 'active' }));
    await two.once('k1', async () => {
      await two.set('purchase:1', { status: 'refunded' });
      return { status: 'done' };
    });
    await one.session(async () => expect(await one.get('purchase:1')).toEqual({ status: 'refunded' }));
  });

  it('shows a write of this process at once, in the same session', async () => {
    const store = new SandboxStore(new Keyv());
    await store.set('index:customers', ['a']);
    await store.session(async () => {
      expect(await store.index('customers')).toEqual(['a']);
      await store.addToIndex('customers', 'b');
      expect(await store.index('customers')).toEqual(['a', 'b']);
      await store.set('index:customers', ['c']);
      expect(await store.index('customers')).toEqual(['c']);
    });
  });

  it("checks the generation again at the start of an exclusive section: its check sees another process's write", async () => {
    const shared = new Keyv();
    const one = new SandboxStore(shared);
    const two = new SandboxStore(shared);
    await one.set('activity-count:d', 1);
    await one.session(async () => {
      expect(await one.get('activity-count:d')).toBe(1);
      await two.set('activity-count:d', 2);
      expect(await one.exclusive(() => one.get('activity-count:d'))).toBe(2);
    });
  });

  it('keeps no read that was in flight when this process wrote', async () => {
    const inner = new Keyv();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    // The read of `x` returns what was stored when it was asked, and answers only after the gate opens.
    const slow: KeyValueStore = {
      get: async (key) => {
        const value = await inner.get(key);
        if (key === 'x') await gate;
        return value;
      },
      getMany: (keys) => inner.getMany(keys),
      set: (key, value) => inner.set(key, value),
    };
    const store = new SandboxStore(slow);
    await store.set('x', 'old');
    await store.session(async () => {
      await store.get('y');
      const inFlight = store.get('x');
      await store.set('x', 'new');
      // Another turn of this process checks the new generation before the old read answers.
      await store.session(() => store.get('y'));
      release();
      expect(await inFlight).toBe('old');
    });
    await store.session(async () => expect(await store.get('x')).toBe('new'));
  });

  it('holds at most as many records as it was given room for, the least recently used going first', async () => {
    const s = counted();
    const store = new SandboxStore(s.kv, undefined, { cacheEntries: 3 });
    await store.setAll(Array.from({ length: 10 }, (_, i): [string, unknown] => [`k${i}`, i]));
    await store.session(async () => {
      for (let i = 0; i < 10; i++) await store.get(`k${i}`);
      s.reads.length = 0;
      // k7 used last of all: k8 is the least recently used now.
      await store.get('k7');
      await store.get('k0');
      expect(s.reads).toEqual(['k0']);
      await store.get('k9');
      await store.get('k8');
      expect(s.reads).toEqual(['k0', 'k8']);
    });
  });

  it('keeps a record read between every new one, however many come', async () => {
    const s = counted();
    const store = new SandboxStore(s.kv, undefined, { cacheEntries: 3 });
    await store.setAll(Array.from({ length: 40 }, (_, i): [string, unknown] => [`k${i}`, i]));
    await store.session(async () => {
      for (let i = 1; i < 40; i++) {
        expect(await store.get('k0')).toBe(0);
        expect(await store.get(`k${i}`)).toBe(i);
      }
    });
    expect(s.reads.filter((k) => k === 'k0')).toEqual(['k0']);
    expect(s.reads).toHaveLength(40);
  });

  it('hands out records no caller can change for the others', async () => {
    const store = new SandboxStore(new Keyv());
    await store.set('customer:a', { id: 'a', domains: ['a.com'] });
    const first = await store.session(() => store.get<{ id: string; domains: string[] }>('customer:a'));
    expect(() => {
      first!.id = 'changed';
    }).toThrow(TypeError);
    expect(() => first!.domains.push('b.com')).toThrow(TypeError);
    const again = await store.session(() => store.get('customer:a'));
    expect(again).toEqual({ id: 'a', domains: ['a.com'] });
  });

  it('keeps nothing while the store has no generation recorded (a sandbox written before there were any)', async () => {
    const s = counted();
    await s.inner.set('customer:a', { id: 'a' });
    const store = new SandboxStore(s.kv);
    await store.session(async () => {
      await store.get('customer:a');
      await store.get('customer:a');
    });
    expect(s.reads).toEqual(['customer:a', 'customer:a']);
    await store.markGeneration();
    await store.session(async () => {
      await store.get('customer:a');
      await store.get('customer:a');
    });
    expect(s.reads).toHaveLength(3);
  });

  it('starts a session from the generation its caller read along, and still sees what another process wrote before', async () => {
    const s = counted();
    const one = new SandboxStore(s.kv);
    const two = new SandboxStore(s.inner);
    await two.set('purchase:1', { status: 'active' });
    // What a turn reads as it takes its lock, in the same trip to the store.
    const opening = async () => new Map(await Promise.all(SESSION_KEYS.map(async (k) => [k, await s.inner.get(k)] as const)));
    await one.session(async () => expect(await one.get('purchase:1')).toEqual({ status: 'active' }), await opening());
    await one.session(async () => expect(await one.get('purchase:1')).toEqual({ status: 'active' }), await opening());
    expect(s.reads).toEqual(['purchase:1']);
    expect(s.generationReads()).toBe(0);
    // Another process's write before the opening was read: the new generation empties the cache.
    await two.set('purchase:1', { status: 'cancelled' });
    await one.session(async () => expect(await one.get('purchase:1')).toEqual({ status: 'cancelled' }), await opening());
    expect(s.reads).toEqual(['purchase:1', 'purchase:1']);
    // An opening without the generation (another caller's keys): the session reads it itself.
    await one.session(async () => expect(await one.get('purchase:1')).toEqual({ status: 'cancelled' }), new Map());
    expect(s.generationReads()).toBe(1);
  });

  it('reads idempotency records afresh (they expire in the store)', async () => {
    const s = counted();
    const store = new SandboxStore(s.kv);
    await store.set('effect:k', { outcome: 1 });
    await store.session(async () => {
      await store.get('effect:k');
      await store.get('effect:k');
    });
    expect(s.reads).toEqual(['effect:k', 'effect:k']);
  });

  it('serves concurrent sessions and sections their own writes, and leaves no section behind', async () => {
    const kv = new Keyv();
    const store = new SandboxStore(kv);
    await store.set('index:x', []);
    // Side effects asked for at once (each runs alone, in turn): each one's writes are its own until committed.
    const effects = ['a', 'b', 'c'].map((id) =>
      store.session(() =>
        store.once(`k-${id}`, async () => {
          await store.set(`item:${id}`, id);
          expect(await store.get(`item:${id}`)).toBe(id);
          // Not in the store until the effect commits, with its outcome.
          expect(await kv.get(`item:${id}`)).toBeUndefined();
          await store.addToIndex('x', id);
          return { status: 'done' };
        }),
      ),
    );
    await Promise.all(effects);
    expect((await store.index('x')).sort()).toEqual(['a', 'b', 'c']);
    // Outside any section, a write is written at once (not kept for a commit that will not come).
    await store.set('item:z', 'z');
    expect(await kv.get('item:z')).toBe('z');
  });
});
