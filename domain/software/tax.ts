/** Markets whose Partner Center commercial prices include tax; everywhere else they exclude it. */
export const TAX_INCLUSIVE_MARKETS: readonly string[] = ['AU', 'BR'];

export type TaxBasis = 'including-tax' | 'excluding-tax';

export function taxBasis(market: string): TaxBasis {
  return TAX_INCLUSIVE_MARKETS.includes(market.trim().toUpperCase()) ? 'including-tax' : 'excluding-tax';
}
