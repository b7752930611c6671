// `npm test`: every check and suite, in order, then one closing line `N passed, N failed`
// counting all of them (static checks count one each). Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const resultsDir = path.resolve('test-results', 'summary');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(label, command, args) {
  const ok = run(label, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${label}`);
  return ok;
}

function suite(label, command, args, reportFile, env, count) {
  const ok = run(label, command, args, env);
  let counted = { passed: 0, failed: ok ? 0 : 1, skipped: 0 };
  if (existsSync(reportFile)) counted = count(JSON.parse(readFileSync(reportFile, 'utf8')));
  if (!ok && counted.failed === 0) counted.failed = 1; // the runner itself failed (crash, config error)
  totals.passed += counted.passed;
  totals.failed += counted.failed;
  totals.skipped += counted.skipped;
  lines.push(
    `${counted.failed === 0 ? 'ok  ' : 'FAIL'} ${label}: ${counted.passed} passed, ${counted.failed} failed, ${counted.skipped} skipped`,
  );
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

check('typecheck', npm, ['run', '--silent', 'typecheck']);
check('lint', npm, ['run', '--silent', 'lint']);
check('format', npm, ['run', '--silent', 'format:check']);
const built = check('build', npm, ['run', '--silent', 'build']);
// Packaging (offline --win/--linux dir around a stub Electron) and the Electronegativity gate,
// both on the build just made.
check('package (pack:verify)', npm, ['run', '--silent', 'pack:verify', '--', '--skip-build']);
check('electronegativity', npm, ['run', '--silent', 'security:scan']);

const vitestReport = path.join(resultsDir, 'vitest.json');
suite(
  'unit + integration (vitest)',
  npx,
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
  vitestReport,
  { OTVORI_SKIP_BUILD: built ? '1' : '0' },
  (r) => ({
    passed: r.numPassedTests,
    failed: r.numFailedTests,
    skipped: r.numPendingTests + r.numTodoTests,
  }),
);

const countPlaywright = (r) => ({
  passed: (r.stats.expected ?? 0) + (r.stats.flaky ?? 0),
  failed: r.stats.unexpected ?? 0,
  skipped: r.stats.skipped ?? 0,
});
for (const [label, config, file] of [
  ['end to end in Chromium (playwright)', 'tests/e2e/playwright.config.ts', 'e2e.json'],
  ['electron smoke (playwright)', 'tests/electron/playwright.config.ts', 'electron.json'],
]) {
  const report = path.join(resultsDir, file);
  suite(
    label,
    npx,
    ['playwright', 'test', '--config', config, '--reporter=list,json'],
    report,
    { PLAYWRIGHT_JSON_OUTPUT_NAME: report },
    countPlaywright,
  );
}

console.log('\nSummary');
for (const line of lines) console.log(`  ${line}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 ? 0 : 1);
