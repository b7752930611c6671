/** Keyboard movement of the active cell (WAI-ARIA grid pattern). Pure: key in, new position out. */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

export interface KeyInput {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

export function moveActiveCell(
  from: CellPosition,
  input: KeyInput,
  rowCount: number,
  colCount: number,
  pageRows: number,
): CellPosition | null {
  const lastRow = Math.max(0, rowCount - 1);
  const lastCol = Math.max(0, colCount - 1);
  const ctrl = input.ctrlKey || input.metaKey;
  const clamp = (row: number, col: number): CellPosition => ({
    row: Math.min(lastRow, Math.max(0, row)),
    col: Math.min(lastCol, Math.max(0, col)),
  });
  switch (input.key) {
    case 'ArrowDown':
      return clamp(from.row + 1, from.col);
    case 'ArrowUp':
      return clamp(from.row - 1, from.col);
    case 'ArrowRight':
      return clamp(from.row, from.col + 1);
    case 'ArrowLeft':
      return clamp(from.row, from.col - 1);
    case 'PageDown':
      return clamp(from.row + pageRows, from.col);
    case 'PageUp':
      return clamp(from.row - pageRows, from.col);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(from.row, 0);
    case 'End':
      return ctrl ? clamp(lastRow, lastCol) : clamp(from.row, lastCol);
    default:
      return null;
  }
}
