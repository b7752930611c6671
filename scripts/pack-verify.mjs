// `npm run pack:verify`: packages Otvori for Windows and Linux with no network and no Windows
// host (architecture.md §10), then checks both packages (scripts/pack/verify-package.mjs).
//
//   node scripts/pack-verify.mjs [--skip-build] [--keep]
//
// electron-builder runs its `dir` target (the folder an installer would contain) around a stub
// Electron distribution (scripts/pack/electron-stub.mjs), with npmRebuild off. What this cannot
// do offline: run the packaged app (the stub is not Electron), build the NSIS installer (NSIS
// is downloaded by electron-builder on IT's build host) and sign (IT's certificate or service).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Arch, build, Platform } from 'electron-builder';
import { writeElectronStub } from './pack/electron-stub.mjs';
import { productionClosure, verifyPackage } from './pack/verify-package.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const baseConfig = require('../build/electron-builder.config.cjs');

const { values } = parseArgs({
  options: { 'skip-build': { type: 'boolean' }, keep: { type: 'boolean' } },
});

const TARGETS = [
  { name: 'win', platform: 'win32', builder: Platform.WINDOWS, executable: 'Otvori.exe' },
  { name: 'linux', platform: 'linux', builder: Platform.LINUX, executable: 'otvori' },
];

const started = Date.now();
if (!values['skip-build']) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('pack:verify: the build failed');
    process.exit(1);
  }
}

const work = mkdtempSync(path.join(os.tmpdir(), 'otvori-pack-'));
const production = productionClosure(root);
let failed = 0;
try {
  for (const target of TARGETS) {
    const stub = await writeElectronStub(
      path.join(work, `electron-${target.name}`),
      target.platform,
    );
    const output = path.join(work, `out-${target.name}`);
    console.log(
      `\n▶ pack:verify ${target.name}: electron-builder --${target.name} dir (stub Electron)`,
    );
    const t0 = Date.now();
    // electron-builder normalizes the configuration object in place: each build gets a copy.
    const config = structuredClone(baseConfig);
    await build({
      projectDir: root,
      targets: target.builder.createTarget('dir', Arch.x64),
      publish: 'never',
      config: {
        ...config,
        electronDist: stub,
        npmRebuild: false,
        directories: { ...config.directories, output },
        // Signing happens on IT's host; here nothing is signed, so do not insist on it.
        win: { ...config.win, forceCodeSigning: false },
      },
    });
    const appOutDir = path.join(output, `${target.name}-unpacked`);
    const { problems, checked } = await verifyPackage({
      appOutDir,
      target: { platform: target.platform, arch: 'x64' },
      executable: target.executable,
      productName: baseConfig.productName,
      electronFuses: baseConfig.electronFuses,
      languages: baseConfig.electronLanguages,
      production,
    });
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    for (const label of checked) console.log(`  ✓ ${label}`);
    if (problems.length === 0) {
      console.log(`pack:verify ${target.name}: OK (${seconds} s) ${appOutDir}`);
    } else {
      failed += problems.length;
      console.error(`pack:verify ${target.name}: ${problems.length} problem(s):`);
      for (const problem of problems) console.error(`  ✗ ${problem}`);
    }
  }
} finally {
  if (values.keep) console.log(`\npack:verify: packages kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

console.log(
  '\nNot verified offline: starting the packaged app (the stub is not Electron), the NSIS ' +
    'installer (built on the Windows build host) and code signing (IT certificate or service).',
);
console.log(
  `pack:verify: ${failed === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(failed === 0 ? 0 : 1);
