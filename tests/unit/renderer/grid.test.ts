import { describe, expect, it } from 'vitest';
import {
  MAX_BODY_HEIGHT,
  rowTop,
  scrollTopToReveal,
  verticalMetrics,
  visibleRows,
} from '../../../renderer/src/grid/geometry';
import { moveActiveCell } from '../../../renderer/src/grid/grid-keys';
import { RowStore } from '../../../renderer/src/grid/row-store';

describe('grid geometry', () => {
  it('reaches the last of a million rows despite the browser height cap', () => {
    const rows = 1_048_576;
    const rowHeight = 36;
    const viewport = 500;
    const metrics = verticalMetrics(rows, rowHeight, viewport);
    expect(metrics.bodyHeight).toBe(MAX_BODY_HEIGHT);
    const maxScroll = metrics.bodyHeight - viewport;
    expect(visibleRows(maxScroll, viewport, rows, metrics, 0).last).toBe(rows - 1);
    expect(Math.round(rowTop(rows - 1, maxScroll, metrics) + rowHeight - maxScroll)).toBe(viewport);
    const revealed = visibleRows(
      scrollTopToReveal(777_777, 0, viewport, metrics),
      viewport,
      rows,
      metrics,
      0,
    );
    expect(revealed.first <= 777_777 && revealed.last >= 777_777).toBe(true);
    expect(verticalMetrics(100, rowHeight, viewport).ratio).toBe(1);
  });
});

describe('grid keyboard', () => {
  it('moves the active cell and clamps at the edges', () => {
    const key = (k: string, ctrlKey = false) => ({ key: k, ctrlKey, metaKey: false });
    expect(moveActiveCell({ row: 5, col: 2 }, key('End', true), 10, 4, 3)).toEqual({
      row: 9,
      col: 3,
    });
    expect(moveActiveCell({ row: 1, col: 2 }, key('PageUp'), 10, 4, 3)).toEqual({ row: 0, col: 2 });
    expect(moveActiveCell({ row: 0, col: 0 }, key('ArrowLeft'), 10, 4, 3)).toEqual({
      row: 0,
      col: 0,
    });
    expect(moveActiveCell({ row: 0, col: 0 }, key('ArrowDown'), 10, 4, 3)).toEqual({
      row: 1,
      col: 0,
    });
    expect(moveActiveCell({ row: 1, col: 2 }, key('a'), 10, 4, 3)).toBeNull();
  });
});

describe('row store', () => {
  it('fetches each page once, serves jumps and reads ahead', async () => {
    const calls: number[] = [];
    const store = new RowStore({
      rowCount: 10_000,
      pageSize: 100,
      maxPages: 3,
      concurrency: 2,
      fetchRows: async (offset, limit) => {
        calls.push(offset);
        await new Promise((resolve) => setTimeout(resolve, 5));
        return {
          ok: true,
          value: { offset, rows: Array.from({ length: limit }, (_, i) => [offset + i]) },
        };
      },
    });
    store.request(0, 50);
    store.request(0, 50);
    store.request(5000, 5050);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(store.getRow(5010)).toEqual([5010]);
    expect(calls.filter((c) => c === 0)).toHaveLength(1);
    expect(calls).toContain(5000);
  });
});
