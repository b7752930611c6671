/**
 * The desktop app's log for IT: <data folder>/logs/main.log (Windows:
 * %LOCALAPPDATA%\Otvori\logs\main.log). A packaged Windows app has no console, so the main
 * process's console lines are also appended here, with a time stamp. What Otvori logs never
 * contains cell values, file contents or the API key (architecture.md §8), so neither does this
 * file. When it passes 1 MB it becomes main.old.log and a new one starts: two files at most.
 */
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';

export const MAX_LOG_BYTES = 1024 * 1024;
const METHODS = ['log', 'info', 'warn', 'error'] as const;

export interface FileLog {
  readonly file: string;
  /** Puts the console back as it was (tests). */
  dispose(): void;
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

export function installFileLog(logDir: string, now: () => Date = () => new Date()): FileLog {
  const file = path.join(logDir, 'main.log');
  mkdirSync(logDir, { recursive: true });
  let size = sizeOf(file);
  const write = (level: string, args: unknown[]): void => {
    const line = `${now().toISOString()} ${level.toUpperCase()} ${format(...args)}\n`;
    try {
      if (size + line.length > MAX_LOG_BYTES) {
        renameSync(file, path.join(logDir, 'main.old.log'));
        size = 0;
      }
      appendFileSync(file, line, 'utf8');
      size += Buffer.byteLength(line);
    } catch {
      // A full or read-only disk must not take the app down with its log.
    }
  };
  const originals = METHODS.map((method) => [method, console[method]] as const);
  for (const [method, original] of originals) {
    console[method] = (...args: unknown[]) => {
      original.apply(console, args);
      write(method, args);
    };
  }
  return {
    file,
    dispose() {
      for (const [method, original] of originals) console[method] = original;
    },
  };
}
