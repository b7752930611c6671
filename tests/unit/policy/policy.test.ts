/**
 * IT's machine policy: the JSON Schema and resolution (shared/policy/policy.ts) and the loader
 * (electron/backend/policy/load-policy.ts). A valid file applies and its fields are fixed; an
 * invalid field is named in a clear message and falls back to a safe default; a missing file
 * means defaults with source null; a malformed file never stops the app.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateResponse } from '../../../electron/backend/contract/validate';
import {
  evaluatePolicy,
  loadPolicy,
  MAX_POLICY_BYTES,
  policyFilePath,
} from '../../../electron/backend/policy/load-policy';
import {
  DEFAULT_POLICY_VALUES,
  normalizePortalUrl,
  POLICY_FIELDS,
} from '../../../shared/policy/policy';

let dir: string;
const file = (name = 'policy.json') => path.join(dir, name);

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-policy-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('policy file location', () => {
  it('is in ProgramData on Windows, /etc on Linux, and OTVORI_POLICY_FILE wins', () => {
    expect(policyFilePath({ ProgramData: 'D:\\PD' }, 'win32')).toBe('D:\\PD\\Otvori\\policy.json');
    expect(policyFilePath({}, 'win32')).toBe('C:\\ProgramData\\Otvori\\policy.json');
    expect(policyFilePath({}, 'linux')).toBe('/etc/otvori/policy.json');
    expect(policyFilePath({ OTVORI_POLICY_FILE: '/tmp/p.json' }, 'win32')).toBe('/tmp/p.json');
  });
});

describe('a valid policy', () => {
  it('applies every field and lists it as fixed', async () => {
    writeFileSync(
      file(),
      JSON.stringify({
        portalUrl: 'https://data.gov.rs/',
        allowedPortals: ['https://data.gov.rs', 'https://Test.Data.Gov.rs:443/'],
        organization: 'grad-pancevo',
        proxy: { server: 'http://proxy.pancevo.local:8080', bypass: ['*.pancevo.local'] },
        updates: { channel: 'beta' },
        updateUrl: 'https://updates.pancevo.local/otvori',
        trainingPortal: false,
        defaultLocale: 'sr-Latn',
      }),
    );
    const policy = await loadPolicy(file());
    expect(policy.errors).toEqual([]);
    expect(policy.source).toBe(file());
    expect(policy.fixed).toEqual([...POLICY_FIELDS]);
    expect(policy.values).toEqual({
      portalUrl: 'https://data.gov.rs',
      allowedPortals: ['https://data.gov.rs', 'https://test.data.gov.rs'],
      organization: 'grad-pancevo',
      proxy: { server: 'http://proxy.pancevo.local:8080', bypass: ['*.pancevo.local'] },
      updates: { channel: 'beta' },
      updateUrl: 'https://updates.pancevo.local/otvori',
      trainingPortal: false,
      defaultLocale: 'sr-Latn',
    });
    expect(validateResponse('app:policy:get', policy).ok).toBe(true);
  });

  it('accepts the documented example in build/', async () => {
    const example = path.resolve(__dirname, '../../../build/policy.example.json');
    const policy = await loadPolicy(example);
    expect(policy.errors).toEqual([]);
    expect(policy.fixed.length).toBeGreaterThan(5);
  });

  it('may be partial: the rest stays default and only given fields are fixed', async () => {
    writeFileSync(file(), '\uFEFF{ "updates": "off" }'); // Notepad's BOM is fine
    const policy = await loadPolicy(file());
    expect(policy.errors).toEqual([]);
    expect(policy.fixed).toEqual(['updates']);
    expect(policy.values).toEqual({ ...DEFAULT_POLICY_VALUES, updates: 'off' });
  });
});

describe('an invalid policy', () => {
  it.each([
    [
      'portalUrl',
      { portalUrl: 'http://data.gov.rs' },
      /"portalUrl" is invalid: "http:\/\/data\.gov\.rs"/u,
    ],
    ['updates', { updates: 'Off' }, /"updates" is invalid: "Off".*expected "off" or \{ "channel"/u],
    ['updates', { updates: { channel: 'nightly' } }, /"updates" is invalid.*\/updates\/channel/u],
    [
      'defaultLocale',
      { defaultLocale: 'de' },
      /"defaultLocale" is invalid: "de".*"sr-Cyrl", "sr-Latn", "en"/u,
    ],
    [
      'trainingPortal',
      { trainingPortal: 'no' },
      /"trainingPortal" is invalid: "no" must be boolean/u,
    ],
    ['proxy', { proxy: { server: 'proxy:8080' } }, /"proxy" is invalid/u],
    ['allowedPortals', { allowedPortals: [] }, /"allowedPortals" is invalid/u],
    ['organization', { organization: '' }, /"organization" is invalid/u],
    ['updateUrl', { updateUrl: 'ftp://x' }, /"updateUrl" is invalid/u],
  ])('names the field %s and uses a safe default', (field, document, message) => {
    const policy = evaluatePolicy('/policy.json', document);
    expect(policy.errors).toHaveLength(1);
    expect(policy.errors[0]?.field).toBe(field);
    expect(policy.errors[0]?.message).toMatch(message);
    expect(policy.fixed).not.toContain(field);
    expect(validateResponse('app:policy:get', policy).ok).toBe(true);
  });

  it('keeps the valid fields, turns updates off when that field is broken', () => {
    const policy = evaluatePolicy('/policy.json', {
      organization: 'grad-pancevo',
      updates: { channel: 'stable' },
      trainingPortal: false,
    });
    expect(policy.values.organization).toBe('grad-pancevo');
    expect(policy.values.trainingPortal).toBe(false);
    expect(policy.values.updates).toBe('off');
    expect(policy.fixed).toEqual(['organization', 'trainingPortal']);
  });

  it('refuses a portal outside the allowed list and uses the first allowed one', () => {
    const policy = evaluatePolicy('/policy.json', {
      portalUrl: 'https://evil.example',
      allowedPortals: ['https://data.gov.rs'],
    });
    expect(policy.values.portalUrl).toBe('https://data.gov.rs');
    expect(policy.fixed).toEqual(['allowedPortals']);
    expect(policy.errors[0]?.message).toMatch(
      /"portalUrl" is "https:\/\/evil\.example", which is not in allowedPortals/u,
    );
  });

  it('reports unknown fields (a typo such as portalURL) without failing the rest', () => {
    const policy = evaluatePolicy('/policy.json', { portalURL: 'https://x.rs', updates: 'off' });
    expect(policy.values.updates).toBe('off');
    expect(policy.fixed).toEqual(['updates']);
    expect(policy.errors).toEqual([
      { field: null, message: expect.stringMatching(/Unknown field "portalURL" is ignored/u) },
    ]);
  });

  it('is not fooled by a __proto__ key', () => {
    const policy = evaluatePolicy('/policy.json', JSON.parse('{"__proto__":{"updates":"off"}}'));
    expect(policy.errors[0]?.message).toMatch(/Unknown field "__proto__"/u);
    expect(policy.values).toEqual(DEFAULT_POLICY_VALUES);
  });
});

describe('a missing or unusable policy file', () => {
  it('missing: defaults, source null, nothing fixed, no errors', async () => {
    const policy = await loadPolicy(file('absent.json'));
    expect(policy).toEqual({ source: null, values: DEFAULT_POLICY_VALUES, fixed: [], errors: [] });
    expect(validateResponse('app:policy:get', policy).ok).toBe(true);
  });

  it.each([
    ['malformed JSON', '{ "updates": "off", }', /not valid JSON/u],
    ['an array', '["updates"]', /must be a JSON object/u],
    ['empty', '', /not valid JSON/u],
  ])('%s: defaults with updates off and an error for the file', async (_label, text, message) => {
    writeFileSync(file(), text);
    const policy = await loadPolicy(file());
    expect(policy.source).toBe(file());
    expect(policy.values).toEqual({ ...DEFAULT_POLICY_VALUES, updates: 'off' });
    expect(policy.fixed).toEqual([]);
    expect(policy.errors).toHaveLength(1);
    expect(policy.errors[0]?.field).toBeNull();
    expect(policy.errors[0]?.message).toMatch(message);
    expect(validateResponse('app:policy:get', policy).ok).toBe(true);
  });

  it('too large or a folder: refused without reading it', async () => {
    writeFileSync(file(), ' '.repeat(MAX_POLICY_BYTES + 1));
    expect((await loadPolicy(file())).errors[0]?.message).toMatch(/more than 65536/u);
    expect((await loadPolicy(dir)).errors[0]?.message).toMatch(/not a file/u);
  });
});

describe('normalizePortalUrl', () => {
  it.each([
    ['https://data.gov.rs', 'https://data.gov.rs'],
    ['https://DATA.gov.rs:443/', 'https://data.gov.rs'],
    ['https://portal.example:8443/api/', 'https://portal.example:8443/api'],
  ])('%s → %s', (input, output) => {
    expect(normalizePortalUrl(input)).toBe(output);
  });

  it.each([
    'http://data.gov.rs',
    'https://user:pw@data.gov.rs',
    'https://data.gov.rs?x=1',
    'https://data.gov.rs#x',
    'https://data.gov.rs/../x',
    'https://-bad-.rs',
    'https://data..gov.rs',
    'https://data.gov.rs:99999',
    'https://data.gov.rs\\@evil',
    'javascript:alert(1)',
  ])('refuses %s', (input) => {
    expect(normalizePortalUrl(input)).toBeNull();
  });
});

describe('the example file', () => {
  it('documents every field', () => {
    const example = readFileSync(
      path.resolve(__dirname, '../../../build/policy.example.json'),
      'utf8',
    );
    for (const field of POLICY_FIELDS) expect(example).toContain(`"${field}"`);
  });
});
