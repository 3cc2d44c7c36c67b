import type { SnapshotFrom } from 'xstate';
import { languageTag } from '../../../domain/software/catalog';
import { ALREADY_BOUGHT } from '../past-deeds';
import type { ProcedureDefinition } from '../../procedure';
import { customerPrompt } from '../../pick/customer-step';
import { msg, secret, type Prompt } from '../../../cards/view';
import { extractCustomer } from '../../pick/customer-ref';
import { createKeysDownloadsMachine, productOf, type KeysContext, type KeysDownloadsMachine } from './machine';
import { phrases as en } from './phrases.en';
import { phrases as fr } from './phrases.fr';
import { phrases as sv } from './phrases.sv';
import { phrases as nl } from './phrases.nl';
import { keysDownloadsStrings } from './strings';
import { askedOfTheLog } from '../activity-log';

type Snap = SnapshotFrom<KeysDownloadsMachine>;
const stepOf = (s: Snap): string => (typeof s.value === 'string' ? s.value : Object.keys(s.value)[0]);

export const keysDownloads: ProcedureDefinition<KeysDownloadsMachine> = {
  id: 'keys-and-downloads',
  version: 2,
  permission: 'keys-and-downloads',
  group: 'software',
  prefillKeys: ['customer', 'orderId', 'product'],
  strings: keysDownloadsStrings,
  title: msg('keys.title'),
  summary: msg('keys.summary'),
  phrases: { en, fr, sv, nl },
  // "j'ai perdu la product key du visio pro de fabrikam": a key or a download of software named, not
  // who looked at them (the activity log), nor a cancellation or a case for support.
  // "de technieker vraagt de licentiekey van SQL Server": a product key named is asked for, whatever was bought.
  claims: (folded, named) =>
    (named.has('software') || named.has('order') || ALREADY_BOUGHT.test(folded) || PRODUCT_KEY.test(folded) || KEY_GOT.test(folded)) &&
    KEY_OR_DOWNLOAD.test(folded) &&
    !askedOfTheLog(folded) &&
    !CANCELLED_OR_CASE.test(folded),
  createMachine: createKeysDownloadsMachine,
  extract: extractKeysValues,
  stepKey: (s) => `keys.${stepOf(s)}`,
  prompt: (s) => promptFor(stepOf(s), s.context),
};

/** A product key or a download (folded, four languages). */
/** A key to get or find: "hoe krijg ik de key", "where do I find the key" (folded, four languages). */
const KEY_GOT =
  /\b(?:get|find|krijg\w*|vind\w*|fa|obtenir|recuperer|trouver|hamta|hitta)\b (?:\w+ ){0,2}(?:key|keys|cle|cles|nyckel\w*|nycklar\w*|sleutel\w*)\b/;
/** A product key, by its names (folded, four languages). */
const PRODUCT_KEY =
  /\b(?:(?:product|license|licence|licentie|activation|produkt) ?(?:keys?|nyckel\w*|sleutels?)|produktkod\w*|activation codes?|aktiveringskod\w*|activatiecode\w*|cles? de (?:produit|licence|activation))\b/;
export const KEY_OR_DOWNLOAD =
  /\b(?:(?:product|license|licence|licentie|activation) ?keys?|produktkod\w*|activation codes?|codes? (?:d'activation|pour l'activer)|serial\w*|numero de serie|serienummer\w*|fichier (?:pour l'|d')install\w*|aktiveringskod\w*|activatiecode\w*|keys?|cles?(?: de (?:produit|licence|activation))?|download\w*|telecharg\w*|iso|isos|\w*nyckel\w*|nycklar\w*|ladda ner|nedladdning\w*|\w*sleutels?|installer|installeur|lien de dl|dl|installatie\w*|installationsfil\w*)\b/;
/** Cancelling or refunding, or a case for support (folded, four languages). */
const CANCELLED_OR_CASE =
  /\b(?:cancel\w*|annul\w*|rembours\w*|refund\w*|avbryt\w*|makuler\w*|annuleer\w*|terugbeta\w*|support\w*|tickets?|cases?|incidents?|arende\w*)\b/;
const ORDER = /\b(?:order|commande|beställning|bestelling)\s*(?:id|n°|nr\.?|#)?\s*([a-z0-9][a-z0-9-]{2,})/i;

/** "keys for order 4711 for contoso.com" gives the order and the customer. */
export function extractKeysValues(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const order = ORDER.exec(text);
  if (order) out.orderId = order[1];
  const customer = extractCustomer(text.replace(ORDER, ' '));
  if (customer) out.customer = customer;
  return out;
}

const languageParam = (name: string) => ({ language: name, tag: languageTag(name) });

const otherProduct = { value: 'other-product', label: msg('keys.choice.otherProduct') };

function promptFor(step: string, ctx: KeysContext): Prompt | undefined {
  const product = productOf(ctx);
  const options = product?.options;
  const chosen = [
    ...(ctx.version ? [{ label: msg('keys.fact.version'), value: ctx.version }] : []),
    ...(ctx.language ? [{ label: msg('keys.fact.language'), value: languageParam(ctx.language) }] : []),
    ...(ctx.fileType ? [{ label: msg('keys.fact.fileType'), value: ctx.fileType }] : []),
  ];
  switch (step) {
    case 'askCustomer':
    case 'chooseCustomer':
      return customerPrompt(step, ctx, 'keys');
    case 'chooseProduct':
      return {
        title: msg('keys.chooseProduct.title', { customer: ctx.customer?.name ?? '' }),
        lines: [
          ctx.cancelled?.length ? msg('keys.chooseProduct.cancelled', { orders: { list: ctx.cancelled } }) : msg('common.empty'),
          ctx.noDownloads?.length
            ? msg('keys.chooseProduct.noDownloads', {
                orders: { list: ctx.noDownloads.map((p) => p.orderId) },
                count: ctx.noDownloads.length,
              })
            : msg('common.empty'),
        ],
        choices: (ctx.products ?? []).map((p) => ({
          value: p.orderId,
          label: msg('keys.chooseProduct.product', { product: p.productName, order: p.orderId }),
          detail: msg('keys.chooseProduct.detail', { date: { date: p.purchasedAt }, quantity: p.quantity }),
        })),
      };
    case 'chooseVersion':
      return {
        title: msg('keys.chooseVersion.title', { product: product?.productName ?? '' }),
        facts: chosen,
        choices: [...(options?.versions ?? []).map((v) => ({ value: v, label: msg('common.raw', { text: v }) })), otherProduct],
      };
    case 'chooseLanguage':
      return {
        title: msg('keys.chooseLanguage.title', { product: product?.productName ?? '' }),
        facts: chosen,
        // Language names in the reader's language; the value stays Partner Center's name.
        choices: [
          ...(options?.languages ?? []).map((v) => ({ value: v, label: msg('keys.languageChoice', { language: languageParam(v) }) })),
          otherProduct,
        ],
      };
    case 'chooseFileType':
      return {
        title: msg('keys.chooseFileType.title', { product: product?.productName ?? '' }),
        facts: chosen,
        choices: [...(options?.fileTypes ?? []).map((v) => ({ value: v, label: msg('common.raw', { text: v }) })), otherProduct],
      };
    case 'ready':
      return {
        title: msg('keys.ready.title', { product: product?.productName ?? '', order: ctx.orderId ?? '' }),
        facts: chosen,
        lines: [msg('keys.ready.line')],
        choices: [
          { value: 'get-keys', label: msg('keys.choice.getKeys'), style: 'positive' },
          ...(options && (options.versions.length > 1 || options.languages.length > 1 || options.fileTypes.length > 1)
            ? [{ value: 'change', label: msg('keys.choice.change') }]
            : []),
          otherProduct,
        ],
      };
    case 'showKeys': {
      const r = ctx.result;
      if (!r) return undefined;
      return {
        title: msg('keys.showKeys.title', { product: r.productName, order: r.orderId }),
        facts: [
          { label: msg('keys.fact.keys', { count: r.keys.length }), value: secret(r.keys.join(', ')) },
          ...chosen,
          { label: msg('keys.fact.link'), value: secret(r.link.url) },
          { label: msg('keys.fact.expires'), value: { datetime: r.linkStatus.expiresAt } },
          { label: msg('keys.fact.downloadsLeft'), value: r.linkStatus.downloadsLeft },
        ],
        lines: [
          msg('keys.showKeys.expiry', { date: { datetime: r.linkStatus.expiresAt }, left: r.linkStatus.downloadsLeft }),
          msg('keys.showKeys.renew'),
          msg('keys.showKeys.customer'),
        ],
        choices: [
          { value: 'refresh', label: msg('keys.choice.refresh') },
          ...(options && (options.versions.length > 1 || options.languages.length > 1 || options.fileTypes.length > 1)
            ? [{ value: 'change', label: msg('keys.choice.change') }]
            : []),
          otherProduct,
          { value: 'finish', label: msg('keys.choice.finish') },
        ],
      };
    }
    default:
      return undefined;
  }
}
