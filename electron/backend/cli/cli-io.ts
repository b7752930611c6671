import type { SecretStore } from '../secrets/secret-store';

/**
 * What a command needs from the process, passed in so tests run the CLI in-process: the
 * environment, the working folder, stdout and stderr, and a signal that ends long-running
 * commands (`otvori portal` until Ctrl+C).
 */
export interface CliIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Machine output and reports. */
  out(text: string): void;
  /** Messages for people: progress, warnings, errors. */
  err(text: string): void;
  /** Aborted when the user stops the process (SIGINT/SIGTERM). */
  readonly stop: AbortSignal;
  /** The reader worker bundle; defaults to reader-worker.mjs next to the running bundle. */
  readonly workerFile?: string | URL;
  /** The recipe worker bundle; defaults to recipe-worker.mjs next to the running bundle. */
  readonly recipeWorkerFile?: string | URL;
  readonly version: string;
  /** Keys the desktop app stored, where this host can read them (null: environment only). */
  readonly stored?: SecretStore | null;
}
