// Phones, e-mails, plates, dates and postal codes (serbian-pii.md §1.8–1.12).
import { describe, expect, it } from 'vitest';
import { findBirthDates, isDateText } from '../../../shared/privacy/birth-date';
import { EmailClassifier, canonicalEmail } from '../../../shared/privacy/email';
import { PhoneClassifier, phoneNsn } from '../../../shared/privacy/phone';
import { findPlates } from '../../../shared/privacy/plate';
import { isPancevoAreaPostalCode, isPostalCode } from '../../../shared/privacy/postal-code';

const phones = new PhoneClassifier();
const kindOf = (text: string): string | null => {
  const spans = phones.find(text);
  return spans.length === 1 && spans[0]!.start === 0 && spans[0]!.end === text.length
    ? spans[0]!.kind
    : null;
};

describe('phones (§1.9)', () => {
  it.each([
    '064/123-45-67',
    '064 1234567',
    '+381641234567',
    '00381 64 123 4567',
    '062/1234-567',
    '0677/123-45-67',
    '+381 677 123 4567',
  ])('%s is a mobile', (text) => expect(kindOf(text)).toBe('phone-mobile'));

  it.each(['013/344-366', '013 308 830', '(013) 351-200', '+381 13 308 830', '+381 (0)13 308-830'])(
    '%s is a public number of a Pančevo institution',
    (text) => expect(kindOf(text)).toBe('phone-institutional'),
  );

  it.each(['013/355-123', '011 3456789', '+381 21 456789'])('%s is a landline', (text) =>
    expect(kindOf(text)).toBe('phone-landline'),
  );

  it('extra institutional numbers come from options, in any spelling', () => {
    const city = new PhoneClassifier(['013/355-123']);
    expect(city.find('013 355 123')[0]?.kind).toBe('phone-institutional');
  });

  it.each(['1506985865129', '01.02.1985', '12345', '064', '2023'])('%s is not a phone', (text) =>
    expect(phones.find(text)).toEqual([]),
  );

  it('NSN removes the country code, (0) and the national 0', () => {
    expect(phoneNsn('+381 (0)13 308-830')).toBe('13308830');
    expect(phoneNsn('00381 64 123 4567')).toBe('641234567');
    expect(phoneNsn('064/123-45-67')).toBe('641234567');
  });

  it('a phone stored as a number lost its leading zero', () => {
    expect(phones.fromNumber(641234567)).toBe('phone-mobile');
    expect(phones.fromNumber(13308830)).toBe('phone-institutional');
  });
});

describe('e-mail (§1.11)', () => {
  const emails = new EmailClassifier();
  it.each([
    'jelena.petrovic@gmail.com',
    'marko_94@eunet.rs',
    'ime (at) pancevo.rs',
    'ime[at]domen[dot]rs',
    'ime @ pancevo . rs',
    'ime(at)pancevo.rs',
    'ime [at] domen [dot] rs',
    'đorđe.nikolić@pošta.rs',
  ])('%s is found', (text) => {
    const spans = emails.find(text);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ start: 0, end: text.length });
  });

  it('role mailboxes of institutions are public, personal patterns are not', () => {
    expect(emails.classify('grad@pancevo.rs')).toBe('email-institutional');
    expect(emails.classify('info [at] pancevo [dot] rs')).toBe('email-institutional');
    expect(emails.classify('ime.prezime@pancevo.rs')).toBe('email');
    expect(
      new EmailClassifier(['sekretar.skupstine@pancevo.rs']).classify(
        'sekretar.skupstine@pancevo.rs',
      ),
    ).toBe('email-institutional');
  });

  it('canonical form of an obfuscated address', () => {
    expect(canonicalEmail('Ime [at] Domen [dot] rs')).toBe('ime@domen.rs');
  });

  it('plain prose with "at" is not an address', () => {
    expect(emails.find('Look at this, then go home')).toEqual([]);
  });
});

describe('plates (§1.8)', () => {
  it.each(['PA 123-AB', 'PA-123-AB', 'PA123AB', 'PA 1234-CD', 'ПА 123-АБ', 'VŠ 123-AB'])(
    '%s is a plate',
    (text) => expect(findPlates(text)).toHaveLength(1),
  );
  it.each(['Pa 123-ab', 'PAN 123-AB', 'ROP-SRB-15493'])('%s is not a plate', (text) =>
    expect(findPlates(text)).toEqual([]),
  );
});

describe('dates of birth (§1.12)', () => {
  it.each([
    '01.02.1985.',
    '1.2.1985',
    '01. 02. 1985.',
    '1985-02-01',
    '1. februar 2023.',
    '1. februara 1985. godine',
    '1. фебруара 1985. године',
    '1985-02-01T00:00:00',
  ])('%s is a date', (text) => expect(isDateText(text)).toBe(true));
  it.each(['1.234', '32.01.1985', '2023', 'februar'])('%s is not a date', (text) =>
    expect(isDateText(text)).toBe(false),
  );

  it('a date in a sentence is a birth date only after a keyword', () => {
    const text = 'Rođena 15.06.1985. u Pančevu, rešenje od 01.02.2024.';
    const spans = findBirthDates(text);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe('15.06.1985.');
    expect(findBirthDates('рођен 3. марта 1950. године')).toHaveLength(1);
  });
});

describe('postal codes (§1.10)', () => {
  it('Serbian codes and the Pančevo area', () => {
    for (const code of ['26000', '26101', '26232', '11000', '21000'])
      expect(isPostalCode(code)).toBe(true);
    for (const code of ['10000', '99999', '2600', '260000']) expect(isPostalCode(code)).toBe(false);
    expect(isPancevoAreaPostalCode('26230')).toBe(true);
    expect(isPancevoAreaPostalCode('11000')).toBe(false);
  });
});
