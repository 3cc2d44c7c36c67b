import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock';
import type { ActivityRecord, Customer, PartnerUser, Role, SoftwareProduct, SoftwarePurchase } from '../model';
import type {
  ActivityApi,
  CancelOutcome,
  CustomersApi,
  DirectoryApi,
  Page,
  PageOptions,
  PartnerCenter,
  RecentPurchases,
  SideEffect,
  SoftwareApi,
} from '../partner-center';
import { rankCustomers } from '../find/customers';
import { cancellationCredit, checkCancellation } from '../rules/cancellation';
import { checkRoles, type Permission } from '../rules/roles';
import { resolveSeedDate, type Seed } from './seed-schema';
import { SandboxStore, type KeyValueStore, type StoreBackend } from './store';
import { SandboxIsv } from './isv';
import { SandboxSoftwareSales, seedSoftware } from './software-sales';
import { SandboxCsp } from './csp';

/** Bump when the demo data changes shape, so that an old sandbox is seeded anew. */
const SEED_GENERATION = 2;

/** The embedded Partner Center: the default, so that everything runs on a fresh machine. */
export class SandboxPartnerCenter implements PartnerCenter {
  readonly store: SandboxStore;
  readonly directory: DirectoryApi;
  readonly customers: CustomersApi;
  readonly software: SoftwareApi;
  readonly isv: SandboxIsv;
  readonly softwareSales: SandboxSoftwareSales;
  readonly csp: SandboxCsp;
  readonly activity: ActivityApi;

  constructor(
    kv: KeyValueStore,
    readonly clock: Clock,
    backend?: StoreBackend,
  ) {
    this.store = new SandboxStore(kv, backend);
    this.directory = new SandboxDirectory(this.store);
    this.customers = new SandboxCustomers(this.store);
    this.activity = new SandboxActivity(this.store, clock);
    this.software = new SandboxSoftware(this.store, clock, this.directory, this.activity);
    this.isv = new SandboxIsv(this.store, clock, this.directory, this.activity);
    this.softwareSales = new SandboxSoftwareSales(this.store, clock, this.directory, this.activity);
    this.csp = new SandboxCsp(this.store, clock, this.directory, this.activity);
  }

  /** A turn's reads as one session of the store's read cache (a property: the engine may call it through a proxy). */
  readonly session = <T>(task: () => Promise<T>, opened?: ReadonlyMap<string, unknown>): Promise<T> => this.store.session(task, opened);

  /** Loads the seed unless this store already holds one of the same generation. */
  async seed(seed: Seed, options: { force?: boolean } = {}): Promise<boolean> {
    const marker = await this.store.get<number>('seeded');
    if (marker === SEED_GENERATION && !options.force) {
      await this.store.markGeneration();
      return false;
    }
    const now = this.clock.now();
    for (const u of seed.users) await this.store.set(`user:${u.id}`, u);
    for (const u of seed.users) for (const c of u.channelIds) await this.store.set(`channel-user:${c}`, u.id);
    await this.store.set(
      'index:users',
      seed.users.map((u) => u.id),
    );
    for (const c of seed.customers) await this.store.set(`customer:${c.id}`, c);
    await this.store.set(
      'index:customers',
      seed.customers.map((c) => c.id),
    );
    for (const p of seed.products) await this.store.set(`product:${p.id}`, p);
    await this.store.set(
      'index:products',
      seed.products.map((p) => p.id),
    );
    const byCustomer = new Map<string, string[]>();
    const purchases = seed.purchases.map((p): SoftwarePurchase => ({ ...p, purchasedAt: resolveSeedDate(p.purchasedAt, now) }));
    for (const p of purchases) {
      await this.store.set(`purchase:${p.orderId}`, p);
      byCustomer.set(p.customerId, [...(byCustomer.get(p.customerId) ?? []), p.orderId]);
    }
    for (const c of seed.customers) {
      await this.store.set(`index:purchases:${c.id}`, byCustomer.get(c.id) ?? []);
      // Per product, the oldest first, as orders placed later are added.
      const own = purchases.filter((p) => p.customerId === c.id).sort((a, b) => a.purchasedAt.localeCompare(b.purchasedAt));
      const products = [...new Set(own.map((p) => p.productId))];
      for (const product of products)
        await this.store.set(
          `index:purchases:${c.id}:${product}`,
          own.filter((p) => p.productId === product).map((p) => p.orderId),
        );
      await this.store.set(`index:purchased-products:${c.id}`, products);
    }
    await this.csp.seed(
      seed.csp,
      seed.customers.map((c) => c.id),
    );
    await seedSoftware(this.store, seed.products, seed.software);
    await this.store.set('publisherId', seed.publisherId);
    if (seed.isv) await this.isv.seed(seed.isv, now);
    await this.store.set('seeded', SEED_GENERATION);
    return true;
  }
}

class SandboxDirectory implements DirectoryApi {
  constructor(private readonly store: SandboxStore) {}
  async userByChannelId(channelUserId: string): Promise<PartnerUser | undefined> {
    const id = await this.store.get<string>(`channel-user:${channelUserId}`);
    return id ? this.user(id) : undefined;
  }
  user(id: string): Promise<PartnerUser | undefined> {
    return this.store.get<PartnerUser>(`user:${id}`);
  }
  async setRoles(id: string, roles: Role[]): Promise<void> {
    const user = await this.user(id);
    if (!user) throw new Error(`no partner user ${id}`);
    await this.store.set(`user:${id}`, { ...user, roles });
  }
}

class SandboxCustomers implements CustomersApi {
  constructor(private readonly store: SandboxStore) {}
  async list(): Promise<Customer[]> {
    return this.store.getMany<Customer>((await this.store.index('customers')).map((id) => `customer:${id}`));
  }
  get(id: string): Promise<Customer | undefined> {
    return this.store.get<Customer>(`customer:${id}`);
  }
  async search(query: string, options: PageOptions = {}): Promise<Page<Customer>> {
    return pageOf(
      rankCustomers(query, await this.list(), Number.MAX_SAFE_INTEGER).map((m) => m.item),
      options,
    );
  }
  async page(options: PageOptions = {}): Promise<Page<Customer>> {
    const all = await this.list();
    return pageOf(
      [...all].sort((a, b) => a.name.localeCompare(b.name)),
      options,
    );
  }
}

/** The continuation token of the sandbox is the offset of the next page. */
function pageOf<T>(all: readonly T[], { size = 100, continuation }: PageOptions): Page<T> {
  const from = Math.max(0, Number.parseInt(continuation ?? '0', 10) || 0);
  const to = from + Math.max(1, Math.min(size, 500));
  return { items: all.slice(from, to), total: all.length, ...(to < all.length ? { continuation: String(to) } : {}) };
}

class SandboxActivity implements ActivityApi {
  constructor(
    private readonly store: SandboxStore,
    private readonly clock: Clock,
  ) {}
  record(entry: Omit<ActivityRecord, 'id' | 'at'>): Promise<ActivityRecord> {
    // The day's bucket is read and written back: alone, so that no entry is lost.
    return this.store.exclusive(() => this.append(entry));
  }

  /**
   * One record per entry (`activity:<day>:<n>`) and the day's count (`activity-count:<day>`),
   * written together: an entry costs the same however long the day's log already is.
   */
  private async append(entry: Omit<ActivityRecord, 'id' | 'at'>): Promise<ActivityRecord> {
    const at = this.clock.now();
    const record: ActivityRecord = { ...entry, id: randomUUID(), at: at.toISOString() };
    // One count per day keeps a date-range query to the days it spans.
    const day = record.at.slice(0, 10);
    const n = (await this.store.get<number>(`activity-count:${day}`)) ?? 0;
    await this.store.setAll([
      [`activity:${day}:${n}`, record],
      [`activity-count:${day}`, n + 1],
    ]);
    return record;
  }
  async list(from: Date, to: Date): Promise<ActivityRecord[]> {
    const out: ActivityRecord[] = [];
    const first = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
    for (let d = first; d <= to.getTime(); d += 86_400_000) {
      const day = new Date(d).toISOString().slice(0, 10);
      // A day written before entries had records of their own is one list (`activity:<day>`).
      const [legacy, count] = await this.store.getMaybe<[ActivityRecord[] | undefined, number | undefined]>([
        `activity:${day}`,
        `activity-count:${day}`,
      ]);
      const entries = count
        ? await this.store.getMany<ActivityRecord>(Array.from({ length: count }, (_, i) => `activity:${day}:${i}`))
        : [];
      for (const r of [...(legacy ?? []), ...entries])
        if (Date.parse(r.at) >= from.getTime() && Date.parse(r.at) <= to.getTime()) out.push(r);
    }
    return out;
  }
}

class SandboxSoftware implements SoftwareApi {
  constructor(
    private readonly store: SandboxStore,
    private readonly clock: Clock,
    private readonly directory: DirectoryApi,
    private readonly activity: ActivityApi,
  ) {}
  product(id: string): Promise<SoftwareProduct | undefined> {
    return this.store.get<SoftwareProduct>(`product:${id}`);
  }
  async purchases(customerId: string): Promise<SoftwarePurchase[]> {
    return this.store.getMany<SoftwarePurchase>((await this.store.index(`purchases:${customerId}`)).map((id) => `purchase:${id}`));
  }
  purchase(orderId: string): Promise<SoftwarePurchase | undefined> {
    return this.store.get<SoftwarePurchase>(`purchase:${orderId}`);
  }
  /** From the per-product order lists (`index:purchases:<customer>:<product>`, the oldest first); a sandbox seeded before them has none. */
  async recentPurchases(customerId: string, perProduct: number): Promise<RecentPurchases | undefined> {
    const products = await this.store.get<string[]>(`index:purchased-products:${customerId}`);
    if (!products) return undefined;
    const lists = await this.store.getMaybe<(string[] | undefined)[]>(products.map((p) => `index:purchases:${customerId}:${p}`));
    const counts: Record<string, number> = {};
    for (const [i, p] of products.entries()) counts[p] = lists[i]?.length ?? 0;
    const recent = lists.flatMap((ids) => (ids ?? []).slice(-perProduct));
    return { counts, purchases: await this.store.getMany<SoftwarePurchase>(recent.map((id) => `purchase:${id}`)) };
  }

  cancel(orderId: string, effect: SideEffect): Promise<CancelOutcome> {
    return this.store.once(effect.idempotencyKey, async () => {
      const outcome = await this.cancelNow(orderId, effect);
      await this.activity.record({
        userId: effect.userId,
        userName: (await this.directory.user(effect.userId))?.name ?? effect.userId,
        action: 'cancel-software-purchase',
        customerId: outcome.status === 'cancelled' ? outcome.customerId : undefined,
        subject: orderId,
        outcome: outcome.status === 'cancelled' ? 'done' : 'refused',
        detail: outcome.status === 'refused' ? outcome.reason.code : outcome.status,
      });
      return outcome;
    });
  }

  private async cancelNow(orderId: string, effect: SideEffect): Promise<CancelOutcome> {
    const role = await this.authorize(effect.userId, 'cancel-software-purchase');
    if (role) return role;
    const purchase = await this.purchase(orderId);
    const product = purchase && (await this.product(purchase.productId));
    const customer = purchase && (await this.store.get<Customer>(`customer:${purchase.customerId}`));
    if (!purchase || !product || !customer) return { status: 'refused', reason: { code: 'unknown-order' } };
    const now = this.clock.now();
    const check = checkCancellation(purchase, product, now);
    if (!check.ok) return { status: 'refused', reason: check.refusal };
    if (check.needsSupportRequest) return { status: 'support-request-needed', orderId };
    const credit = cancellationCredit(purchase, product, customer.currency, now);
    const links = (await this.store.get<{ revoked?: boolean }[]>(`downloads:${orderId}`)) ?? [];
    await this.store.set(
      `downloads:${orderId}`,
      links.map((l) => ({ ...l, revoked: true })),
    );
    await this.store.set(`purchase:${orderId}`, { ...purchase, status: 'cancelled', cancelledAt: now.toISOString() });
    return {
      status: 'cancelled',
      orderId,
      customerId: customer.id,
      productName: product.name,
      cancelledAt: now.toISOString(),
      credit,
      // One product key per order (the key shown by keys and downloads covers all its licenses).
      revokedKeys: 1,
      revokedLinks: links.length,
    };
  }

  private async authorize(userId: string, permission: Permission): Promise<CancelOutcome | undefined> {
    const user = await this.directory.user(userId);
    const check = checkRoles(user?.roles ?? [], permission);
    return check.allowed ? undefined : { status: 'refused', reason: { code: 'forbidden', needed: check.needed } };
  }
}
