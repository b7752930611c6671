/**
 * Issue 5 §5: workbook properties, comments and hidden sheets never leave. A source workbook with
 * an author, a title, a cell comment holding a JMBG and a hidden sheet full of JMBGs is read the
 * way the app reads it, then exported as XLSX, CSV and JSON: none of it may appear.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { writeCsv } from '../../../shared/export/csv';
import { writeJson } from '../../../shared/export/json';
import { tableToXlsx } from '../../../electron/backend/export/xlsx';
import { readWorkbookFile } from '../../../electron/backend/workbook/read-workbook-file';

const SECRETS = [
  'Marija Tajić',
  'Interni spisak',
  'Gradska uprava Pančevo',
  '1506985865129',
  '3112999860005',
];

function sourceWorkbook(): Uint8Array {
  const visible = XLSX.utils.aoa_to_sheet([
    ['Naselje', 'Broj korisnika'],
    ['Pančevo', 120],
    ['Starčevo', 14],
  ]);
  // A comment on a visible cell, holding a JMBG.
  (visible['A2'] as XLSX.CellObject).c = [
    { a: 'Marija Tajić', t: 'JMBG podnosioca 1506985865129' },
  ];
  const hidden = XLSX.utils.aoa_to_sheet([['JMBG'], ['3112999860005']]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, visible, 'Pregled');
  XLSX.utils.book_append_sheet(book, hidden, 'Skriveno');
  book.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
  book.Props = {
    Author: 'Marija Tajić',
    LastAuthor: 'Marija Tajić',
    Title: 'Interni spisak',
    Company: 'Gradska uprava Pančevo',
  };
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
}

/** Every file inside an XLSX (a zip), as text. */
function xlsxParts(bytes: Uint8Array): Map<string, string> {
  const container = XLSX.CFB.read(Buffer.from(bytes), { type: 'buffer' }) as {
    FileIndex: { type: number; content?: unknown }[];
    FullPaths: string[];
  };
  const parts = new Map<string, string>();
  container.FileIndex.forEach((entry, i) => {
    if (entry.type !== 2 || entry.content === undefined) return;
    parts.set(
      container.FullPaths[i] as string,
      Buffer.from(entry.content as Uint8Array).toString('utf8'),
    );
  });
  return parts;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-hidden-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('published files carry the table only', () => {
  it('the source really holds the properties, the comment and the hidden sheet', () => {
    const parts = [...xlsxParts(sourceWorkbook()).values()].join('\n');
    for (const secret of SECRETS) expect(parts).toContain(secret);
  });

  it('XLSX, CSV and JSON exports of the read table hold none of them', () => {
    const file = path.join(dir, 'spisak.xlsx');
    writeFileSync(file, sourceWorkbook());
    const read = readWorkbookFile(file, 'spisak.xlsx');
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.table.columns.map((c) => c.name)).toEqual(['Naselje', 'Broj korisnika']);

    const xlsx = tableToXlsx(read.value.table).bytes;
    const parts = xlsxParts(xlsx);
    const everything = [...parts.values()].join('\n');
    for (const secret of SECRETS) expect(everything).not.toContain(secret);
    expect([...parts.keys()].some((name) => /comment|vml|customXml|custom\.xml/i.test(name))).toBe(
      false,
    );
    const back = XLSX.read(xlsx, { type: 'buffer' });
    expect(back.SheetNames).toEqual(['Podaci']);
    expect(back.Workbook?.Sheets?.some((s) => s.Hidden)).toBeFalsy();
    expect(back.Props?.Author).toBeUndefined();
    expect(back.Props?.LastAuthor).toBeUndefined();
    expect(back.Props?.Title).toBeUndefined();
    expect(back.Props?.Company).toBeUndefined();

    const decoder = new TextDecoder();
    for (const text of [
      decoder.decode(writeCsv(read.value.table)),
      decoder.decode(writeJson(read.value.table)),
    ]) {
      for (const secret of SECRETS) expect(text).not.toContain(secret);
      expect(text).toContain('Starčevo');
    }
  });
});
