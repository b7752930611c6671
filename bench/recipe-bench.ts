/**
 * `npm run bench` part two (issue 4): the register's default cleaning recipe
 * (electron/backend/sample/register-recipe.ts) on the synthetic register as a Serbian CSV
 * arrives (every cell text: `12.345,50`, `01.02.2023.`, stray spaces and NBSP), time per step
 * and in total, in the engine itself and through the recipe worker (copying the table in and
 * out; bench/run.mjs bundles it into dist/bench/). BENCH_RECIPE_ROWS sets the size (default
 * 500000).
 */
import { applyRecipe } from '../shared/recipe';
import type { CellValue, Table } from '../shared/table/types';
import { workerRunner } from '../electron/backend/recipe/recipe-runner';
import { REGISTER_CLEANING_RECIPE } from '../electron/backend/sample/register-recipe';
import { generateRegisterRows, REGISTER_HEADERS } from '../electron/backend/sample/register-rows';
import { benchWorkerFile, MISSING_WORKER_HINT } from './worker-files';

const SEED = 20_260_101;

function serbianAmount(value: number): string {
  const [whole = '0', fraction = '00'] = value.toFixed(2).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fraction}`;
}

/** The register as all-text columns, the way a CSV from Serbian Excel is read. */
export function registerAsText(count: number): Table {
  const rows = generateRegisterRows(count, SEED);
  const columns: CellValue[][] = REGISTER_HEADERS.map(() => new Array<CellValue>(count));
  rows.forEach((row, r) => {
    const cells: CellValue[] = [
      String(row.redniBroj),
      r % 7 === 0 ? ` ${row.prezimeIme}\u00a0 ` : row.prezimeIme,
      row.jmbg,
      row.adresa,
      row.naselje,
      row.telefon,
      serbianAmount(row.iznos),
      `${row.datumResenja.slice(8, 10)}.${row.datumResenja.slice(5, 7)}.${row.datumResenja.slice(0, 4)}.`,
      row.napomena,
    ];
    cells.forEach((value, c) => {
      (columns[c] as CellValue[])[r] = value;
    });
  });
  return {
    columns: REGISTER_HEADERS.map((name, c) => ({ key: `c${c}`, name, type: 'text' as const })),
    values: columns,
    originals: REGISTER_HEADERS.map(() => new Map<number, string>()),
    rowCount: count,
  };
}

export async function recipeBench(): Promise<string[]> {
  const rows = Number(process.env['BENCH_RECIPE_ROWS'] ?? 500_000);
  const table = registerAsText(rows);
  const started = performance.now();
  const run = applyRecipe(table, REGISTER_CLEANING_RECIPE);
  const total = performance.now() - started;
  const lines = [
    `Default cleaning recipe on the ${rows.toLocaleString('en')}-row register (all text, as from a CSV):`,
    '',
    '| step | op | column | status | cells changed | rows removed | ms |',
    '|---:|---|---|---|---:|---:|---:|',
  ];
  run.stepResults.forEach((result, i) => {
    const step = REGISTER_CLEANING_RECIPE.steps[i];
    lines.push(
      `| ${i + 1} | ${result.op} | ${step?.column ?? '(all text)'} | ${result.status} | ${result.changedCells} | ${result.rowsRemoved} | ${result.millis.toFixed(0)} |`,
    );
  });
  lines.push(`| | **total (engine)** | | | | | **${total.toFixed(0)}** |`);
  const workerFile = benchWorkerFile('recipe-worker.mjs');
  if (workerFile !== null) {
    const inWorker = performance.now();
    const result = await workerRunner(workerFile)({
      source: table,
      recipe: REGISTER_CLEANING_RECIPE,
    });
    const ms = performance.now() - inWorker;
    lines.push(
      '',
      result.ok
        ? `Through the recipe worker (table copied in and out): ${(ms / 1000).toFixed(2)} s.`
        : `Recipe worker failed: ${result.error.code} (${result.error.message}).`,
    );
  } else {
    lines.push('', `Recipe worker not measured: ${MISSING_WORKER_HINT}.`);
  }
  return lines;
}
