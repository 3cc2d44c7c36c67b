import type { PartnerCenterHttp } from './http';

/** One price of a price sheet: per unit, for a term and a billing plan, in the market's currency. */
export interface Price {
  productId: string;
  skuId: string;
  /** The SKU's title (the product's when the SKU has none). */
  title: string;
  publisher: string;
  unitPrice: number;
  currency: string;
  /** P1M, P1Y, P3Y... (empty for perpetual software). */
  termDuration: string;
  /** Monthly, Annual, OneTime... (empty when the sheet has no such column). */
  billingPlan: string;
  /** Commercial, Education, Government... (empty when the sheet has no such column). */
  segment: string;
}

export type PricesheetView = 'updatedlicensebased' | 'software';

/** RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

/**
 * The partner's prices: GET {Partner API}/v1.0/sales/pricesheets(Market='{market}',PricesheetView='{view}')/$value,
 * a CSV file (Partner Center's REST API has no prices; the Partner API has them, with a token for
 * its own audience). Rows that are not in effect today are left out.
 */
export async function fetchPrices(http: PartnerCenterHttp, market: string, view: PricesheetView, today: Date): Promise<Price[]> {
  const path = `/v1.0/sales/pricesheets(Market='${encodeURIComponent(market.toLowerCase())}',PricesheetView='${view}')/$value`;
  const { body } = await http.get<string>(path, { text: true, headers: { Accept: 'text/csv, application/octet-stream' } });
  const [header, ...rows] = parseCsv(body ?? '');
  if (!header) return [];
  const col = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
  const at = {
    productId: col('ProductId'),
    skuId: col('SkuId'),
    productTitle: col('ProductTitle'),
    skuTitle: col('SkuTitle'),
    publisher: col('Publisher'),
    unitPrice: col('UnitPrice'),
    currency: col('Currency'),
    term: col('TermDuration'),
    plan: col('BillingPlan'),
    segment: col('Segment'),
    start: col('EffectiveStartDate'),
    end: col('EffectiveEndDate'),
  };
  const inEffect = (r: string[]) => {
    const start = at.start >= 0 ? Date.parse(r[at.start] ?? '') : Number.NaN;
    const end = at.end >= 0 ? Date.parse(r[at.end] ?? '') : Number.NaN;
    return !(start > today.getTime()) && !(end < today.getTime());
  };
  return rows
    .filter((r) => inEffect(r) && Number.isFinite(Number(r[at.unitPrice])))
    .map((r) => ({
      productId: r[at.productId] ?? '',
      skuId: r[at.skuId] ?? '',
      title: r[at.skuTitle] || r[at.productTitle] || `${r[at.productId]}:${r[at.skuId]}`,
      publisher: (at.publisher >= 0 ? r[at.publisher] : '') || 'Microsoft',
      unitPrice: Number(r[at.unitPrice]),
      currency: r[at.currency] ?? '',
      termDuration: at.term >= 0 ? (r[at.term] ?? '') : '',
      billingPlan: at.plan >= 0 ? (r[at.plan] ?? '') : '',
      segment: at.segment >= 0 ? (r[at.segment] ?? '') : '',
    }));
}
