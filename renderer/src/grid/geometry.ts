/**
 * Sizes and scroll arithmetic for the virtualized grid, in CSS pixels. Pure, so it can be tested.
 *
 * Browsers cap an element's height (Firefox near 17.9 million px, Chromium near 33.5 million):
 * 1,048,576 Excel rows × 36 px would overflow it and the last rows could never be reached. Above
 * MAX_BODY_HEIGHT the body is compressed: the scrollbar covers the whole table and rows are placed
 * at `rowIndex × rowHeight − scrollTop × ratio + scrollTop`.
 */
import type { ColumnType } from '../../../shared/table/types';

export const MAX_BODY_HEIGHT = 12_000_000;

interface WidthRule {
  readonly min: number;
  readonly max: number;
}

/** Widths in rem: wide enough for the header name and the type badge, capped so one column cannot fill the screen. */
const WIDTH_REM: { readonly [T in ColumnType]: WidthRule } = {
  text: { min: 10, max: 22 },
  integer: { min: 7.5, max: 14 },
  decimal: { min: 9, max: 14 },
  date: { min: 8.5, max: 14 },
  datetime: { min: 10.5, max: 16 },
  boolean: { min: 6.5, max: 12 },
  empty: { min: 8, max: 12 },
};

/** The header shows the name (bold) and the type badge (small): the badge always fits, the name up to the cap. */
export function columnWidthRem(name: string, type: ColumnType, badge: string): number {
  const rule = WIDTH_REM[type];
  const forName = 2 + [...name].length * 0.6;
  const forBadge = 2.5 + [...badge].length * 0.56;
  return Math.max(forBadge, Math.min(rule.max, Math.max(rule.min, forName)));
}

export function rowHeaderWidthRem(rowCount: number): number {
  const digits = String(Math.max(1, rowCount)).length;
  return Math.max(3.5, 1.5 + digits * 0.62);
}

export interface ColumnLayout {
  readonly rowHeaderWidth: number;
  readonly widths: readonly number[];
  /** Left edge of each data column, from the left of the grid (row header included). */
  readonly lefts: readonly number[];
  readonly totalWidth: number;
  readonly template: string;
}

export function columnLayout(
  columns: readonly {
    readonly name: string;
    readonly type: ColumnType;
    /** The type badge text in the current language. */
    readonly badge: string;
  }[],
  rowCount: number,
  remPx: number,
): ColumnLayout {
  const rowHeaderWidth = Math.round(rowHeaderWidthRem(rowCount) * remPx);
  const widths = columns.map((c) => Math.round(columnWidthRem(c.name, c.type, c.badge) * remPx));
  const lefts: number[] = [];
  let x = rowHeaderWidth;
  for (const w of widths) {
    lefts.push(x);
    x += w;
  }
  return {
    rowHeaderWidth,
    widths,
    lefts,
    totalWidth: x,
    template: [rowHeaderWidth, ...widths].map((w) => `${w}px`).join(' '),
  };
}

export interface VerticalMetrics {
  readonly rowHeight: number;
  readonly bodyHeight: number;
  /** Virtual pixels per physical pixel of scroll (1 unless the table is huge). */
  readonly ratio: number;
}

export function verticalMetrics(
  rowCount: number,
  rowHeight: number,
  viewportBody: number,
): VerticalMetrics {
  const virtual = rowCount * rowHeight;
  const bodyHeight = Math.min(virtual, MAX_BODY_HEIGHT);
  const ratio =
    virtual > bodyHeight && bodyHeight > viewportBody
      ? (virtual - viewportBody) / (bodyHeight - viewportBody)
      : 1;
  return { rowHeight, bodyHeight, ratio };
}

export interface RowRange {
  readonly first: number;
  readonly last: number;
}

/** Rows intersecting the visible body area, plus `overscan` on each side, clamped to the table. */
export function visibleRows(
  scrollTop: number,
  viewportBody: number,
  rowCount: number,
  m: VerticalMetrics,
  overscan = 3,
): RowRange {
  if (rowCount === 0) return { first: 0, last: -1 };
  const top = scrollTop * m.ratio;
  const first = Math.max(0, Math.floor(top / m.rowHeight) - overscan);
  const last = Math.min(rowCount - 1, Math.ceil((top + viewportBody) / m.rowHeight) + overscan);
  return { first, last };
}

/** Top of a row inside the body, in physical pixels. */
export function rowTop(row: number, scrollTop: number, m: VerticalMetrics): number {
  return row * m.rowHeight - scrollTop * m.ratio + scrollTop;
}

/** The scrollTop that brings `row` fully into view, moving as little as possible. */
export function scrollTopToReveal(
  row: number,
  scrollTop: number,
  viewportBody: number,
  m: VerticalMetrics,
): number {
  const top = row * m.rowHeight;
  const bottom = top + m.rowHeight;
  const virtualTop = scrollTop * m.ratio;
  if (top < virtualTop) return top / m.ratio;
  if (bottom > virtualTop + viewportBody) return (bottom - viewportBody) / m.ratio;
  return scrollTop;
}

/** The scrollLeft that brings a data column fully into view beside the sticky row-number column. */
export function scrollLeftToReveal(
  column: number,
  scrollLeft: number,
  viewportWidth: number,
  layout: ColumnLayout,
): number {
  const left = layout.lefts[column];
  const width = layout.widths[column];
  if (left === undefined || width === undefined) return scrollLeft;
  if (left - layout.rowHeaderWidth < scrollLeft) return left - layout.rowHeaderWidth;
  if (left + width > scrollLeft + viewportWidth) return left + width - viewportWidth;
  return scrollLeft;
}
