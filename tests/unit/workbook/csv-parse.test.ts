import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../electron/backend/workbook/csv-parse';
import { detectDelimiter } from '../../../electron/backend/workbook/csv-delimiter';
import { decodeText } from '../../../electron/backend/workbook/text-decode';

function rows(text: string, delimiter: string | null = ';'): string[][] {
  const out: string[][] = [];
  parseCsv(text, delimiter, (fields) => out.push(fields));
  return out;
}

describe('parseCsv', () => {
  it('splits records on CRLF, LF and CR', () => {
    expect(rows('a;b\r\nc;d\ne;f\rg;h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('handles quotes, doubled quotes, delimiters and line breaks inside quotes', () => {
    expect(rows('"a;1";"say ""hi""";"line\r\nbreak"\r\nx;"";"\n"\r\n')).toEqual([
      ['a;1', 'say "hi"', 'line\r\nbreak'],
      ['x', '', '\n'],
    ]);
  });

  it('keeps quotes inside unquoted fields literal and tolerates text after a closing quote', () => {
    expect(rows('Marko "Mare" Nikolić;"ab"cd')).toEqual([['Marko "Mare" Nikolić', 'abcd']]);
  });

  it('keeps every field a string, leading zeros and all', () => {
    expect(rows('0101990710006;007;1.234,5')).toEqual([['0101990710006', '007', '1.234,5']]);
  });

  it('reports empty trailing fields and blank lines, but no phantom last record', () => {
    expect(rows('a;\r\n\r\n;b;\r\n')).toEqual([['a', ''], [''], ['', 'b', '']]);
    expect(rows('a;b;')).toEqual([['a', 'b', '']]);
  });

  it('runs an unterminated quote to the end of the text', () => {
    expect(rows('a;"open\r\nstill')).toEqual([['a', 'open\r\nstill']]);
  });

  it('with no delimiter, gives one field per line', () => {
    expect(rows('a;b\r\nc,d', null)).toEqual([['a;b'], ['c,d']]);
  });

  it('stops after maxRecords and reports progress', () => {
    const out: string[][] = [];
    parseCsv('1\n2\n3\n4', ';', (fields) => out.push(fields), { maxRecords: 2 });
    expect(out).toEqual([['1'], ['2']]);
    const progress: [number, number][] = [];
    parseCsv('1\n2\n3\n4', ';', () => undefined, {
      progressEvery: 2,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress).toEqual([
      [4, 7],
      [7, 7],
    ]);
  });
});

describe('detectDelimiter', () => {
  it('picks ; for Serbian Excel output, even with decimal commas', () => {
    expect(detectDelimiter('Ime;Iznos\r\nPetar;1,5\r\nAna;2,25\r\n')).toBe(';');
    expect(detectDelimiter('1,5;2,5\r\n3,5;4,5\r\n')).toBe(';');
  });

  it('picks , tab and |', () => {
    expect(detectDelimiter('Ime,Iznos\nPetar,1.5\nAna,"2,25"\n')).toBe(',');
    expect(detectDelimiter('Ime\tIznos\nPetar\t1,5\n')).toBe('\t');
    expect(detectDelimiter('Ime|Iznos\nPetar|1,5\n')).toBe('|');
  });

  it('ignores delimiters inside quotes and blank lines', () => {
    expect(detectDelimiter('"a;b",c\n\n"d;e",f\n"g;h",i\n')).toBe(',');
  });

  it('returns null for prose or a single column', () => {
    expect(detectDelimiter('Ovo nije tabela.\nSamo tekst, bez kolona.\n')).toBeNull();
    expect(detectDelimiter('Ime\nPetar\nAna\n')).toBeNull();
  });
});

describe('decodeText', () => {
  it('decodes UTF-8 with and without BOM', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, 0xc5, 0xa0, 0x61]);
    expect(decodeText(withBom)).toMatchObject({ text: 'Ša', encoding: 'utf-8' });
    expect(decodeText(withBom.subarray(3))).toMatchObject({ text: 'Ša', encoding: 'utf-8' });
  });

  it('decodes UTF-16 with BOM (Excel "Unicode text")', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x01, 0x61, 0x00]))).toMatchObject({
      text: 'ša',
      encoding: 'utf-16le',
    });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x01, 0x60]))).toMatchObject({
      text: 'Š',
      encoding: 'utf-16be',
    });
  });

  it('falls back to Windows-1250 when the bytes are not UTF-8', () => {
    // "Pančevo" in Windows-1250: č = 0xE8.
    const bytes = new Uint8Array([0x50, 0x61, 0x6e, 0xe8, 0x65, 0x76, 0x6f]);
    expect(decodeText(bytes)).toMatchObject({ text: 'Pančevo', encoding: 'windows-1250' });
  });
});
