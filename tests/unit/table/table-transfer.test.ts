import { describe, expect, it } from 'vitest';
import {
  isTransferTable,
  transferColumnCount,
  packForTransfer,
  packTransferColumn,
  packTransferHead,
  TransferTableError,
  TableUnpacker,
  unpackTransferTable,
  type TransferColumn,
  type TransferTable,
} from '../../../shared/table/table-transfer';
import type { CellValue, ColumnInfo, ColumnType, Table } from '../../../shared/table/types';
import { TextPacker } from '../../../shared/table/packed-text';
import { RowTexts } from '../../../shared/table/row-texts';

function tableOf(
  values: readonly (readonly CellValue[])[],
  originals: readonly ReadonlyMap<number, string>[] = values.map(() => new Map()),
  rowCount = values[0]?.length ?? 0,
): Table {
  const columns: ColumnInfo[] = values.map((_, c) => ({
    key: `c${c}`,
    name: `Kolona ${c + 1}`,
    type: 'text',
  }));
  return { columns, values, originals, rowCount };
}

/** Through a real structured clone with the transfer list, as postMessage does it. */
function roundTrip(table: Table): Table {
  const { packed, transfer } = packForTransfer(table);
  return unpackTransferTable(structuredClone(packed, { transfer }));
}

function expectExact(actual: Table, expected: Table): void {
  expect(actual).toStrictEqual(expected);
  // toStrictEqual treats -0 and 0 alike inside arrays in some versions: check by Object.is.
  actual.values.forEach((cells, c) =>
    cells.forEach((cell, r) => expect(Object.is(cell, expected.values[c]?.[r])).toBe(true)),
  );
  actual.originals.forEach((map, c) =>
    expect([...map]).toStrictEqual([...(expected.originals[c] ?? new Map())]),
  );
}

function kinds(table: Table): string[] {
  return packForTransfer(table).packed.values.map((column: TransferColumn) => column.kind);
}

const LONE_SURROGATES = ['\uD800', '\uDFFF', 'a\uDC00b', '\uDBFF\uD800x'];

describe('packForTransfer / unpackTransferTable', () => {
  it('round-trips numbers exactly, -0, NaN and infinities included', () => {
    const table = tableOf([
      [0, -0, 1.5, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity],
    ]);
    expectExact(roundTrip(table), table);
    expect(kinds(table)).toEqual(['numbers']);
  });

  it('round-trips strings exactly: empty, NUL, lone surrogates, astral, Cyrillic', () => {
    const cells = ['', 'a', '', '\u0000', 'x\u0000y', ...LONE_SURROGATES, '😀', 'Ђорђе Љубић', ''];
    const table = tableOf([cells]);
    expectExact(roundTrip(table), table);
    expect(kinds(table)).toEqual(['strings']);
  });

  it('keeps empty strings apart from nulls and booleans apart from numbers', () => {
    const table = tableOf([
      ['', null, 'x', null, ''],
      [1, null, -0, null, 2],
      [true, false, null, true, false],
      [null, null, null, null, null],
      ['1', 1, true, null, ''],
    ]);
    expectExact(roundTrip(table), table);
    expect(kinds(table)).toEqual(['tagged', 'tagged', 'tagged', 'tagged', 'tagged']);
    const numbersWithNulls = packForTransfer(table).packed.values[1];
    expect(numbersWithNulls?.kind === 'tagged' && numbersWithNulls.numbers.length).toBe(3);
  });

  it('round-trips zero rows, zero columns and columns of other lengths than rowCount', () => {
    expectExact(roundTrip(tableOf([[], []], undefined, 0)), tableOf([[], []], undefined, 0));
    const empty: Table = { columns: [], values: [], originals: [], rowCount: 0 };
    expectExact(roundTrip(empty), empty);
    const rowsWithoutColumns: Table = { columns: [], values: [], originals: [], rowCount: 7 };
    expectExact(roundTrip(rowsWithoutColumns), rowsWithoutColumns);
    const ragged = tableOf([['a'], ['a', 'b', 'c']], undefined, 2);
    expectExact(roundTrip(ragged), ragged);
  });

  it('round-trips originals with their key order, odd keys and odd texts', () => {
    const originals = [
      new Map([
        [5, '1.234,5'],
        [0, ''],
        [2, '\uD800\u0000'],
      ]),
      new Map<number, string>(),
      new Map([
        [1.5, 'x'],
        [-1, 'y'],
        [2 ** 40, 'z'],
      ]),
    ];
    const table = tableOf([[1, 2, 3, 4, 5, 6], ['a'], [null]], originals, 6);
    const back = roundTrip(table);
    expectExact(back, table);
    expect(back.originals[0]).toBeInstanceOf(Map);
    expect([...(back.originals[0]?.keys() ?? [])]).toEqual([5, 0, 2]);
    const packed = packForTransfer(table).packed.originals;
    expect(packed.map((o) => o.kind)).toEqual(['int32', 'int32', 'float64']);
  });

  it('packs any ReadonlyMap of originals (the reader’s RowTexts) and unpacks a real Map', () => {
    const packer = new TextPacker();
    for (const text of ['1.234,5', '', '01.02.2023.']) packer.add(text);
    const rowTexts = new RowTexts(Int32Array.of(0, 3, 7), packer.finish());
    const table = tableOf([[1, 2, 3, 4, 5, 6, 7, 8]], [rowTexts], 8);
    const back = roundTrip(table);
    expect(back.originals[0]).toBeInstanceOf(Map);
    expect([...(back.originals[0] ?? [])]).toEqual([
      [0, '1.234,5'],
      [3, ''],
      [7, '01.02.2023.'],
    ]);
  });

  it('carries a value that is not a CellValue (a hole, undefined) unchanged in a plain column', () => {
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point
    const holey = [1, , 3] as unknown as CellValue[];
    const odd = ['a', undefined] as unknown as CellValue[];
    const table = tableOf([holey, odd], undefined, 3);
    expect(kinds(table)).toEqual(['plain', 'plain']);
    const back = roundTrip(table);
    expect(1 in (back.values[0] ?? [])).toBe(false);
    expect(back.values[1]).toStrictEqual(['a', undefined]);
  });

  it('hands every typed array over without copying (the sender’s buffers are detached)', () => {
    const table = tableOf([
      [1, 2, 3],
      ['a', 'b', 'c'],
      [null, 'x', 1],
    ]);
    const { packed, transfer } = packForTransfer(table);
    expect(new Set(transfer).size).toBe(transfer.length);
    const typedArrays = packed.values.flatMap((column) => Object.values(column)).length;
    expect(typedArrays).toBeGreaterThan(0);
    structuredClone(packed, { transfer });
    expect(transfer.every((buffer) => buffer.byteLength === 0)).toBe(true);
    // The table itself is untouched.
    expect(table.values[0]).toEqual([1, 2, 3]);
  });

  it('splits long string columns into parts well below the string length limit', () => {
    const cells = Array.from({ length: 200_000 }, (_, r) => (r % 7 === 0 ? '' : `r${r}`));
    const table = tableOf([cells]);
    const column = packForTransfer(table).packed.values[0];
    expect(column?.kind === 'strings' && column.strings.kind).toBe('joined');
    if (column?.kind === 'strings' && column.strings.kind === 'joined') {
      expect(column.strings.parts.length).toBeGreaterThan(1);
      expect(column.strings.parts.every((part) => part.length <= 1 << 24)).toBe(true);
    }
    expectExact(roundTrip(table), table);
  });

  it('starts a new part when the characters pass the part size, even with few cells', () => {
    const big = 'ж'.repeat(6_000_000);
    const cells = [big, 'a', big, big, '', big];
    const table = tableOf([cells]);
    const column = packForTransfer(table).packed.values[0];
    // 6M + 1 + 6M fit in one part of at most 2^24 characters; a third big cell does not.
    expect(
      column?.kind === 'strings' &&
        column.strings.kind === 'joined' &&
        column.strings.parts.map((part) => part.length),
    ).toEqual([12_000_001, 12_000_000]);
    expectExact(roundTrip(table), table);
  });

  it('sends a repeating string column as a dictionary, each distinct string once', () => {
    const places = ['Pančevo', 'Starčevo', '', 'Омољица', '\uD800'];
    const cells = Array.from({ length: 10_000 }, (_, r) => places[(r * 7) % 5] as string);
    const withNulls = cells.map((cell, r) => (r % 3 === 0 ? null : cell));
    const table = tableOf([cells, withNulls]);
    const [plain, tagged] = packForTransfer(table).packed.values;
    expect(plain?.kind === 'strings' && plain.strings.kind).toBe('dictionary');
    if (plain?.kind === 'strings' && plain.strings.kind === 'dictionary') {
      expect(plain.strings.dictionary.ends.length).toBe(5);
      expect(plain.strings.indices.length).toBe(10_000);
    }
    expect(tagged?.kind === 'tagged' && tagged.strings.kind).toBe('dictionary');
    expectExact(roundTrip(table), table);
  });

  it('joins instead when the strings hardly repeat or have too many distinct values', () => {
    const mostlyUnique = Array.from({ length: 1000 }, (_, r) => `${r % 600}`);
    const tooMany = Array.from({ length: 200_000 }, (_, r) => `${r % 70_000}`);
    const tiny = ['a', 'a', 'a'];
    const table = tableOf([mostlyUnique, tooMany, tiny], undefined, 200_000);
    const kindsOfStrings = packForTransfer(table).packed.values.map((column) =>
      column.kind === 'strings' ? column.strings.kind : column.kind,
    );
    expect(kindsOfStrings).toEqual(['joined', 'joined', 'joined']);
    expectExact(roundTrip(table), table);
  });

  it('round-trips random tables exactly (property-style, seeded)', () => {
    let seed = 20261127;
    const random = (): number => {
      // mulberry32: deterministic, so a failure is reproducible.
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const randomString = (): string =>
      Array.from({ length: Math.floor(random() * 6) }, () =>
        String.fromCharCode(
          pick([0, 0x41, 0x416, 0xd800, 0xdc00, 0xffff, Math.floor(random() * 65536)]),
        ),
      ).join('');
    const randomNumber = (): number =>
      pick([0, -0, 1, -1, NaN, Infinity, random() * 1e6, -random(), 2 ** 53, 5e-324]);
    const makers: (() => CellValue)[] = [
      () => null,
      randomNumber,
      randomString,
      () => random() < 0.5,
      // Repeating strings: the dictionary form.
      () => pick(['', 'Pančevo', '\uDC00', 'Ђ']),
    ];
    const seen = new Set<string>();
    for (let round = 0; round < 100; round++) {
      const columnCount = Math.floor(random() * 5);
      const rowCount = Math.floor(random() * (random() < 0.3 ? 400 : 40));
      const values = Array.from({ length: columnCount }, () => {
        // Bias each column towards one kind so the compact forms get exercised too.
        const main = pick(makers);
        const mix = random() < 0.5 ? 0 : random() * 0.5;
        return Array.from({ length: rowCount }, () => (random() < mix ? pick(makers)() : main()));
      });
      const originals = values.map(() => {
        const map = new Map<number, string>();
        for (let i = 0; i < rowCount; i++) {
          if (random() < 0.2) map.set(Math.floor(random() * rowCount), randomString());
        }
        return map;
      });
      const types: ColumnType[] = ['text', 'integer', 'decimal', 'date', 'boolean', 'empty'];
      const table: Table = {
        columns: values.map((_, c) => ({ key: `c${c}`, name: randomString(), type: pick(types) })),
        values,
        originals,
        rowCount,
      };
      expectExact(roundTrip(table), table);
      for (const column of packForTransfer(table).packed.values) {
        seen.add(
          column.kind === 'tagged' || column.kind === 'strings'
            ? `${column.kind}/${column.strings.kind}`
            : column.kind,
        );
      }
    }
    expect([...seen].sort()).toEqual([
      'numbers',
      'strings/dictionary',
      'strings/joined',
      'tagged/dictionary',
      'tagged/joined',
    ]);
  });
});

describe('column by column: packTransferColumn / TableUnpacker', () => {
  function streamed(table: Table): Table {
    const unpacker = new TableUnpacker();
    for (let c = 0; c < transferColumnCount(table); c++) {
      const { packed, transfer } = packTransferColumn(table, c);
      unpacker.addColumn(structuredClone(packed, { transfer }));
    }
    return unpacker.finish(structuredClone(packTransferHead(table)));
  }

  it('gives the same table as the whole-table round trip', () => {
    const table = tableOf(
      [
        [1, 2, null],
        ['a', '', 'a'],
        [true, null, false],
      ],
      [new Map([[2, '2,0']]), new Map(), new Map([[0, 'da']])],
    );
    expectExact(streamed(table), table);
  });

  it('keeps more values than originals and more originals than values', () => {
    const fewerOriginals = tableOf([['a'], ['b'], ['c']], [new Map([[0, 'x']])], 1);
    expectExact(streamed(fewerOriginals), fewerOriginals);
    const fewerValues = tableOf([['a']], [new Map(), new Map([[0, 'y']])], 1);
    expectExact(streamed(fewerValues), fewerValues);
  });

  it('rejects values after a column that had none, and a malformed column', () => {
    const { packed } = packTransferColumn(tableOf([['a']]), 0);
    const unpacker = new TableUnpacker();
    unpacker.addColumn({ values: null, originals: packed.originals });
    expect(() => unpacker.addColumn(packed)).toThrow(TransferTableError);
    expect(() => new TableUnpacker().addColumn({ values: { kind: 'numbers' } })).toThrow(
      TransferTableError,
    );
    const ended = new TableUnpacker();
    ended.addColumn({ values: packed.values, originals: null });
    expect(() => ended.finish(packForTransfer(tableOf([['a']])).packed)).toThrow(
      TransferTableError,
    );
  });
});

describe('unpackTransferTable on malformed input', () => {
  const good = (): TransferTable =>
    packForTransfer(
      tableOf(
        [
          ['ab', 'c'],
          [1, null],
        ],
        [new Map([[0, 'x']]), new Map()],
      ),
    ).packed;

  function withColumn(column: unknown, at = 0): unknown {
    const packed = good();
    const values = [...packed.values] as unknown[];
    values[at] = column;
    return { ...packed, values };
  }

  const cases: [string, unknown][] = [
    ['null', null],
    ['a plain table', tableOf([['a']])],
    ['a wrong marker', { ...good(), packedTable: 2 }],
    ['a bad column type', { ...good(), columns: [{ key: 'c0', name: 'A', type: 'money' }] }],
    ['an unknown column kind', withColumn({ kind: 'bigint' })],
    ['numbers as a plain array', withColumn({ kind: 'numbers', numbers: [1, 2] })],
    [
      'string ends past the part',
      withColumn({
        kind: 'strings',
        strings: {
          kind: 'joined',
          parts: ['ab'],
          partEnds: Uint32Array.of(2),
          ends: Uint32Array.of(1, 5),
        },
      }),
    ],
    [
      'string ends going backwards',
      withColumn({
        kind: 'strings',
        strings: {
          kind: 'joined',
          parts: ['abc'],
          partEnds: Uint32Array.of(2),
          ends: Uint32Array.of(2, 1),
        },
      }),
    ],
    [
      'a part not fully used',
      withColumn({
        kind: 'strings',
        strings: {
          kind: 'joined',
          parts: ['abcd'],
          partEnds: Uint32Array.of(2),
          ends: Uint32Array.of(1, 2),
        },
      }),
    ],
    [
      'fewer parts than part ends',
      withColumn({
        kind: 'strings',
        strings: {
          kind: 'joined',
          parts: [],
          partEnds: Uint32Array.of(2),
          ends: Uint32Array.of(1, 2),
        },
      }),
    ],
    [
      'cells past the last part',
      withColumn({
        kind: 'strings',
        strings: {
          kind: 'joined',
          parts: ['ab'],
          partEnds: Uint32Array.of(1),
          ends: Uint32Array.of(2, 2),
        },
      }),
    ],
    [
      'a part that is not a string',
      withColumn({
        kind: 'strings',
        strings: {
          kind: 'joined',
          parts: [42],
          partEnds: Uint32Array.of(1),
          ends: Uint32Array.of(0),
        },
      }),
    ],
    [
      'a dictionary index past the dictionary',
      withColumn({
        kind: 'strings',
        strings: {
          kind: 'dictionary',
          dictionary: {
            kind: 'joined',
            parts: ['a'],
            partEnds: Uint32Array.of(1),
            ends: Uint32Array.of(1),
          },
          indices: Uint16Array.of(0, 1),
        },
      }),
    ],
    [
      'dictionary indices of the wrong array type',
      withColumn({
        kind: 'strings',
        strings: {
          kind: 'dictionary',
          dictionary: {
            kind: 'joined',
            parts: ['a'],
            partEnds: Uint32Array.of(1),
            ends: Uint32Array.of(1),
          },
          indices: Uint32Array.of(0),
        },
      }),
    ],
    [
      'an unknown tag',
      withColumn({
        kind: 'tagged',
        tags: Uint8Array.of(9),
        numbers: new Float64Array(0),
        strings: {
          kind: 'joined',
          parts: [],
          partEnds: new Uint32Array(0),
          ends: new Uint32Array(0),
        },
      }),
    ],
    [
      'more number tags than numbers',
      withColumn({
        kind: 'tagged',
        tags: Uint8Array.of(1, 1),
        numbers: Float64Array.of(1),
        strings: {
          kind: 'joined',
          parts: [],
          partEnds: new Uint32Array(0),
          ends: new Uint32Array(0),
        },
      }),
    ],
    [
      'numbers left over',
      withColumn({
        kind: 'tagged',
        tags: Uint8Array.of(0),
        numbers: Float64Array.of(1),
        strings: {
          kind: 'joined',
          parts: [],
          partEnds: new Uint32Array(0),
          ends: new Uint32Array(0),
        },
      }),
    ],
    [
      'originals keys and values of different counts',
      {
        ...good(),
        originals: [
          {
            kind: 'int32',
            keys: Int32Array.of(1, 2),
            values: {
              kind: 'joined',
              parts: ['x'],
              partEnds: Uint32Array.of(1),
              ends: Uint32Array.of(1),
            },
          },
        ],
      },
    ],
    [
      'originals keys of the wrong array type',
      { ...good(), originals: [{ kind: 'int32', keys: [1], values: {} }] },
    ],
  ];

  it.each(cases)('rejects %s with a TransferTableError', (_, packed) => {
    expect(() => unpackTransferTable(packed)).toThrow(TransferTableError);
  });

  it('accepts the good one (the cases above differ from it in one place)', () => {
    expect(isTransferTable(good())).toBe(true);
    expect(unpackTransferTable(good()).values).toEqual([
      ['ab', 'c'],
      [1, null],
    ]);
  });
});
