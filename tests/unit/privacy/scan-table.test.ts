// Column verdicts (issue 5 item 1): kinds, shares, confidence, evidence without cell values.
import { describe, expect, it } from 'vitest';
import { scanTable } from '../../../shared/privacy/scan-table';
import type { CellValue, ColumnType, Table } from '../../../shared/table/types';

const NOW = new Date(Date.UTC(2025, 0, 1));

function table(columns: readonly (readonly [string, ColumnType, readonly CellValue[]])[]): Table {
  const rowCount = Math.max(...columns.map(([, , values]) => values.length));
  return {
    columns: columns.map(([name, type], i) => ({ key: `c${i}`, name, type })),
    values: columns.map(([, , values]) => values),
    originals: columns.map(() => new Map()),
    rowCount,
  };
}

const JMBGS = ['0101900350008', '2206978816007', '1506985865129', '3112999860005', '0102985860049'];

describe('scanTable', () => {
  it('a JMBG column: kind, share, high confidence, evidence as counts', () => {
    const [verdict] = scanTable(table([['JMBG', 'text', [...JMBGS, '1234567890123', null]]]), {
      now: NOW,
    });
    expect(verdict).toMatchObject({
      primary: 'jmbg',
      personal: true,
      confidence: 'high',
      nonEmpty: 6,
      scan: 'full',
    });
    expect(verdict!.kinds[0]).toMatchObject({ kind: 'jmbg', matched: 6, total: 6, share: 1 });
    expect(verdict!.evidence).toContainEqual({ code: 'header', cue: 'jmbg' });
    expect(verdict!.evidence).toContainEqual({
      code: 'matched',
      kind: 'jmbg',
      basis: 'checksum',
      matched: 5,
      total: 6,
    });
    // Under a JMBG header a 13-digit value with a bad checksum is still masked (§1.1).
    expect(verdict!.evidence).toContainEqual({
      code: 'bad-checksum',
      kind: 'jmbg',
      matched: 1,
      total: 6,
    });
  });

  it('JMBGs under a misleading header are found by checksum', () => {
    const [verdict] = scanTable(table([['Šifra', 'text', JMBGS]]), { now: NOW });
    expect(verdict).toMatchObject({
      primary: 'jmbg',
      confidence: 'high',
      reasons: ['checksum-majority'],
    });
  });

  it('recovers JMBGs stored as numbers that lost their leading zero', () => {
    const values = [102985860049, 101900350008, 1506985865129];
    const [verdict] = scanTable(table([['Matični broj', 'integer', values]]), { now: NOW });
    expect(verdict!.primary).toBe('jmbg');
    expect(verdict!.evidence).toContainEqual({
      code: 'leading-zero-lost',
      kind: 'jmbg',
      matched: 2,
      total: 3,
    });
  });

  it('an 18-digit account that Excel turned into a float is flagged under an account header (§0)', () => {
    const [verdict] = scanTable(
      table([['Tekući račun', 'text', ['1.60000000018204E+17', '160-12345-95']]]),
    );
    expect(verdict!.primary).toBe('account');
    expect(verdict!.evidence).toContainEqual({
      code: 'digits-lost',
      kind: 'account',
      matched: 1,
      total: 2,
    });
    const [numbers] = scanTable(table([['Broj računa', 'integer', [160000000018204000]]]));
    expect(numbers!.evidence).toContainEqual({
      code: 'digits-lost',
      kind: 'account',
      matched: 1,
      total: 1,
    });
  });

  it('verdicts and evidence never contain a cell value', () => {
    const secret = [
      '1506985865129',
      'Jelena Petrović',
      '064/123-45-67',
      'jelena.petrovic@gmail.com',
      'Njegoševa 9',
    ];
    const verdicts = scanTable(
      table([
        ['Napomena', 'text', secret.map((s) => `Podatak: ${s} u napomeni`)],
        ['Kolona 2', 'text', secret],
        [
          'Ime i prezime',
          'text',
          ['Jelena Petrović', 'Petrović Marko', 'Nagy Ferenc', 'Јовановић Јелена', 'P. Petrović'],
        ],
      ]),
      { now: NOW },
    );
    const json = JSON.stringify(verdicts);
    for (const value of secret) {
      expect(json).not.toContain(value);
      for (const part of value.split(/[\s/@.-]+/).filter((p) => p.length >= 4)) {
        if (['Podatak'].includes(part)) continue;
        expect(json.toLowerCase()).not.toContain(part.toLowerCase());
      }
    }
    expect(verdicts[0]!.cellsWithEmbedded).toBeGreaterThan(0);
  });

  it('treasury accounts, city switchboards and role mailboxes are not personal', () => {
    const verdicts = scanTable(
      table([
        ['Račun za uplatu', 'text', ['840-30413845-91', '840-711111843-52', '840-30413845-91']],
        ['Telefon', 'text', ['013 308 830', '013/344-366', '(013) 351-200']],
        [
          'E-mail',
          'text',
          ['grad@pancevo.rs', 'info@pancevo.rs', 'pisarnica [at] pancevo [dot] rs'],
        ],
        [
          'Napomena',
          'text',
          ['Uplata na 840-30413845-91, informacije 013 308 830, grad@pancevo.rs'],
        ],
      ]),
      { now: NOW },
    );
    for (const verdict of verdicts) {
      expect(verdict.personal, verdict.columnKey).toBe(false);
      expect(verdict.primary).toBeNull();
    }
    expect(verdicts[0]!.kinds[0]).toMatchObject({
      kind: 'account-treasury',
      role: 'public',
      matched: 3,
    });
    expect(verdicts[1]!.kinds[0]).toMatchObject({ kind: 'phone-institutional', role: 'public' });
  });

  it('mobiles and personal accounts are personal', () => {
    const [phones, accounts] = scanTable(
      table([
        ['Kontakt', 'text', ['064/123-45-67', '+381641234567', '00381 64 123 4567']],
        ['Broj', 'text', ['160-0000000012345-95', '160-12345-95', '265-0000000012345-26']],
      ]),
    );
    expect(phones).toMatchObject({ primary: 'phone-mobile', personal: true, confidence: 'medium' });
    expect(accounts).toMatchObject({ primary: 'account', personal: true, confidence: 'high' });
  });

  it('random 13-digit case numbers are chance JMBG matches, not a JMBG column', () => {
    const values: string[] = [];
    let x = 1234567;
    for (let i = 0; i < 3000; i++) {
      x = (x * 48271) % 2147483647;
      values.push(`9${String(x).padStart(12, '0')}`.slice(0, 13));
    }
    values.push('1506985865129'); // one that passes by chance
    const [verdict] = scanTable(table([['Broj predmeta', 'text', values]]), { now: NOW });
    expect(verdict!.personal).toBe(false);
    expect(verdict!.kinds[0]).toMatchObject({ kind: 'jmbg', chance: true });
    expect(verdict!.evidence.some((e) => e.code === 'chance-matches')).toBe(true);
  });

  it('PIB and MB need a header: bare 8–9 digit numbers are not flagged', () => {
    const [bare, pib, mb] = scanTable(
      table([
        ['Broj rešenja', 'text', ['101134702', '112497859', '66143627']],
        ['PIB', 'text', ['101134702', '112497859', '101134703']],
        ['Matični broj', 'text', ['66143627', '08179115', '66143628']],
      ]),
    );
    expect(bare!.kinds).toEqual([]);
    expect(pib).toMatchObject({ primary: 'pib' });
    expect(pib!.evidence).toContainEqual({
      code: 'bad-checksum',
      kind: 'pib',
      matched: 1,
      total: 3,
    });
    expect(mb).toMatchObject({ primary: 'mb' });
  });

  it('LBO, ID card and passport numbers count by header only', () => {
    const [lbo, card, plain] = scanTable(
      table([
        ['LBO', 'text', ['12345678901', '10987654321']],
        ['Broj lične karte', 'text', ['008123456', '012345678']],
        ['Šifra artikla', 'text', ['12345678901', '008123456']],
      ]),
    );
    expect(lbo).toMatchObject({ primary: 'lbo', confidence: 'medium' });
    expect(card).toMatchObject({ primary: 'id-card' });
    expect(plain!.kinds).toEqual([]);
  });

  it('a quiet column is sampled, then swept with the identifier prefilter', () => {
    const values: CellValue[] = Array.from(
      { length: 20_000 },
      (_, i) => `Isporuka broj ${i % 97} obavljena`,
    );
    values[15_001] = 'Greškom upisan JMBG 1506985865129 u napomenu';
    const [verdict] = scanTable(table([['Kolona 7', 'text', values]]), {
      now: NOW,
      sampleSize: 500,
    });
    expect(verdict!.scan).toBe('sample');
    expect(verdict!.cellsWithEmbedded).toBe(1);
    expect(verdict!.kinds[0]).toMatchObject({ kind: 'jmbg', embedded: 1, matched: 0 });
    expect(verdict!.personal).toBe(true);
    expect(verdict!.confidence).toBe('low');
  });

  it('names: a name column by header and dictionary', () => {
    const [names] = scanTable(
      table([
        [
          'Prezime i ime',
          'text',
          ['Petrović Petar', 'PETROVIĆ PETAR', 'Петровић Петар', 'Szalai Ildikó', 'Nagy Ferenc'],
        ],
      ]),
    );
    expect(names).toMatchObject({ primary: 'name', confidence: 'high' });
    expect(names!.kinds[0]).toMatchObject({ matched: 5, share: 1 });
  });
});
