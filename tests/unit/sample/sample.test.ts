import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGenerateArgs } from '../../../electron/backend/sample/cli-args';
import { toCyrillic } from '../../../electron/backend/sample/cyrillic';
import {
  ensureSampleRegister,
  SAMPLE_FILE_NAME,
  SAMPLE_ROWS,
} from '../../../electron/backend/sample/ensure-sample';
import {
  FEMALE_NAMES,
  MALE_NAMES,
  SETTLEMENTS,
} from '../../../electron/backend/sample/pancevo-data';
import {
  generateRegisterRows,
  REGISTER_HEADERS,
} from '../../../electron/backend/sample/register-rows';
import {
  writeRegisterCsv,
  writeRegisterXlsx,
} from '../../../electron/backend/sample/write-register';
import { readWorkbookFile } from '../../../electron/backend/workbook/read-workbook-file';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'otvori-sample-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** An independent JMBG check (serbian-pii.md §1.1, strict): not the generator's own code. */
function isValidJmbg(jmbg: string): boolean {
  if (!/^\d{13}$/.test(jmbg)) return false;
  const digit = (i: number): number => jmbg.charCodeAt(i) - 48;
  // 7(a+g) + 6(b+h) + 5(c+i) + 4(d+j) + 3(e+k) + 2(f+l), the pairwise form of the spec.
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += (7 - i) * (digit(i) + digit(i + 6));
  const r = sum % 11;
  if (r === 1) return false;
  const control = r === 0 ? 0 : 11 - r;
  if (control !== digit(12)) return false;
  const day = Number(jmbg.slice(0, 2));
  const month = Number(jmbg.slice(2, 4));
  const yyy = Number(jmbg.slice(4, 7));
  const year = yyy >= 800 ? 1000 + yyy : 2000 + yyy;
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getTime() < Date.now()
  );
}

describe('isValidJmbg (the test’s own checker)', () => {
  it('agrees with the published examples', () => {
    for (const valid of [
      '0101900350008',
      '2206978816007',
      '2812961710040',
      '1506985865129',
      '0102985860081',
    ]) {
      expect(isValidJmbg(valid)).toBe(true);
    }
    for (const invalid of ['0101900350007', '2902001865010', '0102985860090', '102985860049']) {
      expect(isValidJmbg(invalid)).toBe(false);
    }
  });
});

describe('generateRegisterRows', () => {
  const rows = generateRegisterRows(1000, 42);

  it('is deterministic per seed, and a longer register extends a shorter one', () => {
    expect(generateRegisterRows(1000, 42)).toEqual(rows);
    expect(generateRegisterRows(10, 42)).toEqual(rows.slice(0, 10));
    expect(generateRegisterRows(10, 43)).not.toEqual(rows.slice(0, 10));
  });

  it('gives valid, unique, Vojvodina-region JMBGs with the sex matching the given name', () => {
    const female = new Set<string>(
      [...FEMALE_NAMES, ...FEMALE_NAMES.map(toCyrillic)].map((n) => n.toUpperCase()),
    );
    const male = new Set<string>(
      [...MALE_NAMES, ...MALE_NAMES.map(toCyrillic)].map((n) => n.toUpperCase()),
    );
    const regions = new Map<number, number>();
    for (const row of rows) {
      expect(isValidJmbg(row.jmbg), row.jmbg).toBe(true);
      const region = Number(row.jmbg.slice(7, 9));
      expect(region).toBeGreaterThanOrEqual(80);
      expect(region).toBeLessThanOrEqual(89);
      regions.set(region, (regions.get(region) ?? 0) + 1);
      const serial = Number(row.jmbg.slice(9, 12));
      // The given name is the last word (surname-first) or the first (given-first).
      const words = row.prezimeIme
        .replace(/\(.*?\)/, '')
        .split(/\s+/)
        .map((w) => w.toUpperCase());
      const isFemale = words.some((w) => female.has(w));
      const isMale = words.some((w) => male.has(w));
      if (isFemale && !isMale) expect(serial).toBeGreaterThanOrEqual(500);
      if (isMale && !isFemale) expect(serial).toBeLessThan(500);
    }
    expect(new Set(rows.map((r) => r.jmbg)).size).toBe(rows.length);
    // Mostly Pančevo (86).
    expect((regions.get(86) ?? 0) / rows.length).toBeGreaterThan(0.6);
    expect(rows.some((r) => r.jmbg.startsWith('0'))).toBe(true);
  });

  it('mixes scripts, phone spellings, settlements and multi-line notes', () => {
    expect(rows.some((r) => /[А-Яа-яЂђЈјЉљЊњЋћЏџ]/.test(r.prezimeIme))).toBe(true);
    expect(rows.some((r) => /^[A-ZČĆŽŠĐ ]+$/u.test(r.prezimeIme))).toBe(true);
    expect(rows.some((r) => r.telefon?.startsWith('+381'))).toBe(true);
    expect(rows.some((r) => r.telefon?.includes('/'))).toBe(true);
    expect(rows.some((r) => r.telefon === null)).toBe(true);
    expect(rows.some((r) => r.napomena?.includes('\n'))).toBe(true);
    const settlements = new Set(SETTLEMENTS.map(([name]) => name));
    expect(rows.every((r) => settlements.has(r.naselje))).toBe(true);
    expect(new Set(rows.map((r) => r.naselje)).size).toBe(settlements.size);
    expect(rows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.datumResenja))).toBe(true);
    // Whole paras: at most two decimals.
    expect(
      rows.every((r) => r.iznos > 0 && Math.abs(r.iznos * 100 - Math.round(r.iznos * 100)) < 1e-6),
    ).toBe(true);
  });
});

describe('writeRegisterXlsx / writeRegisterCsv', () => {
  it('writes the same register as a workbook and as a Serbian CSV, read back identically', () => {
    const xlsx = join(scratch, 'r.xlsx');
    const csv = join(scratch, 'r.csv');
    writeRegisterXlsx(xlsx, 300, 5);
    writeRegisterCsv(csv, 300, 5);
    const fromXlsx = readWorkbookFile(xlsx, 'r.xlsx');
    const fromCsv = readWorkbookFile(csv, 'r.csv');
    if (!fromXlsx.ok || !fromCsv.ok) throw new Error('read failed');
    expect(fromXlsx.value.table.columns.map((c) => c.name)).toEqual([...REGISTER_HEADERS]);
    expect(fromXlsx.value.table.columns.map((c) => c.type)).toEqual([
      'integer',
      'text',
      'text',
      'text',
      'text',
      'text',
      'decimal',
      'date',
      'text',
    ]);
    expect(fromCsv.value.table.columns).toEqual(fromXlsx.value.table.columns);
    expect(fromCsv.value.table.values).toEqual(fromXlsx.value.table.values);
    expect(fromXlsx.value.table.values[2]).toEqual(generateRegisterRows(300, 5).map((r) => r.jmbg));
  });

  it('writes the CSV as Serbian Excel does: BOM, semicolons, CRLF, decimal comma, dotted dates', () => {
    const csv = join(scratch, 'style.csv');
    writeRegisterCsv(csv, 3, 5);
    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(REGISTER_HEADERS.join(';'));
    const [first] = generateRegisterRows(1, 5);
    if (first === undefined) throw new Error('no row');
    const [y, m, d] = first.datumResenja.split('-');
    expect(text.split('\r\n')[1]).toContain(`;${d}.${m}.${y}.;`);
    expect(text.split('\r\n')[1]).toMatch(/;\d{1,3}(\.\d{3})*,\d{2};/);
  });

  it('is byte-identical for the same seed', () => {
    const a = join(scratch, 'a.xlsx');
    const b = join(scratch, 'b.xlsx');
    writeRegisterXlsx(a, 50, 9);
    writeRegisterXlsx(b, 50, 9);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });
});

describe('ensureSampleRegister', () => {
  it('writes the sample once into <dataDir>/samples and reuses it', () => {
    const dataDir = join(scratch, 'data');
    const path = ensureSampleRegister(dataDir);
    expect(path).toBe(join(dataDir, 'samples', SAMPLE_FILE_NAME));
    const firstWrite = statSync(path).mtimeMs;
    expect(ensureSampleRegister(dataDir)).toBe(path);
    expect(statSync(path).mtimeMs).toBe(firstWrite);
    const read = readWorkbookFile(path, SAMPLE_FILE_NAME);
    expect(read.ok && read.value.table.rowCount).toBe(SAMPLE_ROWS);
  });
});

describe('generate-sample CLI', () => {
  it('parses arguments and refuses bad ones', () => {
    expect(parseGenerateArgs(['--rows', '20', '--out', 'x.CSV'])).toEqual({
      rows: 20,
      out: 'x.CSV',
      seed: 20_240_601,
      format: 'csv',
    });
    expect(parseGenerateArgs(['--out', 'x.xlsx', '--seed', '7'])).toMatchObject({
      rows: SAMPLE_ROWS,
      seed: 7,
    });
    expect(typeof parseGenerateArgs(['--rows', '20'])).toBe('string');
    expect(typeof parseGenerateArgs(['--rows', 'many', '--out', 'x.xlsx'])).toBe('string');
    expect(typeof parseGenerateArgs(['--rows', '0', '--out', 'x.xlsx'])).toBe('string');
    expect(typeof parseGenerateArgs(['--out', 'x.ods'])).toBe('string');
    expect(typeof parseGenerateArgs(['--out', 'x.xlsx', '--bogus'])).toBe('string');
  });

  it('the bundled CLI writes a workbook', () => {
    // Built by tests/setup/global-setup.ts (or `node scripts/build-node.mjs sample`).
    const out = join(scratch, 'cli.xlsx');
    execFileSync(process.execPath, [
      resolve('dist/node/generate-sample.mjs'),
      '--rows',
      '25',
      '--out',
      out,
    ]);
    expect(existsSync(out)).toBe(true);
    const read = readWorkbookFile(out, 'cli.xlsx');
    expect(read.ok && read.value.table.rowCount).toBe(25);
  });

  it('the bundled CLI exits with 2 on bad arguments', () => {
    let status: number | null = null;
    try {
      execFileSync(process.execPath, [resolve('dist/node/generate-sample.mjs'), '--rows', 'x'], {
        stdio: 'pipe',
      });
    } catch (error) {
      status = (error as { status: number | null }).status;
    }
    expect(status).toBe(2);
  });
});
