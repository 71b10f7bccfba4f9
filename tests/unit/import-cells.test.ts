import { neutraliseFormula, restoreNeutralisedCell } from '@/lib/export/figure-columns';
import { decodeUtf8 } from '@/lib/import/decode-text';

describe('cells written by the export and read by the import', () => {
  it('give every text back exactly, formulas and apostrophes included', () => {
    const texts = ['=HYPERLINK("x")', '+1', '-2 dead', '@SUM', '\tindented', "'Tis", "'=already quoted", "''+twice", 'plain', ''];
    for (const text of texts) {
      const written = neutraliseFormula(text) as string;
      expect(/^[=+\-@\t\r]/.test(written)).toBe(false);
      expect(restoreNeutralisedCell(written)).toBe(text);
    }
    expect(neutraliseFormula(-5)).toBe(-5);
  });

  it('decode strict UTF-8 only, removing a leading byte order mark and saying so', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ ok: true, text: 'a', hadBom: true });
    expect(decodeUtf8(new TextEncoder().encode('في الرقة 🕊️'))).toEqual({ ok: true, text: 'في الرقة 🕊️', hadBom: false });
    expect(decodeUtf8(new Uint8Array([0x61, 0x0a, 0x62, 0x0a, 0xff]))).toEqual({ ok: false, problem: expect.stringContaining('line 3 has bytes that are not UTF-8') });
  });
});
