import { createHash, randomUUID } from 'node:crypto';
import type { Clock } from '../clock';
import type { Customer, Role, SoftwareProduct, SoftwarePurchase } from '../model';
import type { ActivityApi, DirectoryApi, SideEffect } from '../partner-center';
import { cancellationPolicy } from '../rules/cancellation';
import { checkRoles, type Permission } from '../rules/roles';
import { reservationEligibility, QuantitySchema, type CatalogItem, type DownloadOptions, type ReservationOffer } from '../software/catalog';
import { LINK_HOLDER, linkStatus, type DownloadLink } from '../software/links';
import type { DownloadOutcome, KeysOutcome, KeysRequest, OrderOutcome, SoftwareSalesApi, SupportRequestOutcome } from '../software/port';
import {
  amountProblem,
  CANCELLATION_PROBLEM_TYPE,
  SupportRequestInputSchema,
  supportDescription,
  type SupportRequest,
  type SupportRequestInput,
} from '../software/support-request';
import { taxBasis } from '../software/tax';
import { DEMO_RESERVATIONS, downloadsFor, type SoftwareSeed } from './software-catalog';
import type { SandboxStore } from './store';

/** Where the sandbox's download links point: the assistant's local download route. */
export const SANDBOX_DOWNLOAD_BASE = 'http://127.0.0.1:3978/sandbox/download/';

const FIRST_ORDER_NUMBER = 7001;

interface ReservationOrder {
  orderId: string;
  customerId: string;
  reservationId: string;
  quantity: number;
  amount: number;
  purchasedAt: string;
}

/** Stores the software section of a seed: the reservations on offer and each product's downloads. */
export async function seedSoftware(store: SandboxStore, products: SoftwareProduct[], seed: SoftwareSeed | undefined): Promise<void> {
  await store.set('software:reservations', seed?.reservations ?? DEMO_RESERVATIONS);
  for (const p of products) await store.set(`software:downloads:${p.id}`, downloadsFor(p, seed) ?? null);
}

/** Catalog, orders, keys, download links and support requests of the sandbox Partner Center. */
export class SandboxSoftwareSales implements SoftwareSalesApi {
  /** Where the sandbox's download links point: set to the server's address once it listens. */
  downloadBase = SANDBOX_DOWNLOAD_BASE;

  constructor(
    private readonly store: SandboxStore,
    private readonly clock: Clock,
    private readonly directory: DirectoryApi,
    private readonly activity: ActivityApi,
  ) {}

  async catalog(customerId: string): Promise<CatalogItem[]> {
    const customer = await this.customer(customerId);
    if (!customer) return [];
    const basis = taxBasis(customer.market);
    const products = await this.store.getMany<SoftwareProduct>((await this.store.index('products')).map((id) => `product:${id}`));
    const software: CatalogItem[] = products.map((p) => ({
      id: p.id,
      kind: 'software',
      name: p.name,
      publisher: p.publisher,
      unitPrice: p.price,
      currency: customer.currency,
      taxBasis: basis,
      termDays: p.termDays,
      hybridBenefit: p.id.startsWith('windows-server'),
      cancellation: cancellationPolicy(p),
      downloads: p.kind !== 'azure-software-plan',
    }));
    // Reservations stay in the catalog whatever the market: the procedure says why they can't be sold.
    const reservations: CatalogItem[] = (await this.reservations()).map((r) => ({
      id: r.id,
      kind: 'azure-reservation',
      name: r.name,
      publisher: 'Microsoft',
      unitPrice: r.price,
      currency: customer.currency,
      taxBasis: basis,
      termYears: r.termYears,
      hybridBenefit: r.hybridBenefit,
    }));
    return [...software, ...reservations];
  }

  placeOrder(order: { customerId: string; itemId: string; quantity: number }, effect: SideEffect): Promise<OrderOutcome> {
    return this.store.once(effect.idempotencyKey, async () => {
      const outcome = await this.orderNow(order, effect);
      await this.activity.record({
        userId: effect.userId,
        userName: await this.userName(effect.userId),
        action: 'buy-software',
        customerId: order.customerId,
        subject: outcome.status === 'placed' ? `${outcome.orderId} ${outcome.itemName}` : order.itemId,
        outcome: outcome.status === 'placed' ? 'done' : 'refused',
        detail: outcome.status === 'placed' ? `${outcome.quantity} × ${outcome.itemId}` : outcome.reason.code,
      });
      return outcome;
    });
  }

  private async orderNow(order: { customerId: string; itemId: string; quantity: number }, effect: SideEffect): Promise<OrderOutcome> {
    const forbidden = await this.authorize(effect.userId, 'buy-software');
    if (forbidden) return { status: 'refused', reason: forbidden };
    const customer = await this.customer(order.customerId);
    if (!customer) return { status: 'refused', reason: { code: 'unknown-customer' } };
    if (!QuantitySchema.safeParse(order.quantity).success) return { status: 'refused', reason: { code: 'bad-quantity' } };
    // Software and Azure reservations are sold on behalf of commercial customers only (seed 004).
    if (customer.type !== 'commercial') return { status: 'refused', reason: { code: 'customer-type', type: customer.type } };
    const item = (await this.catalog(customer.id)).find((i) => i.id === order.itemId);
    if (!item) return { status: 'refused', reason: { code: 'unknown-item' } };
    if (item.kind === 'azure-reservation') {
      const eligible = reservationEligibility(customer);
      if (!eligible.ok) {
        return eligible.reason === 'market'
          ? { status: 'refused', reason: { code: 'reservation-market', market: eligible.market, names: eligible.names } }
          : { status: 'refused', reason: { code: 'reservation-customer-type', type: eligible.type } };
      }
    }
    const orderId = await this.nextOrderId();
    const purchasedAt = this.clock.now().toISOString();
    const amount = Math.round(item.unitPrice * order.quantity * 100) / 100;
    if (item.kind === 'software') {
      const purchase: SoftwarePurchase = {
        orderId,
        customerId: customer.id,
        productId: item.id,
        quantity: order.quantity,
        amount,
        purchasedAt,
        status: 'active',
        needsSupportRequest: false,
      };
      await this.store.set(`purchase:${orderId}`, purchase);
      await this.store.addToIndex(`purchases:${customer.id}`, orderId);
      // The per-product lists, where the sandbox has them (seeded since they exist).
      if (await this.store.get(`index:purchased-products:${customer.id}`)) {
        await this.store.addToIndex(`purchased-products:${customer.id}`, item.id);
        await this.store.addToIndex(`purchases:${customer.id}:${item.id}`, orderId);
      }
    } else {
      const reservation: ReservationOrder = {
        orderId,
        customerId: customer.id,
        reservationId: item.id,
        quantity: order.quantity,
        amount,
        purchasedAt,
      };
      await this.store.set(`reservation-order:${orderId}`, reservation);
      await this.store.addToIndex(`reservation-orders:${customer.id}`, orderId);
    }
    return {
      status: 'placed',
      orderId,
      customerId: customer.id,
      itemId: item.id,
      itemName: item.name,
      kind: item.kind,
      quantity: order.quantity,
      amount,
      currency: customer.currency,
      taxBasis: item.taxBasis,
      purchasedAt,
    };
  }

  async downloadOptions(productId: string): Promise<DownloadOptions | undefined> {
    return (await this.store.get<DownloadOptions | null>(`software:downloads:${productId}`)) ?? undefined;
  }

  keysAndDownloads(request: KeysRequest, effect: SideEffect): Promise<KeysOutcome> {
    return this.store.once(effect.idempotencyKey, async () => {
      const outcome = await this.serially(`downloads:${request.orderId}`, () => this.keysNow(request, effect));
      const purchase = await this.store.get<SoftwarePurchase>(`purchase:${request.orderId}`);
      await this.activity.record({
        userId: effect.userId,
        userName: await this.userName(effect.userId),
        action: 'software-key-access',
        customerId: purchase?.customerId,
        subject: request.orderId,
        outcome: outcome.status === 'ok' ? 'done' : 'refused',
        detail: outcome.status === 'ok' ? `${request.version}, ${request.language}, ${request.fileType}` : outcome.reason.code,
      });
      return outcome;
    });
  }

  private async keysNow(request: KeysRequest, effect: SideEffect): Promise<KeysOutcome> {
    const forbidden = await this.authorize(effect.userId, 'keys-and-downloads');
    if (forbidden) return { status: 'refused', reason: forbidden };
    const purchase = await this.store.get<SoftwarePurchase>(`purchase:${request.orderId}`);
    const product = purchase && (await this.store.get<SoftwareProduct>(`product:${purchase.productId}`));
    if (!purchase || !product) return { status: 'refused', reason: { code: 'unknown-order' } };
    if (purchase.status === 'cancelled') return { status: 'refused', reason: { code: 'cancelled' } };
    const options = await this.downloadOptions(product.id);
    if (!options) return { status: 'refused', reason: { code: 'no-downloads' } };
    if (
      !options.versions.includes(request.version) ||
      !options.languages.includes(request.language) ||
      !options.fileTypes.includes(request.fileType)
    ) {
      return { status: 'refused', reason: { code: 'unknown-option' } };
    }
    const now = this.clock.now();
    const links = await this.links(request.orderId);
    const same = links.filter((l) => l.version === request.version && l.language === request.language && l.fileType === request.fileType);
    const working = same.find((l) => linkStatus(l, now).usable);
    let link = working;
    if (!link) {
      const id = randomUUID();
      link = {
        id,
        orderId: purchase.orderId,
        customerId: purchase.customerId,
        productId: product.id,
        version: request.version,
        language: request.language,
        fileType: request.fileType,
        url: `${this.downloadBase}${id}`,
        createdAt: now.toISOString(),
        createdBy: effect.userId,
        downloads: 0,
        revoked: false,
      };
      // Links live under downloads:<orderId>, where a cancellation revokes them all.
      await this.store.set(`downloads:${purchase.orderId}`, [...links, link]);
      await this.store.set(`download-link:${id}`, purchase.orderId);
    }
    const status = linkStatus(link, now);
    if (!status.usable) throw new Error(`download link ${link.id} is not usable right after it was chosen`);
    const previous = working ? undefined : same[same.length - 1];
    const previousStatus = previous && linkStatus(previous, now);
    return {
      status: 'ok',
      orderId: purchase.orderId,
      productName: product.name,
      keys: [productKey(purchase.orderId)],
      link,
      linkStatus: status,
      newLink: !working,
      ...(previous && previousStatus && !previousStatus.usable ? { replaced: { linkId: previous.id, reason: previousStatus.reason } } : {}),
    };
  }

  async links(orderId: string): Promise<DownloadLink[]> {
    return (await this.store.get<DownloadLink[]>(`downloads:${orderId}`)) ?? [];
  }

  /** What a download link would give, without counting a download: for the page a link opens (a preview must not use one up). */
  async linkPreview(
    linkId: string,
  ): Promise<
    | { file: string; usable: true; downloadsLeft: number; expiresAt: string }
    | { usable: false; reason: 'unknown' | 'revoked' | 'time' | 'downloads' }
  > {
    const orderId = await this.store.get<string>(`download-link:${linkId}`);
    const link = orderId ? (await this.links(orderId)).find((l) => l.id === linkId) : undefined;
    if (!link) return { usable: false, reason: 'unknown' };
    const status = linkStatus(link, this.clock.now());
    return status.usable
      ? {
          usable: true,
          file: `${link.version}, ${link.language}, ${link.fileType}`,
          downloadsLeft: status.downloadsLeft,
          expiresAt: status.expiresAt,
        }
      : { usable: false, reason: status.reason };
  }

  async download(linkId: string, by?: { userId: string; userName: string }): Promise<DownloadOutcome> {
    const orderId = await this.store.get<string>(`download-link:${linkId}`);
    if (!orderId) return { status: 'refused', reason: 'unknown' };
    // An order's links are one record: its downloads are counted one after the other, so that none is lost.
    return this.serially(`downloads:${orderId}`, () => this.downloadNow(orderId, linkId, by));
  }

  private readonly queues = new Map<string, Promise<unknown>>();
  private serially<T>(key: string, work: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(key) ?? Promise.resolve()).then(work, work);
    const tail = run.catch(() => undefined);
    this.queues.set(key, tail);
    void tail.then(() => {
      if (this.queues.get(key) === tail) this.queues.delete(key);
    });
    return run;
  }

  private async downloadNow(orderId: string, linkId: string, by?: { userId: string; userName: string }): Promise<DownloadOutcome> {
    const links = await this.links(orderId);
    const link = links.find((l) => l.id === linkId);
    const who = by ?? LINK_HOLDER;
    if (!link) return { status: 'refused', reason: 'unknown' };
    const now = this.clock.now();
    const status = linkStatus(link, now);
    let outcome: DownloadOutcome;
    if (!status.usable) outcome = { status: 'refused', reason: status.reason, expiresAt: status.expiresAt };
    else {
      const counted = { ...link, downloads: link.downloads + 1 };
      await this.store.set(
        `downloads:${orderId}`,
        links.map((l) => (l.id === linkId ? counted : l)),
      );
      const after = linkStatus(counted, now);
      outcome = {
        status: 'ok',
        link: counted,
        downloadsLeft: after.usable ? after.downloadsLeft : 0,
        expiresAt: status.expiresAt,
        file: `${`${link.productId}_${link.version}_${link.language}_${link.fileType}`.replace(/[^A-Za-z0-9.-]+/g, '_')}.iso`,
      };
    }
    await this.activity.record({
      userId: who.userId,
      userName: who.userName,
      action: 'software-download',
      customerId: link.customerId,
      subject: orderId,
      outcome: outcome.status === 'ok' ? 'done' : 'refused',
      detail: outcome.status === 'ok' ? `${link.version}, ${link.language}, ${link.fileType}` : `link ${outcome.reason}`,
    });
    return outcome;
  }

  createSupportRequest(request: SupportRequestInput, effect: SideEffect): Promise<SupportRequestOutcome> {
    return this.store.once(effect.idempotencyKey, async () => {
      const outcome = await this.supportNow(request, effect);
      await this.activity.record({
        userId: effect.userId,
        userName: await this.userName(effect.userId),
        action: 'support-request',
        customerId: request.customerId,
        subject: outcome.status === 'created' ? outcome.request.number : request.purchaseRef,
        outcome: outcome.status === 'created' ? 'done' : 'refused',
        detail: outcome.status === 'created' ? `${CANCELLATION_PROBLEM_TYPE}: ${request.purchaseRef}` : outcome.reason.code,
      });
      return outcome;
    });
  }

  private async supportNow(request: SupportRequestInput, effect: SideEffect): Promise<SupportRequestOutcome> {
    const forbidden = await this.authorize(effect.userId, 'cancel-software-purchase');
    if (forbidden) return { status: 'refused', reason: forbidden };
    const parsed = SupportRequestInputSchema.safeParse(request);
    if (!parsed.success)
      return { status: 'refused', reason: { code: 'invalid', fields: parsed.error.issues.map((i) => i.path.join('.')) } };
    if (!(await this.customer(request.customerId))) return { status: 'refused', reason: { code: 'unknown-customer' } };
    // A refund is at most what the order cost.
    const purchase = await this.store.get<SoftwarePurchase>(`purchase:${request.purchaseRef.trim()}`);
    if (purchase && purchase.customerId === request.customerId && amountProblem(request.amount, purchase.amount) === 'above-order') {
      return { status: 'refused', reason: { code: 'above-order', orderAmount: purchase.amount } };
    }
    const now = this.clock.now();
    const counter = ((await this.store.get<number>('software:next-support-request')) ?? 0) + 1;
    await this.store.set('software:next-support-request', counter);
    const number = `${now.toISOString().slice(2, 10).replace(/-/g, '')}${String(counter).padStart(10, '0')}`;
    const saved: SupportRequest = {
      ...parsed.data,
      number,
      problemType: CANCELLATION_PROBLEM_TYPE,
      description: supportDescription(parsed.data),
      createdAt: now.toISOString(),
      createdBy: effect.userId,
      status: 'open',
    };
    await this.store.set(`support-request:${number}`, saved);
    await this.store.addToIndex('support-requests', number);
    await this.store.addToIndex(`support-requests:${saved.customerId}:${saved.purchaseRef}`, number);
    return { status: 'created', request: saved };
  }

  async supportRequestsFor(customerId: string, purchaseRef: string): Promise<SupportRequest[]> {
    const numbers = await this.store.index(`support-requests:${customerId}:${purchaseRef.trim()}`);
    return this.store.getMany<SupportRequest>(numbers.map((n) => `support-request:${n}`));
  }

  supportRequest(number: string): Promise<SupportRequest | undefined> {
    return this.store.get<SupportRequest>(`support-request:${number.trim()}`);
  }

  private async reservations(): Promise<ReservationOffer[]> {
    return (await this.store.get<ReservationOffer[]>('software:reservations')) ?? DEMO_RESERVATIONS;
  }

  private customer(id: string): Promise<Customer | undefined> {
    return this.store.get<Customer>(`customer:${id}`);
  }

  private async userName(userId: string): Promise<string> {
    return (await this.directory.user(userId))?.name ?? userId;
  }

  private async nextOrderId(): Promise<string> {
    let n = (await this.store.get<number>('software:next-order')) ?? FIRST_ORDER_NUMBER;
    // A seed may already use the next number: skip the ones taken.
    while ((await this.store.get(`purchase:${n}`)) || (await this.store.get(`reservation-order:${n}`))) n++;
    await this.store.set('software:next-order', n + 1);
    return String(n);
  }

  private async authorize(userId: string, permission: Permission): Promise<{ code: 'forbidden'; needed: readonly Role[] } | undefined> {
    const user = await this.directory.user(userId);
    const check = checkRoles(user?.roles ?? [], permission);
    return check.allowed ? undefined : { code: 'forbidden', needed: check.needed };
  }
}

const KEY_ALPHABET = 'BCDFGHJKMNPQRTVWXY2346789';

/** A volume activation key, the same every time for one order. */
export function productKey(orderId: string): string {
  const bytes = createHash('sha256').update(`key:${orderId}`).digest();
  const chars = Array.from({ length: 25 }, (_, i) => KEY_ALPHABET[bytes[i] % KEY_ALPHABET.length]);
  return [0, 5, 10, 15, 20].map((i) => chars.slice(i, i + 5).join('')).join('-');
}
