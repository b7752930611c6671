/**
 * The one-pass typeColumn against the two-pass reference it replaced (infer-reference.ts):
 * the same type, values and originals (in the same order) on many random columns.
 */
import { describe, expect, it } from 'vitest';
import { typeColumn } from '../../../shared/table/infer';
import type { RawCell } from '../../../shared/table/raw-cell';
import { typeColumn as referenceTypeColumn } from './infer-reference';

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Maker = (next: () => number) => RawCell;
const int = (next: () => number, max: number): number => Math.floor(next() * max);
const pad = (n: number): string => String(n).padStart(2, '0');

/** Cell makers by family; a column draws mostly from one family and sometimes from any. */
const FAMILIES: Record<string, readonly Maker[]> = {
  integer: [
    (n) => String(int(n, 100000)),
    (n) => ` ${int(n, 99)} `,
    (n) => String(int(n, 1e12)),
    (n) => `-${int(n, 500)}`,
    (n) => int(n, 1000),
    (n) => `${1 + int(n, 9)} ${String(int(n, 1000)).padStart(3, '0')}`,
  ],
  serbian: [
    (n) => `${1 + int(n, 99)}.${String(int(n, 1000)).padStart(3, '0')},${pad(int(n, 100))}`,
    (n) => `${int(n, 1000)},${int(n, 100)}`,
    (n) => `${1 + int(n, 999)}.${String(int(n, 1000)).padStart(3, '0')}`,
    (n) => `${1 + int(n, 999)},${String(int(n, 1000)).padStart(3, '0')}`,
    (n) => `(${int(n, 100)},5)`,
    (n) => `${int(n, 50)}`,
    (n) => n() * 1000,
  ],
  english: [
    (n) => `${int(n, 1000)}.${int(n, 100)}`,
    (n) => `${1 + int(n, 9)},${String(int(n, 1000)).padStart(3, '0')}.${int(n, 10)}`,
    (n) => `${1 + int(n, 999)},${String(int(n, 1000)).padStart(3, '0')}`,
    (n) => `${1 + int(n, 999)}.${String(int(n, 1000)).padStart(3, '0')}`,
  ],
  date: [
    (n) => `${pad(1 + int(n, 31))}.${pad(1 + int(n, 12))}.${1900 + int(n, 150)}.`,
    (n) => `${1 + int(n, 28)}.${1 + int(n, 12)}.${2000 + int(n, 30)}`,
    (n) => `${2000 + int(n, 30)}-${pad(1 + int(n, 12))}-${pad(1 + int(n, 28))}`,
    (n) => `1. ${n() < 0.5 ? 'februar' : 'фебруара'} 2023.`,
    (n) => ({ iso: `${2000 + int(n, 30)}-0${1 + int(n, 9)}-1${int(n, 9)}` }),
    (n) =>
      `${pad(1 + int(n, 28))}.${pad(1 + int(n, 12))}.2023. ${pad(int(n, 24))}:${pad(int(n, 60))}`,
    (n) => `${2000 + int(n, 30)}-01-0${1 + int(n, 9)}T08:30:00`,
    (n) => ({ iso: `2023-02-0${1 + int(n, 9)}T10:00:00` }),
  ],
  boolean: [(n) => (n() < 0.5 ? 'TRUE' : 'netačno'), (n) => n() < 0.5, () => ' ТАЧНО '],
  text: [
    () => 'Petar Petrović',
    () => '0101990710006',
    () => '064/123-45-67',
    (n) => `ulica ${int(n, 10)}`,
  ],
  blank: [() => null, () => '', () => '   ', () => ({ error: '#N/A' }), () => '\u00a012\u00a0'],
};
const ALL = Object.values(FAMILIES).flat();

function randomColumn(next: () => number): RawCell[] {
  const families = Object.keys(FAMILIES);
  const family = FAMILIES[families[int(next, families.length)] as string] as readonly Maker[];
  const length = 1 + int(next, 40);
  const strayRate = next() < 0.5 ? 0 : 0.05;
  const column: RawCell[] = [];
  for (let r = 0; r < length; r++) {
    const pool = next() < strayRate ? ALL : next() < 0.15 ? FAMILIES['blank']! : family;
    column.push((pool[int(next, pool.length)] as Maker)(next));
  }
  return column;
}

describe('typeColumn (one pass) against the two-pass reference', () => {
  it('agrees on 20,000 random columns', () => {
    const next = random(2026);
    const types = new Set<string>();
    for (let n = 0; n < 20_000; n++) {
      const raw = randomColumn(next);
      const got = typeColumn(raw);
      const want = referenceTypeColumn(raw);
      types.add(want.type);
      expect(got.type, JSON.stringify(raw)).toBe(want.type);
      expect(got.values, JSON.stringify(raw)).toEqual(want.values);
      expect([...got.originals.entries()], JSON.stringify(raw)).toEqual([
        ...want.originals.entries(),
      ]);
    }
    // The generator reaches every type, or the comparison proves little.
    expect([...types].sort()).toEqual(
      ['boolean', 'date', 'datetime', 'decimal', 'empty', 'integer', 'text'].sort(),
    );
  });
});
