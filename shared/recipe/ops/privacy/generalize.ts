/**
 * Generalize (issue 5 §2; serbian-pii.md §4.4): coarser values that still serve statistics.
 * - `year`: a date (ISO `1985-06-15`, Serbian `15.06.1985.`) → 1985 (an integer column);
 * - `year-band`: a date or a year → `1985–1989` (width 5 or 10);
 * - `age-band`: an age → `30–34`, 90 and over → `90+`;
 * - `settlement`: a street address → the settlement named in it (`Njegoševa 9, 26000 Pančevo` →
 *   `Pančevo`, Cyrillic stays Cyrillic); an address naming no known settlement becomes empty,
 *   because the street and number are what identify the household;
 * - `postal-area`: `26101` → `26xxx`.
 * A value that cannot be read (`nepoznato` in a date column) becomes empty as well: leaving it
 * would leave the one cell the clerk did not see. The count of such cells is the step's
 * `invalidCells`, so the clerk can look at them.
 */
import { KNOWN_SETTLEMENTS } from '../../../privacy/address';
import { foldKey } from '../../../privacy/fold-key';
import { band, yearOf } from '../../../privacy/generalize-values';
import type { CellValue, ColumnType } from '../../../table/types';
import { hasSerbianCyrillic } from '../../../text/transliterate';
import { columnIndex, param, replaceColumns } from '../../table-edit';
import type { OpDefinition } from '../../types';
import { describeOne, readsOne, requireColumn } from '../column-op';
import { latinToCyrillic } from '../latin-to-cyrillic';

export { band, yearOf };

export const GENERALIZE_TO = [
  'year',
  'year-band',
  'age-band',
  'settlement',
  'postal-area',
] as const;
export type GeneralizeTo = (typeof GENERALIZE_TO)[number];

const OLDEST_AGE_BAND = 90;

function ageOf(value: CellValue): number | null {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string'
        ? Number(value.trim().replace(',', '.'))
        : NaN;
  return Number.isFinite(n) && n >= 0 && n < 130 ? n : null;
}

const SETTLEMENT_KEYS = KNOWN_SETTLEMENTS.map((name) => ({ name, key: foldKey(name) }));

/** The last known settlement named in an address (after the street: `…, 26000 Pančevo`). */
export function settlementOf(address: string): string | null {
  const folded = foldKey(address);
  let best: { name: string; at: number } | null = null;
  for (const { name, key } of SETTLEMENT_KEYS) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${key}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of folded.matchAll(re)) {
      if (
        best === null ||
        m.index > best.at ||
        (m.index === best.at && name.length > best.name.length)
      ) {
        best = { name, at: m.index };
      }
    }
  }
  if (best === null) return null;
  return hasSerbianCyrillic(address) ? latinToCyrillic(best.name) : best.name;
}

function generalizeCell(value: CellValue, to: GeneralizeTo, width: number): CellValue | undefined {
  switch (to) {
    case 'year':
      return yearOf(value) ?? undefined;
    case 'year-band': {
      const year = yearOf(value);
      return year === null ? undefined : band(year, width);
    }
    case 'age-band': {
      const age = ageOf(value);
      if (age === null) return undefined;
      return age >= OLDEST_AGE_BAND ? `${OLDEST_AGE_BAND}+` : band(Math.floor(age), width);
    }
    case 'settlement':
      return typeof value === 'string' ? (settlementOf(value) ?? undefined) : undefined;
    case 'postal-area': {
      const code = String(value).trim();
      return /^\d{5}$/.test(code) ? `${code.slice(0, 2)}xxx` : undefined;
    }
  }
}

const RESULT_TYPE: Readonly<Record<GeneralizeTo, ColumnType>> = {
  year: 'integer',
  'year-band': 'text',
  'age-band': 'text',
  settlement: 'text',
  'postal-area': 'text',
};

export const generalizeOp: OpDefinition = {
  op: 'generalize',
  schema: {
    type: 'object',
    properties: {
      to: { type: 'string', enum: [...GENERALIZE_TO] },
      width: { type: 'integer', enum: [5, 10] },
    },
    required: ['to'],
    additionalProperties: false,
  },
  column: true,
  columnParams: [],
  valueParams: [],
  apply(table, step) {
    const c = columnIndex(table, requireColumn(step));
    const to = param<GeneralizeTo>(step, 'to', 'year');
    const width = param(step, 'width', 5);
    const source = table.values[c] ?? [];
    const values = new Array<CellValue>(source.length);
    let invalidCells = 0;
    for (let r = 0; r < source.length; r++) {
      const value = source[r] ?? null;
      if (value === null || (typeof value === 'string' && value.trim() === '')) {
        values[r] = null;
        continue;
      }
      const next = generalizeCell(value, to, width);
      if (next === undefined) invalidCells++;
      values[r] = next ?? null;
    }
    const update = { values, originals: new Map<number, string>(), type: RESULT_TYPE[to] };
    return { table: replaceColumns(table, new Map([[c, update]])), invalidCells };
  },
  // One message per target (`recipe.op.generalize.year`), so each reads as a sentence.
  describe: (step) => ({
    ...describeOne(step, { width: Number(step.params.width ?? 5) }),
    key: `recipe.op.generalize.${String(step.params.to ?? 'year')}`,
  }),
  affectedColumns: readsOne,
};
