/**
 * ZIP bomb guard on declared sizes (architecture.md §4): entry count, total uncompressed size,
 * per-part compression ratio; and, for the SheetJS path only, parts too long for it. Declared sizes can lie; the
 * worker's heap limit and timeout are the backstop for an archive that inflates past them.
 */
import { fail, ok, type Result } from '../../../shared/contract';
import type { ZipLimits } from './read-limits';
import type { ZipEntry } from './zip-directory';

export function checkZipEntries(entries: readonly ZipEntry[], limits: ZipLimits): Result<void> {
  if (entries.length > limits.maxEntries) {
    return fail('FILE_SUSPICIOUS', 'ZIP: too many entries', {
      entries: entries.length,
      limit: limits.maxEntries,
    });
  }
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (entry.uncompressedSize > limits.ratioFloorBytes) {
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (ratio > limits.maxRatio) {
        return fail('FILE_SUSPICIOUS', 'ZIP: compression ratio of a part is implausible', {
          ratio: Math.round(ratio),
          limit: limits.maxRatio,
        });
      }
    }
  }
  if (total > limits.maxTotalUncompressed) {
    return fail('FILE_SUSPICIOUS', 'ZIP: expands to more than the limit', {
      size: total,
      limit: limits.maxTotalUncompressed,
    });
  }
  return ok(undefined);
}

/**
 * Parts SheetJS cannot hold as one string (it would silently drop the sheet). Checked only on
 * the SheetJS path: the streaming xlsx reader never holds a part whole.
 */
export function checkPartsForSheetJs(
  entries: readonly ZipEntry[],
  limits: ZipLimits,
): Result<void> {
  let largest = 0;
  for (const entry of entries) largest = Math.max(largest, entry.uncompressedSize);
  if (largest > limits.maxPartBytes) {
    return fail('FILE_TOO_LARGE', 'ZIP: a part is longer than SheetJS can read', {
      size: largest,
      limit: limits.maxPartBytes,
    });
  }
  return ok(undefined);
}
