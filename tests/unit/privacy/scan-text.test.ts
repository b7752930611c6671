// Spans inside free text, with offsets for later redaction (serbian-pii.md §5).
import { describe, expect, it } from 'vitest';
import { scanText } from '../../../shared/privacy/scan-text';

const NOW = new Date(Date.UTC(2025, 0, 1));

function found(text: string): [string, string][] {
  return scanText(text, { now: NOW }).map((s) => [s.kind, text.slice(s.start, s.end)]);
}

describe('scanText', () => {
  it('finds every kind in one note, with exact offsets', () => {
    const text =
      'Zahtev podnela Jelena Petrović, JMBG 1506985865129, tel. 064/123-45-67, e-mail ' +
      'jelena.petrovic [at] gmail [dot] com, stanuje u ulici Njegoševa 9, račun 160-0000000012345-95, ' +
      'IBAN RS35 2600 0560 1001 6113 79, vozilo PA 123-AB, rođena 15.06.1985. PIB: 101134702, MB 08179115';
    expect(found(text)).toEqual([
      ['name', 'Jelena Petrović'],
      ['jmbg', '1506985865129'],
      ['phone-mobile', '064/123-45-67'],
      ['email', 'jelena.petrovic [at] gmail [dot] com'],
      ['address', 'Njegoševa 9'],
      ['account', '160-0000000012345-95'],
      ['iban', 'RS35 2600 0560 1001 6113 79'],
      ['plate', 'PA 123-AB'],
      ['birth-date', '15.06.1985.'],
      ['pib', '101134702'],
      ['mb', '08179115'],
    ]);
  });

  it('classifies public values as public: treasury accounts, city phones, role mailboxes', () => {
    expect(
      found(
        'Uplatiti na 840-30413845-91 ili 840-711111843-52, informacije 013 308 830, grad@pancevo.rs',
      ),
    ).toEqual([
      ['account-treasury', '840-30413845-91'],
      ['account-treasury', '840-711111843-52'],
      ['phone-institutional', '013 308 830'],
      ['email-institutional', 'grad@pancevo.rs'],
    ]);
  });

  it('does not count bare 8- or 9-digit checksums, bad checksums, or dates without a keyword', () => {
    expect(found('Predmet 101134702 od 01.02.2024, broj 66143627, šifra 0101900350007')).toEqual(
      [],
    );
  });

  it('keeps offsets right after NBSP and zero-width characters', () => {
    const text = 'Tel:\u00a0064\u00a0123\u00a045\u00a067\u200b kraj';
    const spans = scanText(text, { now: NOW });
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe('064\u00a0123\u00a045\u00a067');
  });

  it('a phone number is not also an account (064/123-45-67 has an account look-alike inside)', () => {
    for (let i = 0; i < 100; i++) {
      const phone = `063/${String(100 + i)}-${String(10 + (i % 90)).padStart(2, '0')}-${String(i % 100).padStart(2, '0')}`;
      expect(found(`Pozvati ${phone}`).map(([k]) => k)).toEqual(['phone-mobile']);
    }
  });
});
