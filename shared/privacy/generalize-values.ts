/**
 * Coarser values for generalization (the `generalize` recipe op and the risk check): the year of
 * a date in ISO or Serbian spelling, and a band of years or ages written `1985–1989`.
 */
import type { CellValue } from '../table/types';

const EN_DASH = '\u2013';

/** The year of a date cell, or of a bare year; null when the cell holds no date. */
export function yearOf(value: CellValue): number | null {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 1800 && value <= 2200 ? value : null;
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const iso = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[T ][\d:.]+)?$/.exec(text);
  if (iso) return Number(iso[1]);
  const dotted = /^(0?[1-9]|[12]\d|3[01])\.\s?(0?[1-9]|1[0-2])\.\s?(\d{4})\.?$/.exec(text);
  if (dotted) return Number(dotted[3]);
  if (/^\d{4}$/.test(text)) return yearOf(Number(text));
  return null;
}

export function band(value: number, width: number): string {
  const start = Math.floor(value / width) * width;
  return `${start}${EN_DASH}${start + width - 1}`;
}
