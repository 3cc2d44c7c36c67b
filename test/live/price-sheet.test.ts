import { parseCsv } from '../../domain/live/price-sheet';

describe("a price sheet's CSV", () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and a byte order mark', () => {
    const text = '\uFEFFProductTitle,SkuDescription,UnitPrice\r\n"Office, Plus","He said ""yes""\nthen left",12.5\r\n\r\nPlain,,0\n';
    expect(parseCsv(text)).toEqual([
      ['ProductTitle', 'SkuDescription', 'UnitPrice'],
      ['Office, Plus', 'He said "yes"\nthen left', '12.5'],
      ['Plain', '', '0'],
    ]);
  });

  it('keeps a last line without a line break, and reads nothing from an empty file', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('')).toEqual([]);
  });
});
