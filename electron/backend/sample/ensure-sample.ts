/**
 * "Open sample register": a synthetic workbook written once into the app's data folder, so a
 * clerk can try Otvori without touching real data.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeRegisterXlsx } from './write-register';

export const SAMPLE_FILE_NAME = 'pancevo-registar-uzorak.xlsx';
export const SAMPLE_ROWS = 200;
/** Fixed: every installation shows the same sample, so help texts and screenshots match. */
export const SAMPLE_SEED = 20_240_601;

/** Writes `<dataDir>/samples/pancevo-registar-uzorak.xlsx` if missing; returns its path. */
export function ensureSampleRegister(dataDir: string): string {
  const folder = join(dataDir, 'samples');
  const path = join(folder, SAMPLE_FILE_NAME);
  if (existsSync(path)) return path;
  mkdirSync(folder, { recursive: true });
  writeRegisterXlsx(path, SAMPLE_ROWS, SAMPLE_SEED);
  return path;
}
