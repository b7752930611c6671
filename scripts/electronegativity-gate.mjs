// Electronegativity over Otvori's sources and build, as a gate (architecture.md §8):
//
//   node scripts/electronegativity-gate.mjs [--no-build-scan]
//
// Electronegativity exits 0 whatever it finds, so this script runs it, reads its CSV report and
// fails on every HIGH finding that build/electronegativity-allowlist.json does not justify
// (each entry names the check, the file and the reason). Lower findings are printed for review.
// It also fails when the scanner produced no report at all: a crash must not look like a pass.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ALLOWLIST_FILE = path.join(root, 'build', 'electronegativity-allowlist.json');
export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];

/** RFC 4180-ish CSV as electronegativity writes it (quoted fields, "" escapes, N/A bare). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      if (row.some((cell) => cell !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.some((cell) => cell !== '')) rows.push(row);
  return rows;
}

/** Findings from electronegativity's CSV report. */
export function parseFindings(csv) {
  const rows = parseCsv(csv);
  const header = rows.shift()?.map((h) => h.trim());
  if (header === undefined || header[0] !== 'issue' || header[1] !== 'severity') {
    throw new Error('not an electronegativity CSV report (unexpected header)');
  }
  return rows.map(
    ([
      check = '',
      severity = '',
      confidence = '',
      file = '',
      location = '',
      sample = '',
      description = '',
    ]) => ({
      check: check.trim(),
      severity: severity.trim().toUpperCase(),
      confidence: confidence.trim(),
      file: file.trim(),
      location: location.trim(),
      sample: sample.trim(),
      description: description.trim(),
    }),
  );
}

/** The allow-list: every entry justified; a malformed one is an error, not a silent pass. */
export function parseAllowlist(json) {
  const data = JSON.parse(json);
  if (!Array.isArray(data)) throw new Error('the allow-list must be a JSON array');
  return data.map((entry, index) => {
    const where = `allow-list entry ${index + 1}`;
    if (typeof entry !== 'object' || entry === null) throw new Error(`${where} is not an object`);
    const { check, file, reason } = entry;
    if (typeof check !== 'string' || check === '') throw new Error(`${where}: "check" is required`);
    if (typeof file !== 'string' || file === '')
      throw new Error(`${where}: "file" is required ("*" for any)`);
    if (typeof reason !== 'string' || reason.trim().length < 20) {
      throw new Error(`${where} (${check}): "reason" must explain why this finding is safe`);
    }
    return { check, file, reason };
  });
}

function allowedBy(finding, allowlist) {
  return allowlist.find(
    (entry) =>
      entry.check.toUpperCase() === finding.check.toUpperCase() &&
      (entry.file === '*' ||
        finding.file === entry.file ||
        finding.file.endsWith(`/${entry.file}`)),
  );
}

/** Which findings fail the gate (HIGH and not allow-listed), and which entries went unused. */
export function evaluateFindings(findings, allowlist, failAt = 'HIGH') {
  const threshold = SEVERITIES.indexOf(failAt);
  const failing = [];
  const allowed = [];
  const used = new Set();
  for (const finding of findings) {
    if (SEVERITIES.indexOf(finding.severity) < threshold) continue;
    const entry = allowedBy(finding, allowlist);
    if (entry === undefined) failing.push(finding);
    else {
      used.add(entry);
      allowed.push({ finding, reason: entry.reason });
    }
  }
  const unused = allowlist.filter((entry) => !used.has(entry));
  return { failing, allowed, unused };
}

function describe(finding) {
  const where = finding.file === 'N/A' ? 'whole app' : `${finding.file}:${finding.location}`;
  return `${finding.severity} ${finding.check} (${finding.confidence}) ${where}: ${finding.description}`;
}

/** Electronegativity reads .js/.ts/.html only: bundles (.cjs/.mjs) are copied as .js. */
function stage(from, to) {
  cpSync(from, to, {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}node_modules`) && !source.endsWith('.map'),
  });
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(cjs|mjs)$/u.test(name)) renameSync(file, file.replace(/\.(cjs|mjs)$/u, '.js'));
    }
  };
  walk(to);
}

function main() {
  const { values } = parseArgs({ options: { 'no-build-scan': { type: 'boolean' } } });
  const work = mkdtempSync(path.join(os.tmpdir(), 'otvori-electronegativity-'));
  try {
    const scan = path.join(work, 'scan');
    mkdirSync(scan);
    for (const dir of ['electron', 'renderer'])
      stage(path.join(root, dir), path.join(scan, 'sources', dir));
    if (!values['no-build-scan']) {
      if (!existsSync(path.join(root, 'dist', 'electron', 'main.cjs'))) {
        console.error('electronegativity-gate: dist/ is missing; run `npm run build` first');
        return 1;
      }
      stage(path.join(root, 'dist'), path.join(scan, 'build', 'dist'));
    }
    const report = path.join(work, 'report.csv');
    const cli = path.join(
      root,
      'node_modules',
      '@doyensec',
      'electronegativity',
      'dist',
      'index.js',
    );
    const electronVersion = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
      .devDependencies.electron;
    console.log(
      `electronegativity: scanning sources${values['no-build-scan'] ? '' : ' and build'} (Electron ${electronVersion})`,
    );
    const run = spawnSync(
      process.execPath,
      [cli, '-i', scan, '-o', report, '-r', '-v', 'false', '-e', electronVersion],
      { encoding: 'utf8', timeout: 5 * 60_000 },
    );
    if (!existsSync(report)) {
      console.error(run.stdout, run.stderr);
      console.error(
        'electronegativity-gate: the scanner wrote no report; treating that as a failure',
      );
      return 1;
    }
    const findings = parseFindings(readFileSync(report, 'utf8'));
    const allowlist = existsSync(ALLOWLIST_FILE)
      ? parseAllowlist(readFileSync(ALLOWLIST_FILE, 'utf8'))
      : [];
    const { failing, allowed, unused } = evaluateFindings(findings, allowlist);
    for (const finding of findings) console.log(`  ${describe(finding)}`);
    for (const { finding, reason } of allowed)
      console.log(`  allowed: ${finding.check} in ${finding.file}: ${reason}`);
    for (const entry of unused)
      console.warn(`  unused allow-list entry: ${entry.check} ${entry.file} (remove it?)`);
    if (failing.length > 0) {
      console.error(
        `electronegativity-gate: ${failing.length} HIGH finding(s) not justified in ${path.relative(root, ALLOWLIST_FILE)}:`,
      );
      for (const finding of failing) console.error(`  ✗ ${describe(finding)}`);
      return 1;
    }
    console.log(
      `electronegativity-gate: passed (${findings.length} finding(s), none HIGH unjustified)`,
    );
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(main());
}
