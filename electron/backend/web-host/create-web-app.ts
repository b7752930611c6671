/**
 * Builds a complete web-hosted Otvori: backend + upload/download file port + HTTP server.
 * Used by `npm run web`, `npm start` without Electron, and the e2e tests.
 */
import path from 'node:path';
import type { LoadedPolicy } from '../../../shared/policy/policy';
import { createBackend, type Backend } from '../backend';
import type { ReadLimits } from '../workbook/reader-api';
import { DEFAULT_READ_LIMITS } from '../workbook/worker-reader';
import { startWebHost, type WebHost } from './server';
import { WebFilePort } from './web-file-port';

export interface WebAppOptions {
  readonly dataDir: string;
  readonly rendererDir: string;
  readonly version: string;
  readonly port?: number;
  readonly token?: string;
  readonly limits?: ReadLimits;
  readonly workerFile?: string | URL;
  /** IT's machine policy (electron/backend/policy/load-policy.ts); defaults without one. */
  readonly policy?: LoadedPolicy;
  readonly buildDate?: string;
}

export interface WebApp {
  readonly host: WebHost;
  readonly backend: Backend;
  close(): Promise<void>;
}

export async function createWebApp(options: WebAppOptions): Promise<WebApp> {
  const files = new WebFilePort(path.join(options.dataDir, 'uploads'));
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  const backend = await createBackend({
    host: {
      kind: 'web',
      version: options.version,
      dataDir: options.dataDir,
      ...(options.buildDate === undefined ? {} : { buildDate: options.buildDate }),
    },
    files,
    limits,
    ...(options.workerFile === undefined ? {} : { workerFile: options.workerFile }),
    ...(options.policy === undefined ? {} : { policy: options.policy }),
  });
  try {
    const host = await startWebHost({
      backend,
      files,
      rendererDir: options.rendererDir,
      maxUploadBytes: limits.maxFileBytes,
      ...(options.port === undefined ? {} : { port: options.port }),
      ...(options.token === undefined ? {} : { token: options.token }),
    });
    return {
      host,
      backend,
      async close() {
        await host.close();
        await backend.close();
      },
    };
  } catch (error) {
    await backend.close();
    throw error;
  }
}
