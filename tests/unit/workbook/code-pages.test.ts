import { describe, expect, it } from 'vitest';
import {
  codePageChar,
  decodeSingleByte,
  decodeWithTable,
  encodeSingleByte,
  SINGLE_BYTE_ENCODINGS,
} from '../../../electron/backend/workbook/code-pages';
import {
  bomlessUtf16,
  decodeAs,
  decodeText,
  detectSingleByte,
} from '../../../electron/backend/workbook/text-decode';

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);

describe('code page tables', () => {
  it.each(['windows-1250', 'windows-1251', 'iso-8859-2'] as const)(
    '%s matches the WHATWG decoder byte for byte',
    (encoding) => {
      expect(decodeSingleByte(ALL_BYTES, encoding)).toBe(
        new TextDecoder(encoding).decode(ALL_BYTES),
      );
    },
  );

  it('CP852 puts the Serbian letters where IBM does (serbian-pii.md §3.4)', () => {
    const expected: Record<string, number> = {
      č: 0x9f,
      ć: 0x86,
      đ: 0xd0,
      š: 0xe7,
      ž: 0xa7,
      Č: 0xac,
      Ć: 0x8f,
      Đ: 0xd1,
      Š: 0xe6,
      Ž: 0xa6,
    };
    for (const [ch, byte] of Object.entries(expected)) expect(codePageChar('cp852', byte)).toBe(ch);
    expect(codePageChar('cp852', 0xb3)).toBe('│');
    expect(codePageChar('cp852', 0xff)).toBe('\u00a0');
  });

  it.each(SINGLE_BYTE_ENCODINGS)('%s round-trips all 256 bytes exactly', (encoding) => {
    const text = decodeSingleByte(ALL_BYTES, encoding);
    expect(text).toHaveLength(256);
    expect(new Set(text).size).toBe(256);
    expect(Array.from(encodeSingleByte(text, encoding))).toEqual(Array.from(ALL_BYTES));
  });

  it('Serbian letters sit at the documented bytes in each Latin code page', () => {
    expect(Array.from(encodeSingleByte('čćžšđŠŽ', 'windows-1250'))).toEqual([
      0xe8, 0xe6, 0x9e, 0x9a, 0xf0, 0x8a, 0x8e,
    ]);
    expect(Array.from(encodeSingleByte('čćžšđŠŽ', 'iso-8859-2'))).toEqual([
      0xe8, 0xe6, 0xbe, 0xb9, 0xf0, 0xa9, 0xae,
    ]);
    expect(Array.from(encodeSingleByte('Панчево', 'windows-1251'))).toEqual([
      0xcf, 0xe0, 0xed, 0xf7, 0xe5, 0xe2, 0xee,
    ]);
  });
});

describe('encoding detection', () => {
  const latin = 'Šaban Ćirić, Đorđe Žarković i Čedomir iz Pančeva, ulica Žarka Zrenjanina';
  const cyrillic = 'Шабан Ћирић, Ђорђе Жарковић и Чедомир из Панчева, улица Жарка Зрењанина';

  it.each([
    ['windows-1250', latin],
    ['iso-8859-2', latin],
    ['cp852', latin],
    ['windows-1251', cyrillic],
  ] as const)('tells %s from the others', (encoding, text) => {
    const detected = detectSingleByte(encodeSingleByte(text, encoding));
    expect(detected.encoding).toBe(encoding);
    expect(detected.confidence).toBeGreaterThan(0.3);
    expect(decodeText(encodeSingleByte(text, encoding))).toMatchObject({ text, encoding });
  });

  it('recognises UTF-16 without a BOM by its NUL bytes', () => {
    const le = new Uint8Array(Buffer.from('Ime\tIznos\r\nŠa\t1\r\n', 'utf16le'));
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1] as number;
      be[i + 1] = le[i] as number;
    }
    expect(bomlessUtf16(le)).toBe('utf-16le');
    expect(bomlessUtf16(be)).toBe('utf-16be');
    expect(decodeText(be)).toMatchObject({ text: 'Ime\tIznos\r\nŠa\t1\r\n', encoding: 'utf-16be' });
    expect(bomlessUtf16(new TextEncoder().encode('plain text here'))).toBeNull();
  });

  it('a forced encoding is used as is, a matching BOM skipped', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0xc4, 0x8d]);
    expect(decodeAs(bytes, 'utf-8')).toBe('č');
    expect(decodeAs(bytes, 'windows-1250')).toBe('ď»żÄŤ');
    expect(decodeText(bytes, false, 'windows-1250')).toEqual({
      text: 'ď»żÄŤ',
      encoding: 'windows-1250',
      confidence: 1,
    });
  });
});

describe('decodeSingleByte: the runtime decoder only where it agrees with our table', () => {
  it.each(SINGLE_BYTE_ENCODINGS)(
    '%s decodes random bytes exactly as the table does',
    (encoding) => {
      let seed = 7;
      const bytes = Uint8Array.from({ length: 100_000 }, () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % 256;
      });
      expect(decodeSingleByte(bytes, encoding)).toBe(decodeWithTable(bytes, encoding));
      expect(decodeSingleByte(ALL_BYTES, encoding)).toBe(decodeWithTable(ALL_BYTES, encoding));
    },
  );
});
