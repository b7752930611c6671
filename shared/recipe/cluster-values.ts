/**
 * Clusters of values that are probably the same thing (`Pančevo` ×120, `PANCEVO` ×7,
 * `Панчево` ×30) by fingerprint key collision. The clerk picks the value to keep; the choice
 * becomes a `merge-cluster` step. Counted in one pass over distinct values, so a 500k-row column
 * costs one Map of its distinct texts.
 */
import type { Table } from '../table/types';
import { fingerprint } from './fingerprint';

export interface ClusterValue {
  readonly value: string;
  readonly count: number;
}

export interface Cluster {
  readonly key: string;
  /** Most frequent first. */
  readonly values: readonly ClusterValue[];
  readonly rows: number;
  /** The proposed value: the most frequent, ties to the one with Serbian letters (č over c). */
  readonly suggested: string;
}

export interface ClusterOptions {
  /** Most clusters returned (largest first). */
  readonly limit?: number;
}

const SERBIAN_MARKS = /[čćđšžČĆĐŠŽ\u0400-\u045F]/gu;

function richness(value: string): number {
  return value.match(SERBIAN_MARKS)?.length ?? 0;
}

export function clusterValues(
  table: Table,
  columnIndex: number,
  options: ClusterOptions = {},
): Cluster[] {
  const counts = new Map<string, number>();
  for (const value of table.values[columnIndex] ?? []) {
    if (typeof value !== 'string' || value.trim() === '') continue;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const byKey = new Map<string, ClusterValue[]>();
  for (const [value, count] of counts) {
    const key = fingerprint(value);
    if (key === '') continue;
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [{ value, count }]);
    else list.push({ value, count });
  }
  const clusters: Cluster[] = [];
  for (const [key, list] of byKey) {
    if (list.length < 2) continue;
    list.sort(
      (a, b) =>
        b.count - a.count ||
        richness(b.value) - richness(a.value) ||
        a.value.localeCompare(b.value),
    );
    const rows = list.reduce((sum, item) => sum + item.count, 0);
    clusters.push({ key, values: list, rows, suggested: (list[0] as ClusterValue).value });
  }
  clusters.sort((a, b) => b.rows - a.rows || a.key.localeCompare(b.key));
  return clusters.slice(0, options.limit ?? 500);
}
