// @ts-check
/**
 * electron-builder configuration for Otvori (architecture.md §8, §10; README "For IT").
 *
 *   npm run dist:win      signed NSIS installer + latest.yml, on IT's Windows build host
 *   npm run pack:verify   offline: `--win dir` and `--linux dir` from a stub Electron, then checks
 *
 * Secrets never live here: signing reads CSC_LINK / CSC_KEY_PASSWORD (a certificate file) or
 * OTVORI_SIGN_COMMAND (IT's signing service client) from the environment of the build.
 * This file is plain data plus a few environment reads, so tests can require it
 * (tests/unit/packaging/builder-config.test.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- electron-builder require()s this CommonJS file
const path = require('node:path');

/** Native prebuilds better-sqlite3 ships in its tarball (architecture.md §11). */
const SQLITE_PREBUILDS = 'node_modules/better-sqlite3/prebuilds';

/**
 * Fuses flipped in the Electron binary at package time (before signing, so the signature covers
 * them). Every one is set explicitly, so a default changing upstream cannot change Otvori.
 * @type {import('app-builder-lib').FuseOptionsV1}
 */
const electronFuses = {
  // ELECTRON_RUN_AS_NODE would turn the signed Otvori.exe into a general Node interpreter
  // ("living off the land"). Otvori forks no child processes: workers are worker_threads.
  runAsNode: false,
  // Chromium's cookie store encrypted with the OS key (DPAPI on Windows).
  enableCookieEncryption: true,
  // NODE_OPTIONS (--require, --import) would inject code into the main process.
  enableNodeOptionsEnvironmentVariable: false,
  // --inspect / --inspect-brk / SIGUSR1 would open a debugger into the main process.
  enableNodeCliInspectArguments: false,
  // app.asar's header hash is embedded in the executable (Windows: an INTEGRITY resource) and
  // checked on load, so an edited app.asar does not run.
  enableEmbeddedAsarIntegrityValidation: true,
  // Only resources/app.asar is loaded, never a planted resources/app/ folder next to it.
  onlyLoadAppFromAsar: true,
  // Otvori ships no custom browser-process V8 snapshot.
  loadBrowserProcessSpecificV8Snapshot: false,
  // file:// gets no extra privileges: Otvori serves its UI from app://, never file://.
  grantFileProtocolExtraPrivileges: false,
};

/**
 * Where electron-updater looks for updates. The city's update server is internal and only IT
 * knows its address: OTVORI_UPDATE_URL at build time writes it into app-update.yml; the machine
 * policy's `updateUrl` overrides it at run time (electron/main/updater.ts). Without either,
 * Otvori never checks for updates.
 */
const updateUrl = process.env['OTVORI_UPDATE_URL'];
if (updateUrl !== undefined && updateUrl !== '' && !/^https:\/\/[^\s/?#]+/u.test(updateUrl)) {
  throw new Error(`OTVORI_UPDATE_URL must be an https:// address, not "${updateUrl}"`);
}

/**
 * Code signing, from the environment only:
 *  - CSC_LINK (path or base64 of a .pfx) + CSC_KEY_PASSWORD: electron-builder signs with signtool;
 *  - OTVORI_SIGN_COMMAND: a command IT provides (its signing service client); build/sign-windows.cjs
 *    runs it once per file with the file's path as the only argument.
 */
const signCommand = process.env['OTVORI_SIGN_COMMAND'];
/** @type {import('app-builder-lib').WindowsSigntoolConfiguration} */
const signtoolOptions = {
  // SHA-1 Authenticode is obsolete; one SHA-256 signature also means one call per file.
  signingHashAlgorithms: ['sha256'],
  rfc3161TimeStampServer: process.env['OTVORI_TIMESTAMP_URL'] || 'http://timestamp.digicert.com',
  // The certificate's subject CN: electron-updater installs an update only if it is signed by
  // this publisher. Read from CSC_LINK's certificate when not given; needed with a signing service.
  ...(process.env['OTVORI_PUBLISHER_NAME']
    ? { publisherName: [process.env['OTVORI_PUBLISHER_NAME']] }
    : {}),
  ...(signCommand ? { sign: path.join(__dirname, 'sign-windows.cjs') } : {}),
};

/** @type {import('app-builder-lib').Configuration} */
const config = {
  // Stable forever: Windows keys the install, the uninstaller and the update channel on it.
  appId: 'rs.pancevo.otvori',
  productName: 'Otvori',
  copyright: 'Copyright © Grad Pančevo',
  // No spaces: IT's deployment scripts and the update server handle these names unquoted.
  artifactName: '${productName}-${version}-${os}-${arch}.${ext}',
  directories: { output: 'release', buildResources: 'build' },

  // Only the built app: no sources, tests, fixtures, maps. Production node_modules are added
  // by electron-builder (devDependencies never are); the exclusions below trim them.
  files: [
    'package.json',
    'dist/electron/**/*',
    'dist/node/**/*',
    'dist/renderer/**/*',
    '!**/*.map',
    '!**/*.{ts,tsx,mts,cts}',
    '!dist/node/generate-sample.mjs',
    '!dist/node/web-host.mjs',
    '!dist/node/training-portal.mjs',
    // better-sqlite3: the prebuilds are the binary; its C sources, SQLite amalgamation and
    // node-gyp leftovers are not needed (and build/Release would be loaded before the prebuild).
    '!node_modules/better-sqlite3/{src,deps,build,binding.gyp}{,/**/*}',
    // Every target packs exactly one better-sqlite3 binary, its own (win32-x64, linux-x64): the
    // others are dead weight at best, a wrong-OS binary for a future loader to pick at worst.
    // \${os} is "win" or "linux" (electron-builder's name for the target, not the host), so
    // win32-x64.node and linux-x64.node survive; Otvori targets glibc Linux, never musl.
    // (Platform-level `files` cannot carry this: with only exclusions there, electron-builder
    // falls back to packing the whole project.)
    `!${SQLITE_PREBUILDS}/!(\${os}*-\${arch}).node`,
    `!${SQLITE_PREBUILDS}/linuxmusl-*.node`,
    // SheetJS: browser bundles and the CLI; Otvori loads xlsx.mjs / xlsx.js and dist/cpexcel.
    '!node_modules/xlsx/dist/{xlsx.*.min.js,xlsx.extendscript.js,shim.min.js}',
    '!node_modules/xlsx/{bin,types}{,/**/*}',
    '!node_modules/xlsx/{bower.json,xlsxworker.js}',
    '!**/node_modules/**/{CHANGELOG.md,HISTORY.md,*.markdown}',
    // Dependencies' own tests (electron-builder drops test/ and tests/ folders, not spec/).
    '!**/node_modules/*/{spec,specs}{,/**/*}',
    '!**/node_modules/**/*.{spec,test}.{js,cjs,mjs}',
  ],
  asar: true,
  // Outside app.asar, as real files:
  //  - the native SQLite binary (the OS loader cannot read from inside an archive);
  //  - the reader worker and SheetJS, which it imports: the worker is an ES module started with
  //    worker_threads, and Electron's asar support for ESM in worker threads is the least
  //    exercised path of all (electron/electron#38829, #40211); from real files the worker
  //    behaves exactly as in the tests. main.ts points the worker at app.asar.unpacked.
  asarUnpack: [
    `${SQLITE_PREBUILDS}/*.node`,
    'dist/node/reader-worker.mjs',
    'dist/node/recipe-worker.mjs',
    'node_modules/xlsx/**/*',
  ],
  // better-sqlite3 13 ships N-API prebuilds; nothing is compiled (architecture.md §11).
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  // Chromium's UI strings: Serbian (both scripts) and English only.
  electronLanguages: ['sr', 'sr-Latn', 'en-US'],
  electronFuses,
  publish: updateUrl ? [{ provider: 'generic', url: updateUrl, channel: 'latest' }] : null,

  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    // Otvori never needs administrator rights to run.
    requestedExecutionLevel: 'asInvoker',
    signtoolOptions,
    // dist:win refuses to produce an unsigned installer unless IT asks for a test build.
    forceCodeSigning: process.env['OTVORI_ALLOW_UNSIGNED'] !== '1',
    verifyUpdateCodeSignature: true,
  },
  nsis: {
    // Assisted installer, per-user by default (no admin rights, %LOCALAPPDATA%\Programs\Otvori);
    // IT installs per machine silently with `/S /allusers` (elevated, %ProgramFiles%\Otvori).
    oneClick: false,
    perMachine: false,
    allowElevation: true,
    allowToChangeInstallationDirectory: true,
    artifactName: 'Otvori-Setup-${version}.${ext}',
    shortcutName: 'Otvori',
    uninstallDisplayName: 'Otvori',
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    // The clerk's database and publish register outlive an uninstall (README "For IT").
    deleteAppDataOnUninstall: false,
  },
  linux: {
    target: ['dir'],
    executableName: 'otvori',
    category: 'Office',
  },
};

module.exports = config;
