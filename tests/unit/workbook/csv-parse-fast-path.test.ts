/**
 * parseCsv splits quote-free records with indexOf; everything else goes character by character.
 * Both must give exactly what the character-by-character parser (csv-parse-reference.ts) gives,
 * for whole texts and for chunks cut anywhere.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../electron/backend/workbook/csv-parse';
import { parseCsv as referenceParseCsv } from './csv-parse-reference';

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['a', 'bc', 'Šđ', ';', ';', ',', '\t', '"', '""', '\n', '\r\n', '\r', '1,5', ' '];

function randomText(next: () => number): string {
  let text = '';
  const length = Math.floor(next() * 60);
  // Mostly plain records, sometimes quotes and lone CRs.
  const pieces =
    next() < 0.5 ? PIECES.filter((p) => p !== '"' && p !== '""' && p !== '\r') : PIECES;
  for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
  return text;
}

function records(
  parse: typeof parseCsv,
  text: string,
  delimiter: string | null,
  final = true,
): { rows: string[][]; used: number } {
  const rows: string[][] = [];
  const used = parse(text, delimiter, (fields) => rows.push(fields), { final });
  return { rows, used };
}

describe('parseCsv fast path', () => {
  it('agrees with the character-by-character parser on 30,000 random texts', () => {
    const next = random(42);
    for (let n = 0; n < 30_000; n++) {
      const text = randomText(next);
      for (const delimiter of [';', ',', '\t', null]) {
        expect(records(parseCsv, text, delimiter), JSON.stringify(text)).toEqual(
          records(referenceParseCsv, text, delimiter),
        );
        expect(records(parseCsv, text, delimiter, false), JSON.stringify(text)).toEqual(
          records(referenceParseCsv, text, delimiter, false),
        );
      }
    }
  });

  it('stops after maxRecords and reports progress like the reference', () => {
    const text = 'a;b\nc;d\ne;f\ng;h\n';
    const seen: string[][] = [];
    const used = parseCsv(text, ';', (f) => seen.push(f), { maxRecords: 2 });
    expect(seen).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(used).toBe(8);
    const progress: number[] = [];
    parseCsv(text, ';', () => undefined, {
      progressEvery: 2,
      onProgress: (done) => progress.push(done),
    });
    const expected: number[] = [];
    referenceParseCsv(text, ';', () => undefined, {
      progressEvery: 2,
      onProgress: (done) => expected.push(done),
    });
    expect(progress).toEqual(expected);
  });

  it('stays linear when the delimiter is rare (one long column)', () => {
    const text = `${'x\n'.repeat(200_000)};`;
    let rows = 0;
    parseCsv(text, ';', () => rows++);
    expect(rows).toBe(200_001);
  });
});
