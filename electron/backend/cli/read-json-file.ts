/** Reads a JSON input file named on the command line; unreadable or not JSON is exit 2. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CliFailure } from './cli-failure';
import { EXIT } from './exit-codes';
import { resolveInput } from './open-table';

/** Larger than any recipe, metadata or publication file; stops a wrong file being slurped. */
const MAX_JSON_BYTES = 16 * 1024 * 1024;

export function readJsonFile(
  cwd: string,
  file: string,
): { text: string; data: unknown; filePath: string } {
  const { filePath, size } = resolveInput(cwd, file);
  if (size > MAX_JSON_BYTES) {
    throw new CliFailure(EXIT.input, 'FILE_TOO_LARGE', 'input.FILE_TOO_LARGE', { file });
  }
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new CliFailure(EXIT.input, 'FILE_UNREADABLE', 'input.FILE_UNREADABLE', {
      file,
      reason: (error as NodeJS.ErrnoException).code ?? 'UNKNOWN',
    });
  }
  try {
    return { text, data: JSON.parse(text) as unknown, filePath };
  } catch {
    throw new CliFailure(EXIT.input, 'NOT_JSON', 'input.notJson', { file: path.basename(file) });
  }
}
