// Runs one publish in a child process so a test can kill it mid-upload (bundled by
// publish-crash.test.ts with esbuild; run with the same Node as the tests).
import { openDatabase } from '../../../electron/backend/db/database';
import { UdataClient } from '../../../electron/backend/portal/client/udata-client';
import type { PortalProfile } from '../../../electron/backend/portal/common/profile';
import { Publisher } from '../../../electron/backend/portal/publish/publisher';

interface ChildConfig {
  dataDir: string;
  portalUrl: string;
  apiKey: string;
  profile: PortalProfile;
  publicationId: string;
  orgId: string;
  filePath: string;
  fileName: string;
  /** 'stall': freeze the process once part of the file is on the wire. */
  mode: 'stall' | 'plain';
}

const config = JSON.parse(process.argv[2] ?? '{}') as ChildConfig;
const db = openDatabase(config.dataDir);
const client = new UdataClient({
  baseUrl: config.portalUrl,
  apiKey: config.apiKey,
  profile: config.profile,
});
const publisher = new Publisher({ db, client, actor: 'child', training: true });
let stalled = false;
const outcome = await publisher.publish({
  publicationId: config.publicationId,
  datasetPayload: {
    title: 'Регистар дозвола',
    description: 'Регистар издатих грађевинских дозвола Града Панчева, месечно ажуриран.',
    organizationId: config.orgId,
    license: 'sodl',
    tags: ['dozvole', 'gradnja', 'panchevo'],
  },
  file: { path: config.filePath, name: config.fileName },
  resourcePolicy: 'replace',
  onProgress: (p) => {
    if (config.mode !== 'stall' || stalled || p.step !== 'upload_resource') return;
    if ((p.sentBytes ?? 0) < 1024 * 1024) return;
    stalled = true;
    process.stdout.write('UPLOADING\n');
    // Block the event loop: the request stays half-sent until the parent kills us.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  },
});
process.stdout.write(`DONE ${JSON.stringify(outcome.ok)}\n`);
db.close();
