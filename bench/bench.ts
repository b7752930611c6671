/**
 * `npm run bench` (issue 3): Otvori's reader against a plain SheetJS dense `read` of the same
 * synthetic Pančevo register, as xlsx and as CSV (UTF-8 with BOM, Windows-1250), each
 * measurement in its own child process so peak RSS is clean. Sizes default to 10k and 100k rows;
 * BENCH_SIZES=10000,100000,500000,1000000 runs the full set (slow: SheetJS needs ~40 s
 * and 2+ GB for 500k xlsx rows, and silently drops a 1M-row sheet).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { generateRegisterRows } from '../electron/backend/sample/register-rows';
import { registerCsvText, registerWorkbookBytes } from '../electron/backend/sample/write-register';
import { encodeSingleByte } from '../electron/backend/workbook/code-pages';
import { readWorkbookFile } from '../electron/backend/workbook/read-workbook-file';
import { recipeBench } from './recipe-bench';

const SEED = 20_260_101;
const OUT = path.resolve('bench', 'files');

interface Measure {
  readonly ms: number;
  readonly rssMb: number;
  readonly rows: number;
}

function measure(kind: 'otvori' | 'sheetjs', file: string): Measure {
  const started = performance.now();
  let rows: number;
  if (kind === 'otvori') {
    const result = readWorkbookFile(file, path.basename(file), undefined, {
      maxFileBytes: 4 * 1024 ** 3,
    });
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    rows = result.value.table.rowCount;
  } else {
    const codepage = file.includes('1250') ? { codepage: 1250 } : {};
    const book = XLSX.read(readFileSync(file), { type: 'buffer', dense: true, ...codepage });
    const sheet = book.Sheets[book.SheetNames[0] ?? ''];
    rows = ((sheet?.['!data'] as unknown[] | undefined)?.length ?? 1) - 1;
  }
  const ms = performance.now() - started;
  return { ms, rssMb: process.resourceUsage().maxRSS / 1024, rows };
}

function generate(sizes: readonly number[]): string[] {
  mkdirSync(OUT, { recursive: true });
  const files: string[] = [];
  for (const size of sizes) {
    const names = ['xlsx', 'utf8.csv', '1250.csv'].map((ext) =>
      path.join(OUT, `register-${size}.${ext}`),
    );
    if (names.some((n) => !existsSync(n))) {
      const rows = generateRegisterRows(size, SEED);
      writeFileSync(names[0] as string, registerWorkbookBytes(rows));
      const text = registerCsvText(rows);
      writeFileSync(names[1] as string, new TextEncoder().encode(`\uFEFF${text}`));
      // Cyrillic has no Windows-1250 bytes: as in a real 1250 file, those names become `?`.
      writeFileSync(names[2] as string, encodeSingleByte(text, 'windows-1250'));
    }
    files.push(...names);
  }
  return files;
}

function child(kind: string, file: string): Measure | string {
  try {
    const out = execFileSync(
      process.execPath,
      ['--max-old-space-size=8192', process.argv[1] as string, 'measure', kind, file],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 30 * 60 * 1000,
      },
    );
    return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Measure;
  } catch (error) {
    return `failed (${error instanceof Error ? error.message.split('\n')[0] : 'unknown'})`;
  }
}

async function main(): Promise<void> {
  const [, , mode, kind, file] = process.argv;
  if (mode === 'measure' && (kind === 'otvori' || kind === 'sheetjs') && file !== undefined) {
    console.log(JSON.stringify(measure(kind, file)));
    return;
  }
  // `npm run bench -- recipe`: only the cleaning recipe.
  if (mode === 'recipe') {
    console.log((await recipeBench()).join('\n'));
    return;
  }
  const sizes = (process.env['BENCH_SIZES'] ?? '10000,100000').split(',').map(Number);
  const files = generate(sizes);
  const lines = [
    '| file | MB | Otvori s | SheetJS s | time × | Otvori peak MB | SheetJS peak MB | memory × | rows |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const f of files) {
    const o = child('otvori', f);
    const s = child('sheetjs', f);
    const mb = (statSync(f).size / 1024 ** 2).toFixed(1);
    if (typeof o === 'string' || typeof s === 'string') {
      lines.push(
        `| ${path.basename(f)} | ${mb} | ${typeof o === 'string' ? o : (o.ms / 1000).toFixed(2)} | ${typeof s === 'string' ? s : (s.ms / 1000).toFixed(2)} | | | | | |`,
      );
    } else {
      lines.push(
        `| ${path.basename(f)} | ${mb} | ${(o.ms / 1000).toFixed(2)} | ${(s.ms / 1000).toFixed(2)} | ${(o.ms / s.ms).toFixed(2)} | ${o.rssMb.toFixed(0)} | ${s.rssMb.toFixed(0)} | ${(o.rssMb / s.rssMb).toFixed(2)} | ${o.rows} / ${s.rows} |`,
      );
    }
    console.log(lines[lines.length - 1]);
  }
  console.log('\n' + lines.join('\n'));
  console.log(
    '\nTime to first visible rows: not measured — the table is shown after the full read (no streaming reader yet).',
  );
  console.log(`\n${(await recipeBench()).join('\n')}`);
}

await main();
