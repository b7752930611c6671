// Checks a packaged Otvori (the `*-unpacked` folder electron-builder writes) before anything
// ships: what must be inside app.asar, what must never be, the native module of the right
// platform outside it, and the edits electron-builder makes to the executable (fuses, asar
// integrity, version resource). Every check returns problems as plain strings, so
// `npm run pack:verify` prints them and tests/unit/packaging/ proves each one can fail.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { getRawHeader } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import * as resedit from 'resedit';

/** Files the app cannot start without (package.json "main", preload, UI, reader worker). */
export const REQUIRED_FILES = [
  'package.json',
  'dist/electron/main.cjs',
  'dist/electron/preload.cjs',
  'dist/renderer/index.html',
  'dist/node/reader-worker.mjs',
];

/** Files that must live outside the archive, as real files (see build/electron-builder.config.cjs). */
export const REQUIRED_UNPACKED = ['dist/node/reader-worker.mjs'];

/** The only entries allowed at the archive's root, and under dist/. */
const ALLOWED_ROOT = new Set(['package.json', 'dist', 'node_modules']);
const ALLOWED_DIST = new Set(['electron', 'node', 'renderer']);

/** Names and extensions that mean sources, tests, maps or secrets. */
const FORBIDDEN_RULES = [
  { test: (p) => /\.(ts|tsx|mts|cts)$/iu.test(p), why: 'TypeScript source' },
  { test: (p) => /\.map$/iu.test(p), why: 'source map' },
  { test: (p) => /\.(pem|pfx|p12|key|jks|keystore|snk|ppk)$/iu.test(p), why: 'key or certificate' },
  { test: (p) => /(^|\/)\.env(\..*)?$/iu.test(p), why: 'environment file' },
  { test: (p) => /(^|\/)\.npmrc$/iu.test(p), why: 'npm credentials file' },
  { test: (p) => /(^|\/)id_(rsa|dsa|ecdsa|ed25519)$/iu.test(p), why: 'SSH private key' },
  {
    test: (p) => /(^|\/)(tests?|__tests__|fixtures)(\/|$)/iu.test(stripNodeModules(p)),
    why: 'test file',
  },
  { test: (p) => /\.(test|spec)\.[cm]?[jt]sx?$/iu.test(p), why: 'test file' },
  { test: (p) => /(^|\/)\.git(\/|$)/iu.test(p), why: 'git metadata' },
];

/** Content that is a private key whatever the file is called. */
const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/u;
/** Files larger than this are binaries (the SQLite module, bundles are smaller): not scanned. */
const MAX_SCANNED_BYTES = 8 * 1024 * 1024;

/** Which prebuild each target loads (better-sqlite3/lib/binding.js names them so). */
export function prebuildName(platform, arch) {
  return `${platform}-${arch}.node`;
}

/** Inside node_modules a package's own "test" folder is its business, not a leak of ours. */
function stripNodeModules(p) {
  return p.startsWith('node_modules/') ? '' : p;
}

/**
 * Every entry of an asar archive, from its header: path (forward slashes, no leading slash),
 * whether it is a directory, its size, and whether it lives in app.asar.unpacked.
 */
export function listArchive(asarPath) {
  const { header, headerString } = getRawHeader(asarPath);
  const entries = [];
  const walk = (node, prefix) => {
    for (const [name, child] of Object.entries(node.files ?? {})) {
      const entryPath = prefix === '' ? name : `${prefix}/${name}`;
      if ('files' in child) {
        entries.push({ path: entryPath, dir: true, size: 0, unpacked: false });
        walk(child, entryPath);
      } else if ('link' in child) {
        entries.push({ path: entryPath, dir: false, size: 0, unpacked: false, link: child.link });
      } else {
        entries.push({
          path: entryPath,
          dir: false,
          size: Number(child.size ?? 0),
          unpacked: child.unpacked === true,
          offset: child.offset,
        });
      }
    }
  };
  walk(header, '');
  return { entries, headerString };
}

/**
 * The bytes of one file entry: packed ones from the archive by header offset (data starts after
 * an 8-byte size pickle and the header pickle), unpacked ones from app.asar.unpacked.
 * `cache` keeps the archive's bytes across calls.
 */
function readEntry(asarPath, entry, cache) {
  if (entry.unpacked) {
    const file = path.join(`${asarPath}.unpacked`, entry.path);
    return existsSync(file) ? readFileSync(file) : null;
  }
  cache.bytes ??= readFileSync(asarPath);
  const start = 8 + cache.bytes.readUInt32LE(4) + Number(entry.offset);
  return cache.bytes.subarray(start, start + entry.size);
}

/** Archive root must hold only the built app; nothing may look like a source, test or secret. */
export function checkForbiddenEntries(entries) {
  const problems = [];
  for (const entry of entries) {
    const [top, second] = entry.path.split('/');
    if (top !== undefined && !ALLOWED_ROOT.has(top)) {
      if (!entry.path.includes('/'))
        problems.push(`unexpected entry at the archive root: ${entry.path}`);
      continue;
    }
    if (top === 'dist' && second !== undefined && !ALLOWED_DIST.has(second)) {
      if (entry.path.split('/').length === 2)
        problems.push(`unexpected folder in dist/: ${entry.path}`);
      continue;
    }
    if (entry.dir) continue;
    for (const rule of FORBIDDEN_RULES) {
      if (rule.test(entry.path)) {
        problems.push(`forbidden ${rule.why} in the package: ${entry.path}`);
        break;
      }
    }
  }
  return problems;
}

/** Private keys by content, in packed and unpacked text files alike. */
export function checkSecretContent(asarPath, archive) {
  const problems = [];
  const cache = {};
  for (const entry of archive.entries) {
    if (entry.dir || entry.link !== undefined || entry.size > MAX_SCANNED_BYTES) continue;
    if (/\.(node|png|jpe?g|gif|webp|ico|woff2?|ttf|wasm)$/iu.test(entry.path)) continue;
    const bytes = readEntry(asarPath, entry, cache);
    if (bytes === null) continue; // reported by checkUnpacked
    if (PRIVATE_KEY.test(bytes.toString('latin1'))) {
      problems.push(`private key material inside ${entry.path}`);
    }
  }
  return problems;
}

/** The app's own files are there, and package.json's "main" names one of them. */
export function checkRequiredFiles(asarPath, archive) {
  const problems = [];
  const files = new Map(archive.entries.filter((e) => !e.dir).map((e) => [e.path, e]));
  for (const required of REQUIRED_FILES) {
    if (!files.has(required)) problems.push(`missing from the package: ${required}`);
  }
  const pkgEntry = files.get('package.json');
  if (pkgEntry !== undefined) {
    try {
      const pkg = JSON.parse(String(readEntry(asarPath, pkgEntry, {})));
      const main = String(pkg.main ?? 'index.js').replace(/^\.\//u, '');
      if (!files.has(main)) problems.push(`package.json "main" (${main}) is not in the package`);
      if (pkg.devDependencies !== undefined) {
        problems.push('package.json in the package still lists devDependencies');
      }
    } catch (error) {
      problems.push(`package.json in the package is not readable JSON (${error.message})`);
    }
  }
  return problems;
}

/**
 * Unpacked files exist on disk, flagged ones only; the target's SQLite binary is there and is
 * the only native module for SQLite; every .node file lives outside the archive.
 */
export function checkUnpacked(asarPath, archive, target) {
  const problems = [];
  const unpackedDir = `${asarPath}.unpacked`;
  const flagged = new Set(archive.entries.filter((e) => e.unpacked).map((e) => e.path));
  for (const required of REQUIRED_UNPACKED) {
    if (!flagged.has(required))
      problems.push(`must be unpacked but is inside app.asar: ${required}`);
  }
  for (const file of flagged) {
    if (!existsSync(path.join(unpackedDir, file))) {
      problems.push(`flagged unpacked but missing from app.asar.unpacked: ${file}`);
    }
  }
  for (const file of walkFiles(unpackedDir)) {
    if (!flagged.has(file))
      problems.push(`in app.asar.unpacked but not in the archive header: ${file}`);
  }

  const wanted = `node_modules/better-sqlite3/prebuilds/${prebuildName(target.platform, target.arch)}`;
  if (!flagged.has(wanted))
    problems.push(`the ${target.platform}-${target.arch} SQLite module is missing: ${wanted}`);
  for (const entry of archive.entries) {
    if (entry.dir || !entry.path.endsWith('.node')) continue;
    if (!entry.unpacked)
      problems.push(`native module packed inside app.asar (cannot load): ${entry.path}`);
    if (entry.path.startsWith('node_modules/better-sqlite3/') && entry.path !== wanted) {
      problems.push(
        `native module of another platform in the ${target.platform} package: ${entry.path}`,
      );
    }
  }
  return problems;
}

/**
 * The reader worker runs from app.asar.unpacked as a plain ES module, so every package it
 * imports must be unpacked too, or the worker dies on its first import.
 */
export function checkWorkerImports(asarPath) {
  const problems = [];
  const unpackedDir = `${asarPath}.unpacked`;
  const worker = path.join(unpackedDir, 'dist/node/reader-worker.mjs');
  if (!existsSync(worker)) return problems; // reported by checkUnpacked
  const source = readFileSync(worker, 'utf8');
  const builtins = new Set(builtinModules);
  const specifiers = new Set();
  for (const match of source.matchAll(
    /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["']([^"'./][^"']*)["']/gu,
  )) {
    specifiers.add(match[1]);
  }
  for (const specifier of specifiers) {
    if (specifier.startsWith('node:') || builtins.has(specifier)) continue;
    const name = packageNameOf(specifier);
    if (!existsSync(path.join(unpackedDir, 'node_modules', name, 'package.json'))) {
      problems.push(`the reader worker imports "${name}", which is not in app.asar.unpacked`);
    }
  }
  return problems;
}

function packageNameOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Package names under any node_modules folder of the archive (nested ones included). */
export function packagedModules(entries) {
  const names = new Set();
  for (const entry of entries) {
    const parts = entry.path.split('/');
    for (let i = 0; i < parts.length - 1; i += 1) {
      if (parts[i] !== 'node_modules') continue;
      const first = parts[i + 1];
      if (first === undefined || first.startsWith('.')) continue;
      if (first.startsWith('@')) {
        const second = parts[i + 2];
        if (second !== undefined && (entry.dir || i + 3 < parts.length))
          names.add(`${first}/${second}`);
      } else if (entry.dir || i + 2 < parts.length) {
        names.add(first);
      }
    }
  }
  return names;
}

/** Every packaged module is a production dependency; every direct dependency is packaged. */
export function checkDependencies(entries, production, direct) {
  const problems = [];
  const packaged = packagedModules(entries);
  for (const name of [...packaged].sort()) {
    if (!production.has(name))
      problems.push(`not a production dependency, yet packaged: node_modules/${name}`);
  }
  for (const name of direct) {
    if (!packaged.has(name))
      problems.push(`production dependency missing from the package: ${name}`);
  }
  return problems;
}

/**
 * The transitive closure of package.json "dependencies" (and installed optional and peer
 * dependencies), resolved the way Node resolves them from each dependent's folder.
 */
export function productionClosure(projectDir) {
  const rootPkg = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8'));
  const names = new Set();
  const seenDirs = new Set();
  const queue = [[projectDir, rootPkg, true]];
  while (queue.length > 0) {
    const [dir, pkg, isRoot] = queue.shift();
    const optionalPeers = new Set(
      Object.entries(pkg.peerDependenciesMeta ?? {})
        .filter(([, meta]) => meta?.optional === true)
        .map(([name]) => name),
    );
    const wanted = [
      ...Object.keys(pkg.dependencies ?? {}),
      ...Object.keys(pkg.optionalDependencies ?? {}),
      ...(isRoot
        ? []
        : Object.keys(pkg.peerDependencies ?? {}).filter((n) => !optionalPeers.has(n))),
    ];
    for (const name of wanted) {
      const found = resolvePackageDir(dir, name, projectDir);
      if (found === null) continue; // an optional dependency that is not installed
      names.add(name);
      if (seenDirs.has(found)) continue;
      seenDirs.add(found);
      queue.push([
        found,
        JSON.parse(readFileSync(path.join(found, 'package.json'), 'utf8')),
        false,
      ]);
    }
  }
  return { names, direct: Object.keys(rootPkg.dependencies ?? {}) };
}

function resolvePackageDir(fromDir, name, projectDir) {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === projectDir || path.dirname(dir) === dir) return null;
    dir = path.dirname(dir);
  }
}

/** Expected fuse bytes ("0"/"1") by FuseV1Options index, from electron-builder's electronFuses. */
export function expectedFuseWire(electronFuses) {
  const names = {
    runAsNode: FuseV1Options.RunAsNode,
    enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
    enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
    enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
    enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
    onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
    loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
    grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
  };
  const wire = new Map();
  for (const [name, index] of Object.entries(names)) {
    const value = electronFuses?.[name];
    if (typeof value === 'boolean') wire.set(index, { name, byte: value ? 0x31 : 0x30 });
  }
  return wire;
}

/** The fuse wire actually written into the packaged executable matches the configuration. */
export async function checkFuses(executable, electronFuses) {
  const problems = [];
  const expected = expectedFuseWire(electronFuses);
  if (expected.size < 8) problems.push(`only ${expected.size} of 8 fuses are configured`);
  let wire;
  try {
    wire = await getCurrentFuseWire(executable);
  } catch (error) {
    return [
      ...problems,
      `cannot read the fuse wire of ${path.basename(executable)}: ${error.message}`,
    ];
  }
  for (const [index, { name, byte }] of expected) {
    const actual = wire[index];
    if (actual !== byte) {
      problems.push(
        `fuse ${name} is ${actual === undefined ? 'absent' : String.fromCharCode(actual)} in ${path.basename(executable)}, expected ${String.fromCharCode(byte)}`,
      );
    }
  }
  return problems;
}

/**
 * Windows: the version resource names Otvori, and the embedded asar integrity (checked at start
 * by the enableEmbeddedAsarIntegrityValidation fuse) is the SHA-256 of this app.asar's header.
 */
export function checkWindowsResources(executable, asarPath, productName) {
  const problems = [];
  let res;
  try {
    res = resedit.NtExecutableResource.from(resedit.NtExecutable.from(readFileSync(executable)));
  } catch (error) {
    return [`cannot read the resources of ${path.basename(executable)}: ${error.message}`];
  }
  const [version] = resedit.Resource.VersionInfo.fromEntries(res.entries);
  const [lang] = version?.getAllLanguagesForStringValues() ?? [];
  const strings = version && lang ? version.getStringValues(lang) : {};
  if (strings.ProductName !== productName) {
    problems.push(
      `${path.basename(executable)} ProductName is "${strings.ProductName}", expected "${productName}"`,
    );
  }
  const integrity = res.entries.find((e) => e.type === 'INTEGRITY' && e.id === 'ELECTRONASAR');
  if (integrity === undefined) {
    problems.push(`${path.basename(executable)} has no embedded asar integrity resource`);
    return problems;
  }
  const { headerString } = getRawHeader(asarPath);
  const actual = createHash('sha256').update(headerString).digest('hex');
  let list = [];
  try {
    list = JSON.parse(Buffer.from(integrity.bin).toString('utf8'));
  } catch {
    problems.push('the embedded asar integrity resource is not JSON');
  }
  const record = list.find((item) => item.file === 'resources\\app.asar');
  if (record === undefined)
    problems.push('the embedded asar integrity does not cover resources\\app.asar');
  else if (record.value !== actual) {
    problems.push(
      `the embedded asar integrity (${record.value}) does not match app.asar (${actual})`,
    );
  }
  return problems;
}

/** Only the Chromium UI languages Otvori ships (sr, sr-Latn, en-US) are left. */
export function checkLocales(appOutDir, languages) {
  const dir = path.join(appOutDir, 'locales');
  if (!existsSync(dir)) return [];
  const problems = [];
  for (const file of readdirSync(dir)) {
    const name = file.replace(/\.pak$/u, '');
    const wanted = languages.some(
      (l) => name === l || name.startsWith(`${l}-`) || l.startsWith(`${name}-`),
    );
    if (!wanted) problems.push(`unwanted Chromium locale packed: locales/${file}`);
  }
  return problems;
}

function walkFiles(root, prefix = '') {
  if (!existsSync(root)) return [];
  const out = [];
  for (const name of readdirSync(path.join(root, prefix))) {
    const rel = prefix === '' ? name : `${prefix}/${name}`;
    if (statSync(path.join(root, rel)).isDirectory()) out.push(...walkFiles(root, rel));
    else out.push(rel);
  }
  return out;
}

/**
 * Everything above for one packaged target.
 * @param {{ appOutDir: string, target: { platform: 'win32' | 'linux', arch: string },
 *   executable: string, productName: string, electronFuses?: object, languages?: string[],
 *   production: { names: Set<string>, direct: string[] } }} options
 * @returns {Promise<{ problems: string[], checked: string[] }>}
 */
export async function verifyPackage(options) {
  const { appOutDir, target } = options;
  const asarPath = path.join(appOutDir, 'resources', 'app.asar');
  if (!existsSync(asarPath))
    return { problems: [`no resources/app.asar in ${appOutDir}`], checked: [] };
  const archive = listArchive(asarPath);
  const checked = [];
  const problems = [];
  const run = (label, found) => {
    checked.push(label);
    problems.push(...found);
  };
  run('app files present', checkRequiredFiles(asarPath, archive));
  run('no sources, tests, maps or secrets by name', checkForbiddenEntries(archive.entries));
  run('no private keys by content', checkSecretContent(asarPath, archive));
  run(
    `native module unpacked, ${target.platform}-${target.arch} only`,
    checkUnpacked(asarPath, archive, target),
  );
  run(
    'reader worker imports resolvable outside the archive',
    checkWorkerImports(asarPath, archive),
  );
  run(
    'only production dependencies',
    checkDependencies(archive.entries, options.production.names, options.production.direct),
  );
  const executable = path.join(appOutDir, options.executable);
  if (!existsSync(executable)) {
    run('executable renamed', [`missing executable ${options.executable}`]);
  } else {
    run('executable renamed', []);
    if (options.electronFuses !== undefined) {
      run('fuses flipped as configured', await checkFuses(executable, options.electronFuses));
    }
    if (target.platform === 'win32') {
      run(
        'Windows version resource and embedded asar integrity',
        checkWindowsResources(executable, asarPath, options.productName),
      );
    }
  }
  for (const stray of ['electron', 'electron.exe', 'resources/default_app.asar', 'resources/app']) {
    if (existsSync(path.join(appOutDir, stray))) problems.push(`left in the package: ${stray}`);
  }
  if (options.languages !== undefined)
    run('Chromium locales trimmed', checkLocales(appOutDir, options.languages));
  return { problems, checked };
}
