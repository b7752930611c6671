import { createHmac, createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyRecipe } from '../../../shared/recipe/apply-recipe';
import { hmacSha256, sha256, toHex, utf8 } from '../../../shared/privacy/hmac-sha256';
import { maskText } from '../../../shared/recipe/ops/privacy/mask';
import { hmacPseudonym } from '../../../shared/recipe/ops/privacy/pseudonymize';
import { settlementOf, yearOf } from '../../../shared/recipe/ops/privacy/generalize';
import { scanTable } from '../../../shared/privacy';
import { OPS } from '../../../shared/recipe/registry';
import { validateRecipe } from '../../../shared/recipe/validate-recipe';
import type { Table } from '../../../shared/table/types';
import { check, column, recipe, step, table, textColumn } from './helpers';

const KEY = 'a1'.repeat(32);

function run(t: Table, ...steps: ReturnType<typeof step>[]) {
  return applyRecipe(t, recipe(...steps), { pseudonymKey: KEY });
}

describe('SHA-256 and HMAC-SHA-256 in plain TypeScript', () => {
  it('match node:crypto on RFC 4231 vectors and random inputs', () => {
    // RFC 4231 test case 2.
    expect(toHex(hmacSha256(utf8('Jefe'), utf8('what do ya want for nothing?')))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    // RFC 4231 test case 6: a key longer than the block is hashed first.
    const longKey = new Uint8Array(131).fill(0xaa);
    const message = utf8('Test Using Larger Than Block-Size Key - Hash Key First');
    expect(toHex(hmacSha256(longKey, message))).toBe(
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    );
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const data = randomBytes(length);
      const key = randomBytes(32);
      expect(toHex(sha256(data))).toBe(createHash('sha256').update(data).digest('hex'));
      expect(toHex(hmacSha256(key, data))).toBe(
        createHmac('sha256', key).update(data).digest('hex'),
      );
    }
    expect(toHex(sha256(utf8('Петровић Ђорђе')))).toBe(
      createHash('sha256').update('Петровић Ђорђе', 'utf8').digest('hex'),
    );
  });
});

describe('drop-column', () => {
  it('removes the column and refuses a missing one', () => {
    const t = table(
      [
        ['JMBG', 'text'],
        ['Iznos', 'integer'],
      ],
      [['1506985865129', 10]],
    );
    const out = run(t, step('drop-column', 'JMBG'));
    expect(out.table.columns.map((c) => c.name)).toEqual(['Iznos']);
    expect(out.stepResults[0]).toMatchObject({ status: 'applied', columnsRemoved: 1 });
    expect(run(t, step('drop-column', 'Nema')).stepResults[0]?.error?.code).toBe('columnMissing');
    expect(OPS.get('drop-column')!.affectedColumns(step('drop-column', 'JMBG'))).toEqual({
      reads: ['JMBG'],
      creates: [],
      removes: ['JMBG'],
    });
  });
});

describe('mask', () => {
  it('keeps the last N letters or digits and every separator', () => {
    expect(maskText('1506985865129', 4)).toBe('*********5129');
    expect(maskText('160-0000000182039-69', 2)).toBe('***-*************-69');
    expect(maskText('+381 64 123 45 67', 2)).toBe('+*** ** *** ** 67');
    expect(maskText('PA 123-ČŠ', 0)).toBe('** ***-**');
    expect(maskText('12', 4)).toBe('12');
  });

  it('masks numbers as text (a JMBG that lost its zero) and clears the originals', () => {
    const t = table([['JMBG', 'integer']], [[102985860049], [null]]);
    const withOriginal: Table = { ...t, originals: [new Map([[0, '0102985860049']])] };
    const out = run(withOriginal, step('mask', 'JMBG', { keep: 3 })).table;
    expect(column(out, 'JMBG')).toEqual(['*********049', null]);
    expect(out.columns[0]?.type).toBe('text');
    expect(out.originals[0]?.size).toBe(0);
    expect(validateRecipe(recipe(step('mask', 'JMBG', { keep: 9 })), check)).not.toEqual([]);
  });
});

describe('redact-text', () => {
  const notes = textColumn('Napomena', [
    'Pozvati Petra Petrovića na 064/123-45-67, JMBG 1506985865129.',
    'Уплата на рачун 160-0000000182039-69, обавештен Јовановић Марко.',
    'Uplata na račun trezora 840-30413845-91, centrala 013 308 830.',
    'Bez primedbi.',
    null,
  ]);

  it('replaces personal findings by labels, in the cell’s script, and keeps public ones', () => {
    const out = run(notes, step('redact-text', 'Napomena')).table;
    const [latin, cyrillic, publicOnes, plain, empty] = column(out, 'Napomena');
    expect(latin).toBe('Pozvati [IME] na [TELEFON], JMBG [JMBG].');
    expect(cyrillic).toContain('[РАЧУН]');
    expect(cyrillic).not.toMatch(/160-0000000182039-69|Јовановић/);
    expect(publicOnes).toBe('Uplata na račun trezora 840-30413845-91, centrala 013 308 830.');
    expect(plain).toBe('Bez primedbi.');
    expect(empty).toBeNull();
    // The redacted text does not keep the source as an "original".
    expect(out.originals[0]?.size).toBe(0);
  });

  it('redacts only the chosen kinds, and every text column without a column', () => {
    const only = run(notes, step('redact-text', 'Napomena', { kinds: ['jmbg'] })).table;
    expect(column(only, 'Napomena')[0]).toBe(
      'Pozvati Petra Petrovića na 064/123-45-67, JMBG [JMBG].',
    );
    const all = run(notes, step('redact-text', undefined)).table;
    expect(column(all, 'Napomena')[0]).toBe('Pozvati [IME] na [TELEFON], JMBG [JMBG].');
  });

  it('leaves nothing the scanner still calls personal', () => {
    const out = run(notes, step('redact-text', 'Napomena')).table;
    expect(scanTable(out)[0]?.personal).toBe(false);
  });
});

describe('pseudonymize and tokenize', () => {
  const people = textColumn('Prezime i ime', [
    'Petrović Petar',
    'PETROVIĆ  PETAR ',
    'Петровић Петар',
    'Jovanović Jelena',
    '',
    null,
  ]);

  it('HMAC pseudonyms: same person same pseudonym across spellings, scripts and months', () => {
    const out = run(people, step('pseudonymize', 'Prezime i ime')).table;
    const values = column(out, 'Prezime i ime');
    expect(values[0]).toMatch(/^P-[BCDFGHJKLMNPQRSTVWXZ]{12}$/);
    expect(values[1]).toBe(values[0]);
    expect(values[2]).toBe(values[0]);
    expect(values[3]).not.toBe(values[0]);
    expect(values.slice(4)).toEqual([null, null]);
    // Next month's file, same key: the same pseudonym.
    const next = run(
      textColumn('Prezime i ime', ['Petrović Petar']),
      step('pseudonymize', 'Prezime i ime'),
    );
    expect(column(next.table, 'Prezime i ime')[0]).toBe(values[0]);
    // The value is HMAC-SHA-256 with the key, checked against node:crypto.
    // Its first 12 bytes are spelled in 20 consonants, so no pseudonym reads as a number.
    const mac = createHmac('sha256', Buffer.from(KEY, 'hex')).update('petrović petar').digest();
    const letters = 'BCDFGHJKLMNPQRSTVWXZ';
    const expected = [...mac.subarray(0, 12)].map((b) => letters[b % letters.length]).join('');
    expect(hmacPseudonym(KEY, 'Petrović Petar')).toBe(`P-${expected}`);
    // Another key, another pseudonym; the scan no longer finds names.
    expect(hmacPseudonym('b2'.repeat(32), 'Petrović Petar')).not.toBe(values[0]);
    expect(scanTable(out)[0]?.personal).toBe(false);
  });

  it('a JMBG that lost its leading zero gets the pseudonym of the full one', () => {
    expect(hmacPseudonym(KEY, 102985860049, 'J')).toBe(hmacPseudonym(KEY, '0102985860049', 'J'));
  });

  it('fails without the key instead of writing something weaker', () => {
    const out = applyRecipe(people, recipe(step('pseudonymize', 'Prezime i ime')));
    expect(out.stepResults[0]).toMatchObject({ status: 'failed' });
    expect(column(out.table, 'Prezime i ime')[0]).toBe('Petrović Petar');
    expect(OPS.get('pseudonymize')!.needs).toEqual(['pseudonym-key']);
  });

  it('pseudonyms never look like personal data to the scan (no digits, no vowels)', () => {
    const many = textColumn(
      'Telefon',
      Array.from({ length: 3000 }, (_, i) => `06${String(i).padStart(7, '0')}`),
    );
    const out = run(many, step('pseudonymize', 'Telefon')).table;
    expect(scanTable(out, { fullScan: 'always' })[0]?.kinds).toEqual([]);
    const tokens = run(many, step('tokenize', 'Telefon')).table;
    expect(scanTable(tokens, { fullScan: 'always' })[0]?.kinds).toEqual([]);
  });

  it('random tokens are consistent within a run and differ between runs', () => {
    const a = column(run(people, step('tokenize', 'Prezime i ime')).table, 'Prezime i ime');
    const b = column(run(people, step('tokenize', 'Prezime i ime')).table, 'Prezime i ime');
    expect(a[0]).toMatch(/^T-[BCDFGHJKLMNPQRSTVWXZ]{12}$/);
    expect(a[1]).toBe(a[0]);
    expect(a[3]).not.toBe(a[0]);
    expect(b[0]).not.toBe(a[0]);
  });
});

describe('generalize', () => {
  it('dates to a year or a band, in both spellings', () => {
    expect(yearOf('1985-06-15')).toBe(1985);
    expect(yearOf('15.06.1985.')).toBe(1985);
    expect(yearOf('1. 2. 2001')).toBe(2001);
    expect(yearOf('nepoznato')).toBeNull();
    const t = textColumn('Datum rođenja', ['15.06.1985.', '2000-02-29', 'nepoznato', null]);
    const years = run(t, step('generalize', 'Datum rođenja', { to: 'year' }));
    expect(column(years.table, 'Datum rođenja')).toEqual([1985, 2000, null, null]);
    expect(years.table.columns[0]?.type).toBe('integer');
    expect(years.stepResults[0]?.invalidCells).toBe(1);
    const bands = run(t, step('generalize', 'Datum rođenja', { to: 'year-band', width: 10 }));
    expect(column(bands.table, 'Datum rođenja')).toEqual(['1980–1989', '2000–2009', null, null]);
  });

  it('ages to bands, 90 and over together', () => {
    const t = table([['Starost', 'integer']], [[34], [35], [97], ['41'], [null]]);
    expect(
      column(run(t, step('generalize', 'Starost', { to: 'age-band' })).table, 'Starost'),
    ).toEqual(['30–34', '35–39', '90+', '40–44', null]);
  });

  it('addresses to the settlement, Cyrillic stays Cyrillic; unknown ones are emptied', () => {
    expect(settlementOf('Njegoševa 9, 26000 Pančevo')).toBe('Pančevo');
    expect(settlementOf('Његошева 9, 26000 Панчево')).toBe('Панчево');
    expect(settlementOf('Banatsko Novo Selo bb')).toBe('Banatsko Novo Selo');
    expect(settlementOf('PANCEVO, Vojvode Radomira Putnika 13')).toBe('Pančevo');
    const t = textColumn('Adresa', ['Omoljica bb', 'Njegoševa 9', 'Starčevo, Maksima Gorkog 2']);
    const out = run(t, step('generalize', 'Adresa', { to: 'settlement' }));
    expect(column(out.table, 'Adresa')).toEqual(['Omoljica', null, 'Starčevo']);
    expect(out.stepResults[0]?.invalidCells).toBe(1);
  });

  it('postal codes to the area', () => {
    const t = table([['PAK', 'text']], [['26101'], ['26000'], ['x']]);
    expect(column(run(t, step('generalize', 'PAK', { to: 'postal-area' })).table, 'PAK')).toEqual([
      '26xxx',
      '26xxx',
      null,
    ]);
  });
});

describe('top-bottom-code', () => {
  it('caps numbers at the limits and leaves text counted', () => {
    const t = table([['Iznos', 'decimal']], [[500], [250000], [-3], ['n/a'], [null]]);
    const out = run(t, step('top-bottom-code', 'Iznos', { top: 100000, bottom: 0 }));
    expect(column(out.table, 'Iznos')).toEqual([500, 100000, 0, 'n/a', null]);
    expect(out.stepResults[0]?.invalidCells).toBe(1);
    expect(validateRecipe(recipe(step('top-bottom-code', 'Iznos', {})), check)).not.toEqual([]);
    expect(
      validateRecipe(recipe(step('top-bottom-code', 'Iznos', { top: 1, bottom: 5 })), check),
    ).not.toEqual([]);
  });
});

describe('suppress-small-counts', () => {
  const counts = table(
    [
      ['Naselje', 'text'],
      ['Broj korisnika', 'integer'],
    ],
    [
      ['Pančevo', 120],
      ['Starčevo', 3],
      ['Glogonj', 0],
      ['Jabuka', 14],
      ['Dolovo', 9],
    ],
  );

  it('empties counts below the threshold and one more so totals cannot reveal it', () => {
    const out = run(counts, step('suppress-small-counts', 'Broj korisnika'));
    expect(column(out.table, 'Broj korisnika')).toEqual([120, null, 0, 14, null]);
    const noSecondary = run(
      counts,
      step('suppress-small-counts', 'Broj korisnika', { secondary: false }),
    );
    expect(column(noSecondary.table, 'Broj korisnika')).toEqual([120, null, 0, 14, 9]);
    const three = run(counts, step('suppress-small-counts', 'Broj korisnika', { threshold: 3 }));
    expect(column(three.table, 'Broj korisnika')).toEqual([120, 3, 0, 14, 9]);
  });
});

describe('privacy ops keep cell values out of recipes', () => {
  it('declare no value params', () => {
    for (const op of [
      'drop-column',
      'mask',
      'redact-text',
      'pseudonymize',
      'tokenize',
      'generalize',
      'top-bottom-code',
      'suppress-small-counts',
    ]) {
      expect(OPS.get(op)?.valueParams).toEqual([]);
    }
  });
});
