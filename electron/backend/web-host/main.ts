/**
 * `npm run web`: Otvori in the browser, served on 127.0.0.1.
 *   node dist/node/web-host.mjs [--port N] [--data-dir DIR]
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildDate } from '../build-info';
import { defaultDataDir } from '../paths';
import { loadPolicy, policyFilePath } from '../policy/load-policy';
import { createWebApp } from './create-web-app';

function packageVersion(): string {
  const file = fileURLToPath(new URL('../../package.json', import.meta.url));
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env['OTVORI_PORT'] ?? '0' },
      'data-dir': { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Otvori: --port must be a number from 0 to 65535, not "${values.port}"`);
    process.exit(1);
  }
  const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
  if (!existsSync(rendererDir)) {
    console.error('Otvori: the renderer is not built. Run `npm run build` first.');
    process.exit(1);
  }
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const policy = await loadPolicy(policyFilePath());
  for (const problem of policy.errors)
    console.warn(`Otvori: policy ${policy.source}: ${problem.message}`);
  const built = buildDate();
  const app = await createWebApp({
    dataDir,
    rendererDir,
    version: packageVersion(),
    port,
    policy,
    ...(built === undefined ? {} : { buildDate: built }),
  });
  console.log(`Otvori radi na / is running at:\n\n  ${app.host.launchUrl}\n`);
  console.log(`Podaci / data: ${dataDir}`);
  console.log('Zaustavite sa Ctrl+C / stop with Ctrl+C.');
  const stop = (): void => {
    void app.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(
    'Otvori: the web host could not start:',
    error instanceof Error ? error.message : error,
  );
  process.exit(1);
});
