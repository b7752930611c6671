/**
 * One backend for one command: the same createBackend the app and the web host use, served
 * in-process through the same dispatch (in-process-host.ts). Data (the register, the publish
 * journal, source bindings) lives in the same local folder as the app's, or OTVORI_DATA_DIR.
 */
import type { OtvoriApi } from '../../../shared/contract';
import type { LoadedPolicy } from '../../../shared/policy/policy';
import { createBackend, type Backend } from '../backend';
import { buildDate } from '../build-info';
import { createInProcessApi } from '../in-process-host';
import { defaultDataDir } from '../paths';
import { loadPolicy, policyFilePath } from '../policy/load-policy';
import type { SecretStore } from '../secrets/secret-store';
import type { CliIo } from './cli-io';
import { CliFilePort } from './cli-file-port';
import { CliSecretStore } from './cli-secrets';

export interface CliSession {
  readonly api: OtvoriApi;
  readonly backend: Backend;
  readonly files: CliFilePort;
  readonly secrets: SecretStore;
  readonly policy: LoadedPolicy;
  readonly dataDir: string;
  close(): Promise<void>;
}

export async function openSession(
  io: CliIo,
  stored: SecretStore | null = null,
): Promise<CliSession> {
  const dataDir = defaultDataDir(io.env as NodeJS.ProcessEnv);
  const policy = await loadPolicy(policyFilePath(io.env as NodeJS.ProcessEnv));
  for (const problem of policy.errors)
    io.err(`Otvori: policy ${policy.source}: ${problem.message}\n`);
  const files = new CliFilePort();
  const secrets = new CliSecretStore(io.env, stored);
  const built = buildDate();
  const backend = await createBackend({
    host: {
      kind: 'cli',
      version: io.version,
      dataDir,
      ...(built === undefined ? {} : { buildDate: built }),
    },
    files,
    policy,
    secrets,
    ...(io.workerFile === undefined ? {} : { workerFile: io.workerFile }),
    ...(io.recipeWorkerFile === undefined ? {} : { recipeWorkerFile: io.recipeWorkerFile }),
  });
  return {
    api: createInProcessApi(backend),
    backend,
    files,
    secrets,
    policy,
    dataDir,
    close: () => backend.close(),
  };
}
