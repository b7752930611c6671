/**
 * `npm run bench` (issue 3): Otvori's reader against a plain SheetJS dense `read` of the same
 * synthetic Pančevo register (15 columns, bench/register-files.ts), as xlsx and as CSV (UTF-8
 * with BOM, Windows-1250), each measurement in its own child process so peak RSS is clean.
 * Reports full load time and peak memory of both, their ratios, Otvori's time to the first
 * visible rows (the preview), and the targets met or not.
 *
 * Sizes: BENCH_SIZES=10000,100000 (default), or `npm run bench -- --full` for 10k, 100k, 500k
 * and 1M rows (slow: SheetJS needs minutes and gigabytes, and silently drops a 1M-row sheet).
 * BENCH_KINDS=xlsx (or utf8.csv, 1250.csv) limits the file kinds; BENCH_REPEAT=3 measures each
 * side three times, alternating, and keeps the fastest (for a busy machine).
 * Results also go to bench/results/latest.md and latest.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { readWorkbookFile } from '../electron/backend/workbook/read-workbook-file';
import { generateRegisterRows, registerCsvBytes, registerXlsx } from './register-files';

const SEED = 20_260_101;
const OUT = path.resolve('bench', 'files');
const RESULTS = path.resolve('bench', 'results');
const FULL_SIZES = [10_000, 100_000, 500_000, 1_000_000];
const KINDS = ['xlsx', 'utf8.csv', '1250.csv'] as const;

interface Measure {
  readonly ms: number;
  /** CPU time of the read (user + system): far less sensitive than `ms` to a busy machine. */
  readonly cpuMs: number;
  readonly rssMb: number;
  readonly rows: number;
  /** Otvori only: when the preview (the first visible rows) was ready. */
  readonly firstRowsMs?: number;
}

function measure(kind: 'otvori' | 'sheetjs', file: string): Measure {
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  let rows: number;
  let firstRowsMs: number | undefined;
  if (kind === 'otvori') {
    const result = readWorkbookFile(file, path.basename(file), undefined, {
      maxFileBytes: 4 * 1024 ** 3,
      onPreview: () => {
        firstRowsMs ??= performance.now() - started;
      },
    });
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    rows = result.value.table.rowCount;
  } else {
    const codepage = file.includes('1250') ? { codepage: 1250 } : {};
    const book = XLSX.read(readFileSync(file), { type: 'buffer', dense: true, ...codepage });
    const sheet = book.Sheets[book.SheetNames[0] ?? ''];
    // A sheet too long for a V8 string is dropped without an error (architecture.md §4).
    rows = Math.max(0, ((sheet?.['!data'] as unknown[] | undefined)?.length ?? 1) - 1);
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  return {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssMb: peakRssMb(),
    rows,
    ...(firstRowsMs === undefined ? {} : { firstRowsMs }),
  };
}

/**
 * Peak resident memory of this process. Linux keeps `ru_maxrss` across fork and exec, so a child
 * of a parent that just generated a million rows would report the parent's peak; VmHWM belongs
 * to this process's own address space.
 */
function peakRssMb(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match !== null) return Number(match[1]) / 1024;
  } catch {
    // Not Linux: fall back to the rusage figure.
  }
  return process.resourceUsage().maxRSS / 1024;
}

function writeAtomic(file: string, bytes: Uint8Array): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}

function generate(sizes: readonly number[]): string[] {
  mkdirSync(OUT, { recursive: true });
  const files: string[] = [];
  for (const size of sizes) {
    const names = KINDS.map((ext) => path.join(OUT, `register15-${size}.${ext}`));
    if (names.some((n) => !existsSync(n))) {
      console.error(`generating ${size} rows…`);
      const rows = generateRegisterRows(size, SEED);
      writeAtomic(names[0] as string, registerXlsx(rows));
      writeAtomic(names[1] as string, registerCsvBytes(rows, 'utf-8'));
      writeAtomic(names[2] as string, registerCsvBytes(rows, 'windows-1250'));
    }
    files.push(...names);
  }
  return files;
}

function child(kind: string, file: string): Measure | string {
  try {
    const out = execFileSync(
      process.execPath,
      ['--max-old-space-size=12288', process.argv[1] as string, 'measure', kind, file],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 30 * 60 * 1000 },
    );
    return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Measure;
  } catch (error) {
    return `failed (${error instanceof Error ? (error.message.split('\n')[0] ?? '') : 'unknown'})`;
  }
}

const REPEAT = Math.max(1, Number(process.env['BENCH_REPEAT'] ?? '1') || 1);

function best(a: Measure | string, b: Measure | string): Measure | string {
  if (typeof a === 'string') return b;
  if (typeof b === 'string') return a;
  return b.ms < a.ms ? b : a;
}

interface Row {
  readonly file: string;
  readonly mb: number;
  readonly otvori: Measure | string;
  readonly sheetjs: Measure | string;
}

const seconds = (ms: number): string => (ms / 1000).toFixed(2);

function line({ file, mb, otvori: o, sheetjs: s }: Row): string {
  const cell = (m: Measure | string, f: (m: Measure) => string): string =>
    typeof m === 'string' ? m : f(m);
  const both = typeof o !== 'string' && typeof s !== 'string' && s.rows > 0;
  const first = typeof o === 'string' || o.firstRowsMs === undefined ? null : o.firstRowsMs;
  return [
    file,
    mb.toFixed(1),
    cell(o, (m) => String(m.rows)),
    cell(s, (m) => (m.rows === 0 ? '0 (sheet dropped)' : String(m.rows))),
    cell(o, (m) => seconds(m.ms)),
    cell(s, (m) => seconds(m.ms)),
    both ? (o.ms / s.ms).toFixed(2) : '–',
    both ? (o.cpuMs / s.cpuMs).toFixed(2) : '–',
    cell(o, (m) => m.rssMb.toFixed(0)),
    cell(s, (m) => m.rssMb.toFixed(0)),
    both ? (o.rssMb / s.rssMb).toFixed(2) : '–',
    first === null ? '–' : seconds(first),
    first === null || typeof o === 'string' ? '–' : (first / o.ms).toFixed(3),
  ].join(' | ');
}

interface Target {
  readonly name: string;
  readonly file: RegExp;
  readonly check: (row: Row) => { value: string; met: boolean } | null;
}

function ratio(row: Row, of: 'ms' | 'rssMb'): number | null {
  const { otvori: o, sheetjs: s } = row;
  if (typeof o === 'string' || typeof s === 'string' || s.rows === 0) return null;
  return o[of] / s[of];
}

const TARGETS: readonly Target[] = [
  {
    name: 'xlsx 500k rows: time ≤ 0.6× SheetJS',
    file: /-500000\.xlsx$/,
    check: (row) => {
      const r = ratio(row, 'ms');
      return r === null ? null : { value: `${r.toFixed(2)}×`, met: r <= 0.6 };
    },
  },
  {
    name: 'xlsx 500k rows: peak memory ≤ 0.6× SheetJS',
    file: /-500000\.xlsx$/,
    check: (row) => {
      const r = ratio(row, 'rssMb');
      return r === null ? null : { value: `${r.toFixed(2)}×`, met: r <= 0.6 };
    },
  },
  {
    name: 'csv 1M rows (UTF-8): time ≤ 0.3× SheetJS',
    file: /-1000000\.utf8\.csv$/,
    check: (row) => {
      const r = ratio(row, 'ms');
      return r === null ? null : { value: `${r.toFixed(2)}×`, met: r <= 0.3 };
    },
  },
  {
    name: 'csv 1M rows (Windows-1250): time ≤ 0.3× SheetJS',
    file: /-1000000\.1250\.csv$/,
    check: (row) => {
      const r = ratio(row, 'ms');
      return r === null ? null : { value: `${r.toFixed(2)}×`, met: r <= 0.3 };
    },
  },
  {
    name: 'first visible rows ≤ 0.1× full load (every file)',
    file: /./,
    check: (row) => {
      const o = row.otvori;
      if (typeof o === 'string' || o.firstRowsMs === undefined) return null;
      const r = o.firstRowsMs / o.ms;
      return { value: `${r.toFixed(3)}×`, met: r <= 0.1 };
    },
  },
];

function targetLines(rows: readonly Row[]): string[] {
  const out = ['| target | file | measured | met |', '|---|---|---:|---|'];
  for (const target of TARGETS) {
    const matching = rows.filter((row) => target.file.test(row.file));
    if (matching.length === 0) {
      out.push(`| ${target.name} | – | not measured (size not run) | – |`);
      continue;
    }
    for (const row of matching) {
      const result = target.check(row);
      out.push(
        `| ${target.name} | ${row.file} | ${result?.value ?? 'n/a'} | ${
          result === null ? 'n/a' : result.met ? 'yes' : '**no**'
        } |`,
      );
    }
  }
  return out;
}

function main(): void {
  const [, , mode, kind, file] = process.argv;
  if (mode === 'measure' && (kind === 'otvori' || kind === 'sheetjs') && file !== undefined) {
    console.log(JSON.stringify(measure(kind, file)));
    return;
  }
  const sizes = process.argv.includes('--full')
    ? FULL_SIZES
    : (process.env['BENCH_SIZES'] ?? '10000,100000').split(',').map(Number);
  // BENCH_KINDS=xlsx,utf8.csv limits the file kinds (all three by default).
  const kinds = (process.env['BENCH_KINDS'] ?? KINDS.join(',')).split(',');
  const files = generate(sizes).filter((f) => kinds.some((k) => f.endsWith(`.${k}`)));
  const header = [
    '| file | MB | Otvori rows | SheetJS rows | Otvori s | SheetJS s | time × | CPU × | Otvori peak MB | SheetJS peak MB | memory × | first rows s | first / full |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  console.log(header.join('\n'));
  const rows: Row[] = [];
  for (const f of files) {
    let otvori: Measure | string = 'not run';
    let sheetjs: Measure | string = 'not run';
    // Alternating repeats, best of each: a shared machine's load spikes hit single runs.
    for (let run = 0; run < REPEAT; run++) {
      otvori = best(otvori, child('otvori', f));
      sheetjs = best(sheetjs, child('sheetjs', f));
    }
    const row: Row = { file: path.basename(f), mb: statSync(f).size / 1024 ** 2, otvori, sheetjs };
    rows.push(row);
    console.log(`| ${line(row)} |`);
  }
  const report = [
    ...header,
    ...rows.map((row) => `| ${line(row)} |`),
    '',
    ...targetLines(rows),
  ].join('\n');
  console.log(`\n${targetLines(rows).join('\n')}`);
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(path.join(RESULTS, 'latest.md'), `${report}\n`);
  writeFileSync(path.join(RESULTS, 'latest.json'), `${JSON.stringify(rows, null, 2)}\n`);
}

main();
