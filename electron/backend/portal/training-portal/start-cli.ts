/**
 * Starts the training portal ("Vežbaonica") on its own, for clerks' rehearsals and manual tests:
 *   node dist/node/training-portal.mjs --profile legacy --port 8090 --data-dir ./vezbaonica
 * Prints the address and the training key; Ctrl+C stops it. Binds to 127.0.0.1 only.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PORTAL_PROFILES, type PortalProfile } from '../common/profile';
import { startTrainingPortal } from './training-portal';

const { values } = parseArgs({
  options: {
    profile: { type: 'string', default: 'legacy' },
    port: { type: 'string', default: '0' },
    'data-dir': { type: 'string' },
  },
});

const profile = values.profile as PortalProfile;
if (!(PORTAL_PROFILES as readonly string[]).includes(profile)) {
  console.error(`--profile must be one of: ${PORTAL_PROFILES.join(', ')}`);
  process.exit(2);
}
const dataDir = values['data-dir'] ?? mkdtempSync(path.join(os.tmpdir(), 'otvori-vezbaonica-'));
const portal = await startTrainingPortal({ profile, dataDir, port: Number(values.port) });
console.log('VEŽBAONICA — training portal, NOT data.gov.rs');
console.log(`profile:  ${profile}`);
console.log(`address:  ${portal.url}`);
console.log(`API key:  ${portal.apiKey}`);
console.log(`data dir: ${dataDir}`);
const stop = (): void => {
  void portal.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
