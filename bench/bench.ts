/**
 * `npm run bench` (issue 3): Otvori's reader against a plain SheetJS dense `read` of the same
 * synthetic Pančevo register (15 columns, bench/register-files.ts), as xlsx and as CSV (UTF-8
 * with BOM, Windows-1250), each measurement in its own child process so peak memory is clean.
 * Otvori is measured on the app's real path: `createWorkerReader` with a spare reader worker
 * thread started ahead as the backend does (bundled by bench/run.mjs into dist/bench/), the
 * worker reads the file and hands the packed table over, and the full load ends when the table
 * is unpacked in the parent — what the clerk waits for. Peak memory is the child process's VmHWM, which covers the worker thread (threads
 * share the process). Also reported: the time the read took inside the worker (its last
 * 'building' progress event, so full load − read in worker ≈ the cost of handing the table
 * over), Otvori's time to the first visible rows (the preview event), the ratios and the issue's
 * targets met or not. The worker gets the app's heap limit (DEFAULT_READ_LIMITS.maxHeapMb); a
 * read that runs out of it is measured again in a fresh child with BENCH_LARGE_HEAP_MB (default
 * 12288) and marked, since the app itself would fail that file. The file-size and time limits
 * are lifted (4 GB, 25 min) so big files are measured; a read longer than the app's timeout is
 * noted.
 *
 * Sizes: BENCH_SIZES=10000,100000 (default), or `npm run bench -- --full` for 10k, 100k, 500k
 * and 1M rows (slow: SheetJS needs minutes and gigabytes, and silently drops a 1M-row sheet).
 * BENCH_KINDS=xlsx (or utf8.csv, 1250.csv) limits the file kinds; BENCH_REPEAT=3 measures each
 * side three times, alternating, and keeps the fastest (for a busy machine). BENCH_READ_HEAP_MB
 * sets the worker's heap limit instead of the app's.
 * Results also go to bench/results/latest.md and latest.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { DEFAULT_READ_LIMITS } from '../electron/backend/workbook/read-limits';
import type { ReadLimits } from '../electron/backend/workbook/reader-api';
import { createWorkerReader } from '../electron/backend/workbook/worker-reader';
import { recipeBench } from './recipe-bench';
import { generateRegisterRows, registerCsvBytes, registerXlsx } from './register-files';
import { benchWorkerFile, MISSING_WORKER_HINT } from './worker-files';

const SEED = 20_260_101;
const OUT = path.resolve('bench', 'files');
const RESULTS = path.resolve('bench', 'results');
const FULL_SIZES = [10_000, 100_000, 500_000, 1_000_000];
const KINDS = ['xlsx', 'utf8.csv', '1250.csv'] as const;

interface Measure {
  readonly ms: number;
  /** CPU time of the read (user + system, all threads): far less sensitive than `ms` to load. */
  readonly cpuMs: number;
  readonly rssMb: number;
  readonly rows: number;
  /** Otvori only: when the preview (the first visible rows) reached the parent. */
  readonly firstRowsMs?: number;
  /** Otvori only: when the worker had built the table (before handing it over). */
  readonly readInWorkerMs?: number;
  /** Otvori only: the worker's heap limit, MB. */
  readonly heapMb?: number;
}

/** What a measuring child prints when the read fails; `code` is Otvori's error code. */
interface Failure {
  readonly error: string;
  readonly code?: string;
}

const APP_HEAP_MB = DEFAULT_READ_LIMITS.maxHeapMb;
const LARGE_HEAP_MB = Number(process.env['BENCH_LARGE_HEAP_MB'] ?? '12288') || 12_288;
const BENCH_HEAP_MB = Number(process.env['BENCH_READ_HEAP_MB'] ?? APP_HEAP_MB) || APP_HEAP_MB;
/** Below the child's own 30-minute kill, so a slow read ends with READ_TIMEOUT, not a kill. */
const BENCH_TIMEOUT_MS = 25 * 60 * 1000;

async function measureOtvori(file: string, heapMb: number): Promise<Measure | Failure> {
  const workerFile = benchWorkerFile('reader-worker.mjs');
  if (workerFile === null) return { error: `reader worker missing: ${MISSING_WORKER_HINT}` };
  const limits: ReadLimits = {
    maxFileBytes: 4 * 1024 ** 3,
    timeoutMs: BENCH_TIMEOUT_MS,
    maxHeapMb: heapMb,
  };
  // As in the app (backend.ts), a spare worker is started ahead and has loaded before the clerk
  // picks a file; the clock starts when the file is handed over.
  const read = createWorkerReader({ workerFile, spareHeapMb: heapMb });
  await read.ready();
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  let firstRowsMs: number | undefined;
  let readInWorkerMs: number | undefined;
  const result = await read({
    filePath: file,
    fileName: path.basename(file),
    limits,
    onPreview: () => {
      firstRowsMs ??= performance.now() - started;
    },
    onProgress: (phase, done, total) => {
      // The last 'building' event with done = total: the table is built inside the worker.
      if (phase === 'building' && done === total) readInWorkerMs = performance.now() - started;
    },
  });
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  read.close();
  if (!result.ok)
    return { error: `${result.error.code}: ${result.error.message}`, code: result.error.code };
  return {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssMb: peakRssMb(),
    rows: result.value.table.rowCount,
    heapMb,
    ...(firstRowsMs === undefined ? {} : { firstRowsMs }),
    ...(readInWorkerMs === undefined ? {} : { readInWorkerMs }),
  };
}

function measureSheetJs(file: string): Measure {
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const codepage = file.includes('1250') ? { codepage: 1250 } : {};
  const book = XLSX.read(readFileSync(file), { type: 'buffer', dense: true, ...codepage });
  const sheet = book.Sheets[book.SheetNames[0] ?? ''];
  // A sheet too long for a V8 string is dropped without an error (architecture.md §4).
  const rows = Math.max(0, ((sheet?.['!data'] as unknown[] | undefined)?.length ?? 1) - 1);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, rssMb: peakRssMb(), rows };
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

function runChild(kind: string, file: string, heapMb: number): Measure | Failure {
  try {
    const out = execFileSync(
      process.execPath,
      [
        '--max-old-space-size=12288',
        process.argv[1] as string,
        'measure',
        kind,
        file,
        String(heapMb),
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 30 * 60 * 1000 },
    );
    return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Measure | Failure;
  } catch (error) {
    const stderr = (error as { stderr?: unknown }).stderr;
    const last = typeof stderr === 'string' ? stderr.trim().split('\n').pop() : undefined;
    const first = error instanceof Error ? error.message.split('\n')[0] : undefined;
    return { error: last ?? first ?? 'unknown' };
  }
}

/**
 * One measurement in its own child process. An Otvori read that runs out of the app's heap limit
 * (unless BENCH_READ_HEAP_MB chose another) is measured again with a larger one (in a fresh child: the failed attempt's peak would
 * otherwise count) and marked by its `heapMb`.
 */
function child(kind: 'otvori' | 'sheetjs', file: string): Measure | string {
  let result = runChild(kind, file, BENCH_HEAP_MB);
  if (
    kind === 'otvori' &&
    'code' in result &&
    result.code === 'READ_OUT_OF_MEMORY' &&
    BENCH_HEAP_MB === APP_HEAP_MB &&
    APP_HEAP_MB < LARGE_HEAP_MB
  ) {
    console.error(
      `${path.basename(file)}: out of memory at the ${BENCH_HEAP_MB} MB worker heap limit; measuring again with ${LARGE_HEAP_MB} MB`,
    );
    result = runChild(kind, file, LARGE_HEAP_MB);
  }
  return 'error' in result ? `failed (${result.error})` : result;
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

const offAppHeap = (m: Measure): boolean => m.heapMb !== undefined && m.heapMb !== APP_HEAP_MB;
const pastAppTimeout = (m: Measure): boolean => m.ms > DEFAULT_READ_LIMITS.timeoutMs;
const pastAppFileLimit = (mb: number): boolean => mb * 1024 ** 2 > DEFAULT_READ_LIMITS.maxFileBytes;

/** Where the bench's Otvori read went past a limit the app itself would enforce. */
function marks(m: Measure, mb: number): string {
  return `${offAppHeap(m) ? ' †' : ''}${pastAppTimeout(m) ? ' ‡' : ''}${pastAppFileLimit(mb) ? ' §' : ''}`;
}

function noteLines(rows: readonly Row[]): string[] {
  const measured = rows.flatMap((row) => (typeof row.otvori === 'string' ? [] : [row.otvori]));
  const heaps = [...new Set(measured.filter(offAppHeap).map((m) => m.heapMb))];
  const notes = [
    `Otvori: the app's reader worker (createWorkerReader), timed until the table is in the parent; "read in worker" ends when the worker has built the table, so the difference is handing the packed table over and unpacking it. Worker heap limit: the app's ${APP_HEAP_MB} MB (DEFAULT_READ_LIMITS) unless marked.`,
  ];
  if (heaps.length > 0) {
    notes.push(
      BENCH_HEAP_MB === APP_HEAP_MB
        ? `† out of memory at the app's ${APP_HEAP_MB} MB worker heap limit (the app fails this file with READ_OUT_OF_MEMORY); measured with ${heaps.join(', ')} MB.`
        : `† worker heap limit ${heaps.join(', ')} MB (BENCH_READ_HEAP_MB), not the app's ${APP_HEAP_MB} MB.`,
    );
  }
  if (measured.some(pastAppTimeout)) {
    notes.push(
      `‡ longer than the app's ${DEFAULT_READ_LIMITS.timeoutMs / 1000} s read limit: the app stops this read with READ_TIMEOUT (on this machine).`,
    );
  }
  if (rows.some((row) => pastAppFileLimit(row.mb))) {
    notes.push(
      `§ larger than the app's ${DEFAULT_READ_LIMITS.maxFileBytes / 1024 ** 2} MB file limit: the app refuses this file (FILE_TOO_LARGE).`,
    );
  }
  return notes;
}

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
    cell(o, (m) => `${seconds(m.ms)}${marks(m, mb)}`),
    cell(o, (m) => (m.readInWorkerMs === undefined ? '–' : seconds(m.readInWorkerMs))),
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

async function main(): Promise<void> {
  const [, , mode, kind, file] = process.argv;
  if (mode === 'measure' && (kind === 'otvori' || kind === 'sheetjs') && file !== undefined) {
    const heapMb = Number(process.argv[5]) || BENCH_HEAP_MB;
    console.log(
      JSON.stringify(kind === 'otvori' ? await measureOtvori(file, heapMb) : measureSheetJs(file)),
    );
    return;
  }
  // `npm run bench -- recipe`: only the cleaning recipe (issue 4).
  if (mode === 'recipe') {
    console.log((await recipeBench()).join('\n'));
    return;
  }
  const sizes = process.argv.includes('--full')
    ? FULL_SIZES
    : (process.env['BENCH_SIZES'] ?? '10000,100000').split(',').map(Number);
  // BENCH_KINDS=xlsx,utf8.csv limits the file kinds (all three by default).
  const kinds = (process.env['BENCH_KINDS'] ?? KINDS.join(',')).split(',');
  const files = generate(sizes).filter((f) => kinds.some((k) => f.endsWith(`.${k}`)));
  const header = [
    '| file | MB | Otvori rows | SheetJS rows | Otvori s | read in worker s | SheetJS s | time × | CPU × | Otvori peak MB | SheetJS peak MB | memory × | first rows s | first / full |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
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
    ...noteLines(rows),
    '',
    ...targetLines(rows),
  ].join('\n');
  console.log(`\n${noteLines(rows).join('\n')}\n\n${targetLines(rows).join('\n')}`);
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(path.join(RESULTS, 'latest.md'), `${report}\n`);
  writeFileSync(path.join(RESULTS, 'latest.json'), `${JSON.stringify(rows, null, 2)}\n`);
  console.log(`\n${(await recipeBench()).join('\n')}`);
}

await main();
