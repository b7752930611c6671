/**
 * Local file helpers for uploads: the SHA-1 the portal will compute (§9.5–9.6) and the ASCII,
 * one-dot file name to send (§9.1, pitfalls 6–7).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { normalizeTag } from '../common/slugify';

export async function sha1OfFile(filePath: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha1');
  const stream = createReadStream(filePath, signal === undefined ? {} : { signal });
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function fileSize(filePath: string): Promise<number> {
  return (await stat(filePath)).size;
}

/**
 * `Јавне набавке 2024.01.csv` → `javne-nabavke-2024-01.csv`: transliterated like udata does (so
 * the server keeps it unchanged), one dot only (LEGACY would make the format `01.csv`).
 */
export function asciiFileName(name: string, fallbackStem = 'podaci'): string {
  const dot = name.lastIndexOf('.');
  const stemRaw = dot > 0 ? name.slice(0, dot) : name;
  const extRaw = dot > 0 ? name.slice(dot + 1) : '';
  const stem = normalizeTag(stemRaw) || fallbackStem;
  const ext = normalizeTag(extRaw).replace(/-/g, '');
  return ext === '' ? stem : `${stem}.${ext}`;
}
