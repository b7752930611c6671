/**
 * Fuzz: truncated and randomly mutated versions of every good fixture go through the reader as
 * the app runs it (a worker with heap and wall-clock limits). Every outcome must be a clean
 * Result — success, or one of the reader's specific error codes (READ_TIMEOUT included: SheetJS
 * loops forever on some mutated xlsm files, seen with seed 0x5eed+1, mutation 15 — exactly what
 * the worker's limit is for), never INTERNAL and never a throw — within the time limit.
 * Seeded, so a failure reproduces; bounded, so the suite stays fast.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createWorkerReader,
  DEFAULT_READ_LIMITS,
} from '../../../electron/backend/workbook/worker-reader';
import { makeFixtures } from '../../fixtures/make-fixtures';
import { makeImportFixtures } from '../../fixtures/make-import-fixtures';
import { makeOdsFixtures } from '../../fixtures/make-ods-fixtures';
import { makeStreamFixtures } from '../../fixtures/make-stream-fixtures';

const TRUNCATIONS = 5;
const MUTATIONS = 16;
/** The worker's wall-clock limit for these tiny files, and the most a read may take with it. */
const TIMEOUT_MS = 4000;
const READ_LIMIT_MS = TIMEOUT_MS + 2000;
// Built by tests/setup/global-setup.ts (or `node scripts/build-node.mjs reader-worker`).
const WORKER_FILE = path.resolve('dist/node/reader-worker.mjs');
const LIMITS = { ...DEFAULT_READ_LIMITS, timeoutMs: TIMEOUT_MS };
const CLEAN_ERRORS = new Set([
  'FILE_CORRUPT',
  'FILE_EMPTY',
  'FILE_ENCRYPTED',
  'FILE_UNSUPPORTED',
  'FILE_TOO_LARGE',
  'FILE_SUSPICIOUS',
  'READ_TIMEOUT',
]);

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function variants(bytes: Uint8Array, seed: number): { label: string; bytes: Uint8Array }[] {
  const random = prng(seed);
  const out: { label: string; bytes: Uint8Array }[] = [];
  for (let i = 1; i <= TRUNCATIONS; i++) {
    const length = Math.floor((bytes.length * i) / (TRUNCATIONS + 1) + random() * 16);
    out.push({ label: `truncated to ${length}`, bytes: bytes.subarray(0, length) });
  }
  for (let i = 0; i < MUTATIONS; i++) {
    const copy = Uint8Array.from(bytes);
    const flips = 1 + Math.floor(random() * 24);
    for (let f = 0; f < flips; f++) {
      const at = Math.floor(random() * copy.length);
      copy[at] = Math.floor(random() * 256);
    }
    out.push({ label: `mutation ${i} (${flips} bytes)`, bytes: copy });
  }
  return out;
}

let dir: string;
let sources: { name: string; bytes: Uint8Array }[];

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-fuzz-'));
  const base = makeFixtures();
  const more = makeImportFixtures();
  const paths = [
    base.xlsx,
    base.xlsm,
    base.xls,
    base.ods,
    base.csv,
    more.layoutXlsx,
    more.corruptXlsx,
    ...more.encodings.map((e) => e.path),
    ...Object.values(makeStreamFixtures()),
    makeOdsFixtures().hiddenOds,
  ];
  sources = paths.map((p) => ({ name: path.basename(p), bytes: new Uint8Array(readFileSync(p)) }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reader fuzz', () => {
  // `stream` sends every xlsx and text file through the streaming readers, whatever its size.
  it.each(['auto', 'stream'] as const)(
    'answers every truncated or mutated file with a clean result, in time (%s)',
    async (strategy) => {
      const reader = createWorkerReader({ workerFile: WORKER_FILE });
      const jobs: { file: string; name: string; where: string }[] = [];
      sources.forEach((source, s) => {
        variants(source.bytes, 0x5eed + s).forEach((variant, v) => {
          const file = path.join(dir, `${s}-${v}-${source.name}`);
          writeFileSync(file, variant.bytes);
          jobs.push({ file, name: source.name, where: `${source.name}, ${variant.label}` });
        });
      });
      const codes = new Map<string, number>();
      let next = 0;
      const lane = async (): Promise<void> => {
        while (next < jobs.length) {
          const job = jobs[next++] as (typeof jobs)[number];
          const started = performance.now();
          const result = await reader({
            filePath: job.file,
            fileName: job.name,
            limits: LIMITS,
            strategy,
          });
          const elapsed = performance.now() - started;
          expect(elapsed, job.where).toBeLessThan(READ_LIMIT_MS);
          if (!result.ok) {
            expect(CLEAN_ERRORS.has(result.error.code), `${job.where}: ${result.error.code}`).toBe(
              true,
            );
            codes.set(result.error.code, (codes.get(result.error.code) ?? 0) + 1);
          } else {
            codes.set('ok', (codes.get('ok') ?? 0) + 1);
            const { table } = result.value;
            for (const column of table.values)
              expect(column.length, job.where).toBe(table.rowCount);
          }
        }
      };
      await Promise.all([lane(), lane()]);
      const total = [...codes.values()].reduce((a, b) => a + b, 0);
      expect(total).toBe(sources.length * (TRUNCATIONS + MUTATIONS));
      // Both outcomes occur: the fuzz reaches the parsers, not only the pre-flight checks.
      expect(codes.get('ok') ?? 0).toBeGreaterThan(0);
      expect(codes.get('FILE_CORRUPT') ?? 0).toBeGreaterThan(0);
    },
    240_000,
  );
});
