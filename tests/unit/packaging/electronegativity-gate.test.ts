/**
 * The Electronegativity gate (scripts/electronegativity-gate.mjs): electronegativity itself exits
 * 0 on findings, so the gate reads its CSV and fails on HIGH findings nobody justified.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ALLOWLIST_FILE,
  evaluateFindings,
  parseAllowlist,
  parseFindings,
} from '../../../scripts/electronegativity-gate.mjs';

const CSV = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'CSP_GLOBAL_CHECK,"MEDIUM","CERTAIN","N/A","0:0",N/A,"No CSP has been detected in the target application",https://x/CSP',
  'NODE_INTEGRATION_JS_CHECK,"HIGH","FIRM","build/dist/electron/main.js","10:2","new BrowserWindow({ webPreferences: { nodeIntegration: true, x: ""a,b"" } })","Disable nodeIntegration",https://x/NI',
  'OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","sources/electron/main/security/open-external.ts","22:4","shell.openExternal(target)","Review the use of openExternal",https://x/OE',
  '',
].join('\r\n');

describe('parseFindings', () => {
  it('reads every row, quotes and embedded commas included', () => {
    const findings = parseFindings(CSV);
    expect(findings).toHaveLength(3);
    expect(findings[1]).toMatchObject({
      check: 'NODE_INTEGRATION_JS_CHECK',
      severity: 'HIGH',
      file: 'build/dist/electron/main.js',
      sample: 'new BrowserWindow({ webPreferences: { nodeIntegration: true, x: "a,b" } })',
    });
  });

  it('refuses something that is not a report', () => {
    expect(() => parseFindings('<html>error</html>')).toThrow(/not an electronegativity CSV/u);
  });
});

describe('evaluateFindings', () => {
  const findings = parseFindings(CSV);

  it('fails on a HIGH finding, and only on HIGH', () => {
    const { failing } = evaluateFindings(findings, []);
    expect(failing.map((f) => f.check)).toEqual(['NODE_INTEGRATION_JS_CHECK']);
  });

  it('lets a justified HIGH finding pass and reports unused entries', () => {
    const allowlist = parseAllowlist(
      JSON.stringify([
        {
          check: 'NODE_INTEGRATION_JS_CHECK',
          file: 'dist/electron/main.js',
          reason: 'A test entry: the flag is in a string the scanner misreads.',
        },
        {
          check: 'AUXCLICK_JS_CHECK',
          file: '*',
          reason: 'A stale entry that matches nothing at all.',
        },
      ]),
    );
    const { failing, allowed, unused } = evaluateFindings(findings, allowlist);
    expect(failing).toEqual([]);
    expect(allowed).toHaveLength(1);
    expect(unused.map((e) => e.check)).toEqual(['AUXCLICK_JS_CHECK']);
  });

  it('does not let an entry for another file hide a finding', () => {
    const allowlist = parseAllowlist(
      JSON.stringify([
        {
          check: 'NODE_INTEGRATION_JS_CHECK',
          file: 'preload.js',
          reason: 'Justified for the preload only, nowhere else.',
        },
      ]),
    );
    expect(evaluateFindings(findings, allowlist).failing).toHaveLength(1);
  });
});

describe('parseAllowlist', () => {
  it.each([
    ['{}', /JSON array/u],
    ['[{"check":"X","file":"*"}]', /"reason" must explain/u],
    ['[{"check":"X","file":"*","reason":"ok"}]', /"reason" must explain/u],
    ['[{"file":"*","reason":"a long enough reason for the entry"}]', /"check" is required/u],
  ])('refuses %s', (json, message) => {
    expect(() => parseAllowlist(json)).toThrow(message);
  });

  it('accepts the committed allow-list', () => {
    expect(() => parseAllowlist(readFileSync(ALLOWLIST_FILE, 'utf8'))).not.toThrow();
  });
});
