import { assign, emit, enqueueActions, fromPromise, setup } from 'xstate';
import { LINK_DOWNLOADS_WARNING, LINK_EXPIRY_WARNING_MS, partnerEvents } from '../../../domain/partner-events';
import { LINK_MAX_DOWNLOADS } from '../../../domain/software/links';
import { languageTag, type DownloadOptions } from '../../../domain/software/catalog';
import type { KeysOutcome } from '../../../domain/software/port';
import type { ProcedureDeps, ProcedureEvent, RunInput, RunOutput, SayEvent, FollowUpEvent } from '../../procedure';
import { msg, type Msg } from '../../../cards/view';
import { answerIs, norm } from '../answer-words';
import { customerStep, searchCustomers } from '../../pick/customer-step';
import type { PickSlot } from '../../pick/find-and-pick';
import type { CustomerRef } from '../../pick/customer-ref';
import { amongMsg, amongRefusals, findAmong, foundAmong } from '../../pick/among';
import type { Findable } from '../../../domain/find/match';
import type { SoftwareProduct } from '../../../domain/model';

export interface PurchasedProduct {
  orderId: string;
  productId: string;
  productName: string;
  purchasedAt: string;
  quantity: number;
  options: DownloadOptions;
}

export type KeysResult = Extract<KeysOutcome, { status: 'ok' }>;

export interface KeysContext {
  runId: string;
  userId: string;
  customerQuery?: string;
  orderHint?: string;
  /** A product named in the first sentence ("the Visio keys for fabrikam"): taken when it is the customer's only order of it. */
  productHint?: string;
  pick?: PickSlot<CustomerRef>;
  customer?: CustomerRef;
  products?: PurchasedProduct[];
  /** Cancelled purchases of the customer: listed apart, their keys and links are revoked. */
  cancelled?: string[];
  /** Purchases with nothing to download (SUSE and Red Hat plans in Azure): said, never left out silently. */
  noDownloads?: { orderId: string; productName: string }[];
  orderId?: string;
  version?: string;
  language?: string;
  fileType?: string;
  /** How many times keys were asked in this run: each request is its own recorded access. */
  requests: number;
  result?: KeysResult;
}

export const productOf = (ctx: KeysContext): PurchasedProduct | undefined => ctx.products?.find((p) => p.orderId === ctx.orderId);

/** A language's own names: Partner Center's English name and its name in each of the four languages. */
function languageNames(option: string): string[] {
  const tag = languageTag(option);
  if (!tag) return [option];
  return [option, ...['en', 'fr', 'sv', 'nl'].map((l) => new Intl.DisplayNames(l, { type: 'language' }).of(tag) ?? option)];
}

/** The answer names one of the choices: its text in any case, or the start of only one of them. */
function pick(options: string[], value: string): string | undefined {
  const v = norm(value);
  const exact = options.find((o) => norm(o) === v) ?? options.find((o) => languageNames(o).some((n) => norm(n) === v));
  if (exact || v.length < 3) return exact;
  const starts = options.filter((o) => norm(o).startsWith(v));
  return starts.length === 1 ? starts[0] : undefined;
}

/** A purchased product is found by its order ID or product ID (whole) or its name (in part, misspelt). */
export const productFindable = (p: PurchasedProduct): Findable => ({ keys: [p.orderId, p.productId], names: [p.productName] });
const findProduct = (products: PurchasedProduct[], value: string) => foundAmong(products, value, productFindable);
/** How a product is named when several fit: the same product bought twice differs by its order. */
const productName = (p: PurchasedProduct) => `${p.productName} (${p.orderId})`;

/** What a load of the customer's purchases finds. */
interface LoadedProducts {
  products: PurchasedProduct[];
  cancelled: string[];
  noDownloads: { orderId: string; productName: string }[];
}
/** The three lists a load fills: every way out of the load keeps all three, so that going back to the product list lists what it should. */
const listsOf = ({ products, cancelled, noDownloads }: LoadedProducts) => ({ products, cancelled, noDownloads });

const noDownloadsMsg = (p: { orderId: string; productName: string }): Msg =>
  msg('keys.refused.noDownloads', { order: p.orderId, product: p.productName });

function refusalMsg(outcome: KeysOutcome, orderId: string): Msg {
  if (outcome.status !== 'refused') return msg('common.partnerCenterError');
  const r = outcome.reason;
  switch (r.code) {
    case 'forbidden':
      return msg('common.roleRemoved', { roles: { list: [...r.needed] } });
    case 'cancelled':
      return msg('keys.refused.cancelled', { order: orderId });
    default:
      return msg('keys.refused.other', { order: orderId, code: r.code });
  }
}

/** Steps with one possible answer are answered for the user. */
const nextChoice = [
  { guard: ({ context }: { context: KeysContext }) => !context.version, target: 'chooseVersion' },
  { guard: ({ context }: { context: KeysContext }) => !context.language, target: 'chooseLanguage' },
  { guard: ({ context }: { context: KeysContext }) => !context.fileType, target: 'chooseFileType' },
  // Getting the keys only reads them: once every choice is made there is nothing more to confirm.
  { target: 'fetching' },
] as const;

const single = (xs: string[] | undefined) => (xs && xs.length === 1 ? xs[0] : undefined);

/** What a typed answer may say for each choice: its value and its labels. */
const SAY: Record<string, string[]> = {
  'other-product': ['other-product', 'another product', 'other product', 'un autre produit', 'en annan produkt', 'een ander product'],
  'get-keys': [
    'get-keys',
    'get keys and downloads',
    'get keys',
    'keys',
    'obtenir des clés et des téléchargements',
    'hämta nycklar och nedladdningar',
    'sleutels en downloads ophalen',
  ],
  change: [
    'change',
    'change version, language or file type',
    'change the choices',
    'modifier la version, la langue ou le type de fichier',
    'ändra version, språk eller filtyp',
    'versie, taal of bestandstype wijzigen',
  ],
  refresh: [
    'refresh',
    'get keys and downloads again',
    'again',
    'new link',
    'get a new link',
    'obtenir à nouveau des clés et des téléchargements',
    'hämta nycklar och nedladdningar igen',
    'sleutels en downloads opnieuw ophalen',
  ],
  finish: ['finish', 'done', 'end', 'terminer', 'avsluta', 'afronden'],
};

export function createKeysDownloadsMachine({ pc, clock }: ProcedureDeps) {
  return setup({
    types: {
      context: {} as KeysContext,
      events: {} as ProcedureEvent,
      input: {} as RunInput,
      output: {} as RunOutput,
      emitted: {} as SayEvent | FollowUpEvent,
    },
    actors: {
      searchCustomers: searchCustomers(pc),
      loadProducts: fromPromise(async ({ input }: { input: { customerId: string } }): Promise<LoadedProducts> => {
        const products: PurchasedProduct[] = [];
        const cancelled: string[] = [];
        const noDownloads: { orderId: string; productName: string }[] = [];
        const purchases = await pc.software.purchases(input.customerId);
        // A product's name and download options are read once, however many orders it has.
        const ofProduct = new Map<string, [SoftwareProduct | undefined, DownloadOptions | undefined]>();
        for (const id of new Set(purchases.map((p) => p.productId)))
          ofProduct.set(id, [await pc.software.product(id), await pc.softwareSales.downloadOptions(id)]);
        for (const p of purchases) {
          const [product, options] = ofProduct.get(p.productId)!;
          if (product && !options && p.status !== 'cancelled') noDownloads.push({ orderId: p.orderId, productName: product.name });
          if (!product || !options) continue;
          if (p.status === 'cancelled') cancelled.push(p.orderId);
          else
            products.push({
              orderId: p.orderId,
              productId: p.productId,
              productName: product.name,
              purchasedAt: p.purchasedAt,
              quantity: p.quantity,
              options,
            });
        }
        products.sort((a, b) => b.purchasedAt.localeCompare(a.purchasedAt));
        return { products, cancelled, noDownloads };
      }),
      getKeys: fromPromise(
        ({ input }: { input: { orderId: string; version: string; language: string; fileType: string; userId: string; key: string } }) =>
          pc.softwareSales.keysAndDownloads(
            { orderId: input.orderId, version: input.version, language: input.language, fileType: input.fileType },
            { userId: input.userId, idempotencyKey: input.key },
          ),
      ),
    },
  }).createMachine({
    id: 'keys-downloads',
    context: ({ input }) => ({
      runId: input.runId,
      userId: input.userId,
      customerQuery: input.prefill?.customer,
      orderHint: input.prefill?.orderId,
      productHint: input.prefill?.product,
      requests: 0,
    }),
    initial: 'start',
    states: {
      start: {
        always: [{ guard: ({ context }) => !!context.customerQuery, target: 'findingCustomer' }, { target: 'askCustomer' }],
      },
      ...customerStep<KeysContext>({ next: 'loadingProducts' }),
      loadingProducts: {
        tags: 'busy',
        invoke: {
          src: 'loadProducts',
          input: ({ context }) => ({ customerId: context.customer!.id }),
          onDone: [
            {
              guard: ({ event }) => event.output.products.length === 0,
              target: 'askCustomer',
              actions: [
                emit(({ context, event }) => ({
                  type: 'say' as const,
                  msg: event.output.noDownloads.length
                    ? msg('keys.products.onlyAzurePlans', {
                        customer: context.customer!.name,
                        orders: { list: event.output.noDownloads.map((p) => p.orderId) },
                      })
                    : msg('keys.products.none', { customer: context.customer!.name }),
                })),
                assign({ customer: undefined, orderHint: undefined }),
              ],
            },
            {
              guard: ({ context, event }) => !!context.orderHint && event.output.products.some((p) => p.orderId === context.orderHint),
              target: 'routeOptions',
              actions: assign(({ context, event }) => ({ ...listsOf(event.output), orderId: context.orderHint, orderHint: undefined })),
            },
            {
              guard: ({ context, event }) => !!context.orderHint && event.output.noDownloads.some((p) => p.orderId === context.orderHint),
              target: 'chooseProduct',
              actions: [
                emit(({ context, event }) => ({
                  type: 'say' as const,
                  msg: noDownloadsMsg(event.output.noDownloads.find((p) => p.orderId === context.orderHint)!),
                })),
                assign(({ event }) => ({ ...listsOf(event.output), orderHint: undefined })),
              ],
            },
            {
              guard: ({ context, event }) => !!context.orderHint && event.output.cancelled.includes(context.orderHint),
              target: 'chooseProduct',
              actions: [
                emit(({ context }) => ({ type: 'say' as const, msg: msg('keys.refused.cancelled', { order: context.orderHint! }) })),
                assign(({ event }) => ({ ...listsOf(event.output), orderHint: undefined })),
              ],
            },
            {
              guard: ({ context, event }) => !context.orderHint && !!findProduct(event.output.products, context.productHint ?? ''),
              target: 'routeOptions',
              actions: assign(({ context, event }) => ({
                ...listsOf(event.output),
                orderId: findProduct(event.output.products, context.productHint!)!.orderId,
                productHint: undefined,
              })),
            },
            {
              // Words of the first message that fit several products ("office ltsc", bought twice): those are named, then the list.
              guard: ({ context, event }) =>
                !context.orderHint &&
                !!context.productHint &&
                findAmong(event.output.products, context.productHint, productFindable).kind === 'several',
              target: 'chooseProduct',
              actions: [
                emit(({ context, event }) => {
                  const hint = context.productHint!;
                  // The first message named the product by the catalog's id: it is said by its name.
                  const named = event.output.products.find((p) => p.productId === hint)?.productName ?? hint;
                  const several = findAmong(event.output.products, hint, productFindable);
                  return { type: 'say' as const, msg: amongMsg('product', several, named, productName) };
                }),
                assign(({ event }) => ({ ...listsOf(event.output), orderHint: undefined, productHint: undefined })),
              ],
            },
            {
              // A single purchased product is not asked as a one-button choice.
              guard: ({ context, event }) => !context.orderHint && event.output.products.length === 1,
              target: 'routeOptions',
              actions: assign(({ event }) => ({ ...listsOf(event.output), orderId: event.output.products[0].orderId })),
            },
            {
              target: 'chooseProduct',
              actions: assign(({ event }) => ({ ...listsOf(event.output), orderHint: undefined })),
            },
          ],
          onError: { target: 'askCustomer', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      chooseProduct: {
        on: {
          ANSWER: [
            {
              guard: ({ context, event }) => !!findProduct(context.products ?? [], event.value),
              target: 'routeOptions',
              actions: assign({ orderId: ({ context, event }) => findProduct(context.products ?? [], event.value)!.orderId }),
            },
            {
              guard: ({ context, event }) => (context.noDownloads ?? []).some((p) => p.orderId === event.value.trim()),
              actions: emit(({ context, event }) => ({
                type: 'say' as const,
                msg: noDownloadsMsg(context.noDownloads!.find((p) => p.orderId === event.value.trim())!),
              })),
            },
            {
              guard: ({ context, event }) => (context.cancelled ?? []).includes(event.value.trim()),
              actions: emit(({ event }) => ({ type: 'say' as const, msg: msg('keys.refused.cancelled', { order: event.value.trim() }) })),
            },
            ...amongRefusals<PurchasedProduct, KeysContext>({
              kind: 'product',
              items: (c) => c.products ?? [],
              findable: productFindable,
              nameOf: productName,
            }),
          ],
        },
      },
      routeOptions: {
        entry: assign(({ context }) => {
          const o = productOf(context)?.options;
          return { version: single(o?.versions), language: single(o?.languages), fileType: single(o?.fileTypes), result: undefined };
        }),
        always: [...nextChoice],
      },
      chooseVersion: {
        on: {
          ANSWER: [
            {
              guard: ({ event }) => answerIs(event.value, ...SAY['other-product']),
              target: 'chooseProduct',
              actions: assign({ orderId: undefined }),
            },
            {
              guard: ({ context, event }) => !!pick(productOf(context)?.options.versions ?? [], event.value),
              target: 'afterChoice',
              actions: assign({ version: ({ context, event }) => pick(productOf(context)!.options.versions, event.value) }),
            },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      chooseLanguage: {
        on: {
          ANSWER: [
            {
              guard: ({ event }) => answerIs(event.value, ...SAY['other-product']),
              target: 'chooseProduct',
              actions: assign({ orderId: undefined }),
            },
            {
              guard: ({ context, event }) => !!pick(productOf(context)?.options.languages ?? [], event.value),
              target: 'afterChoice',
              actions: assign({ language: ({ context, event }) => pick(productOf(context)!.options.languages, event.value) }),
            },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      chooseFileType: {
        on: {
          ANSWER: [
            {
              guard: ({ event }) => answerIs(event.value, ...SAY['other-product']),
              target: 'chooseProduct',
              actions: assign({ orderId: undefined }),
            },
            {
              guard: ({ context, event }) => !!pick(productOf(context)?.options.fileTypes ?? [], event.value),
              target: 'afterChoice',
              actions: assign({ fileType: ({ context, event }) => pick(productOf(context)!.options.fileTypes, event.value) }),
            },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      afterChoice: { always: [...nextChoice] },
      ready: {
        on: {
          ANSWER: [
            { guard: ({ event }) => answerIs(event.value, ...SAY['get-keys']), target: 'fetching' },
            {
              guard: ({ event }) => answerIs(event.value, ...SAY.change),
              target: 'routeOptions',
            },
            {
              guard: ({ event }) => answerIs(event.value, ...SAY['other-product']),
              target: 'chooseProduct',
              actions: assign({ orderId: undefined }),
            },
            { actions: emit({ type: 'say', msg: msg('keys.ready.required') }) },
          ],
        },
      },
      fetching: {
        tags: 'busy',
        entry: assign({ requests: ({ context }) => context.requests + 1 }),
        invoke: {
          src: 'getKeys',
          input: ({ context }) => ({
            orderId: context.orderId!,
            version: context.version!,
            language: context.language!,
            fileType: context.fileType!,
            userId: context.userId,
            key: `${context.runId}:keys:${context.orderId}:${context.requests}`,
          }),
          onDone: [
            {
              guard: ({ event }) => event.output.status === 'ok',
              target: 'showKeys',
              actions: [
                emit(({ event }) => {
                  const r = event.output as KeysResult;
                  return { type: 'say' as const, msg: r.replaced ? msg(`keys.link.renewed.${r.replaced.reason}`) : msg('common.empty') };
                }),
                assign({ result: ({ event }) => event.output as KeysResult }),
                // A new link: the user hears again before it stops working (time or downloads).
                enqueueActions(({ context, event, enqueue }) => {
                  const r = event.output as KeysResult;
                  if (!r.newLink) return;
                  const params = {
                    product: r.productName,
                    order: r.orderId,
                    date: { date: r.linkStatus.expiresAt },
                    used: LINK_DOWNLOADS_WARNING,
                    max: LINK_MAX_DOWNLOADS,
                  };
                  const next = {
                    label: msg('keys.followUp.next'),
                    text: `keys for order ${r.orderId}${context.customer ? ` for ${context.customer.name}` : ''}`,
                  };
                  const afterMs = Date.parse(r.linkStatus.expiresAt) - LINK_EXPIRY_WARNING_MS - clock.now().getTime();
                  if (afterMs > 0)
                    enqueue.emit({
                      type: 'followUp',
                      afterMs,
                      msg: msg('keys.followUp.expiring', params),
                      next,
                      whileLinkUsable: r.link.id,
                    });
                  enqueue.emit({
                    type: 'followUp',
                    on: partnerEvents.linkNearlyUsed(r.link.id),
                    msg: msg('keys.followUp.nearlyUsed', params),
                    next,
                  });
                }),
              ],
            },
            {
              guard: ({ event }) => event.output.status === 'refused' && event.output.reason.code === 'forbidden',
              target: 'stopped',
              actions: emit(({ context, event }) => ({ type: 'say' as const, msg: refusalMsg(event.output, context.orderId!) })),
            },
            {
              target: 'chooseProduct',
              actions: [
                emit(({ context, event }) => ({ type: 'say' as const, msg: refusalMsg(event.output, context.orderId!) })),
                assign({ orderId: undefined, result: undefined }),
              ],
            },
          ],
          onError: { target: 'ready', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      showKeys: {
        on: {
          ANSWER: [
            { guard: ({ event }) => answerIs(event.value, ...SAY.refresh), target: 'fetching' },
            { guard: ({ event }) => answerIs(event.value, ...SAY.change), target: 'routeOptions' },
            {
              guard: ({ event }) => answerIs(event.value, ...SAY['other-product']),
              target: 'chooseProduct',
              actions: assign({ orderId: undefined, result: undefined }),
            },
            { guard: ({ event }) => answerIs(event.value, ...SAY.finish), target: 'done' },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      done: { type: 'final' },
      stopped: { type: 'final' },
    },
    output: ({ context }) => ({ outcome: context.result ? 'done' : 'abandoned' }),
  });
}

export type KeysDownloadsMachine = ReturnType<typeof createKeysDownloadsMachine>;
