// Every identifier example of serbian-pii.md §1.1–1.5, valid and invalid.
import { describe, expect, it } from 'vitest';
import {
  isValidAccount18,
  isPublicAccount,
  normalizeAccount,
} from '../../../shared/privacy/bank-account';
import { accountFromIban } from '../../../shared/privacy/iban';
import {
  isValidJmbg,
  jmbgControlDigit,
  jmbgFromNumber,
  recoverJmbgLeadingZero,
} from '../../../shared/privacy/jmbg';
import { isValidMb } from '../../../shared/privacy/mb';
import { isValidPib } from '../../../shared/privacy/pib';

const NOW = { now: new Date(Date.UTC(2025, 0, 1)) };

describe('JMBG (§1.1)', () => {
  it.each([
    '0101900350008',
    '2206978816007',
    '0308964384007',
    '2812961710040',
    '1506985865129',
    '3112999860005',
    '2902000865010',
    '0101010710007',
    '0102985860049',
    '0102985860081',
    '0102985860030',
  ])('%s is valid', (value) => {
    expect(isValidJmbg(value, NOW)).toBe(true);
    expect(isValidJmbg(value, { ...NOW, strict: true })).toBe(true);
  });

  it.each([
    '0101900350007',
    '2902001865010',
    '1234567890123',
    '3102985860037',
    '010298586003',
    '01029858600300',
  ])('%s is invalid', (value) => expect(isValidJmbg(value, NOW)).toBe(false));

  it('remainder 1: lenient detection accepts K = 0, strict validation refuses it', () => {
    expect(isValidJmbg('0102985860090', NOW)).toBe(true);
    expect(isValidJmbg('0102985860090', { ...NOW, strict: true })).toBe(false);
  });

  it('accepts any registration area 00–99, refuses a birth date in the future', () => {
    const withControl = (first12: string): string =>
      `${first12}${jmbgControlDigit(first12, false) ?? 0}`;
    for (const rr of ['00', '17', '45', '86', '99']) {
      expect(isValidJmbg(withControl(`0101985${rr}012`), NOW), rr).toBe(true);
    }
    const future = withControl('010103071000'); // 01.01.2030, Beograd
    expect(isValidJmbg(future, NOW)).toBe(false);
    expect(isValidJmbg(future, { now: new Date(Date.UTC(2031, 0, 1)) })).toBe(true);
  });

  it('every single-digit substitution of a valid JMBG is rejected (strict)', () => {
    const valid = '1506985865129';
    for (let i = 0; i < 13; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === valid[i]) continue;
        const mutated = valid.slice(0, i) + String(d) + valid.slice(i + 1);
        expect(isValidJmbg(mutated, { ...NOW, strict: true }), mutated).toBe(false);
      }
    }
  });

  it('recovers the 12-digit form Excel leaves (§0)', () => {
    expect(recoverJmbgLeadingZero('102985860049', NOW)).toBe('0102985860049');
    expect(recoverJmbgLeadingZero('102985860048', NOW)).toBeNull();
    expect(jmbgFromNumber(102985860049, NOW)).toBe('0102985860049');
    expect(jmbgFromNumber(1506985865129, NOW)).toBe('1506985865129');
    expect(jmbgFromNumber(1506985865128, NOW)).toBeNull();
    expect(jmbgFromNumber(12345, NOW)).toBeNull();
  });
});

describe('PIB (§1.2)', () => {
  it.each([
    '101134702',
    '112497859',
    '115190346',
    'RS101134702',
    '123456788',
    '100000008',
    '111111117',
    '135792460',
  ])('%s is valid', (value) => expect(isValidPib(value)).toBe(true));
  it.each(['101134703', '112497851', '100000000', '10113470', 'RS10113470'])(
    '%s is invalid',
    (value) => expect(isValidPib(value)).toBe(false),
  );
});

describe('MB (§1.3)', () => {
  it.each(['66143627', '08179115', '22125338', '17858459', '12345674', '20000007', '22123459'])(
    '%s is valid',
    (value) => expect(isValidMb(value)).toBe(true),
  );
  it.each(['66143628', '08000000', '08000001', '08000009', '1234567'])('%s is invalid', (value) =>
    expect(isValidMb(value)).toBe(false),
  );
});

describe('bank accounts (§1.4)', () => {
  it.each([
    '115038169338697697',
    '190000000001513090',
    '170003004062800050',
    '165000701166855593',
    '160000000018203969',
    '160-0000000182039-69',
    '840-30413845-91',
    '840-711111843-52',
    '160-0000000012345-95',
    '160-12345-95',
    '265-0000000012345-26',
    '325-0000000012345-42',
  ])('%s is valid', (value) => {
    const digits = normalizeAccount(value);
    expect(digits).not.toBeNull();
    expect(isValidAccount18(digits!)).toBe(true);
  });

  it.each(['160-0000000012345-67', '123456789012345678'])('%s fails the check', (value) =>
    expect(isValidAccount18(normalizeAccount(value)!)).toBe(false),
  );

  it('does not normalise short undashed strings', () => {
    expect(normalizeAccount('16012345')).toBeNull();
  });

  it('treasury (840) and NBS (908) accounts are public', () => {
    expect(isPublicAccount(normalizeAccount('840-30413845-91')!)).toBe(true);
    expect(isPublicAccount(normalizeAccount('160-12345-95')!)).toBe(false);
  });
});

describe('IBAN RS (§1.5)', () => {
  it('accepts the registry example, grouped or not', () => {
    expect(accountFromIban('RS35260005601001611379')).toBe('260005601001611379');
    expect(accountFromIban('RS35 2600 0560 1001 6113 79')).toBe('260005601001611379');
  });
  it('refuses wrong check digits and a bad account', () => {
    expect(accountFromIban('RS36260005601001611379')).toBeNull();
    expect(accountFromIban('RS35260005601001611378')).toBeNull();
    expect(accountFromIban('DE35260005601001611379')).toBeNull();
  });
});
