/**
 * Pseudonymize (issue 5 §2; serbian-pii.md §1.1 "hashing a JMBG is not anonymization"):
 * - `pseudonymize`: keyed HMAC-SHA-256 with the city's key from the secret store (never in the
 *   recipe), so the same person gets the same pseudonym every month and nobody without the key
 *   can test candidate JMBGs against it;
 * - `tokenize`: random tokens, the same value getting the same token within one run only.
 * Values are compared after trimming, folding case and script (`PETROVIĆ  Petar` = `Петровић
 * Петар`), and a JMBG that lost its leading zero in Excel is the same person as the full one.
 * Either way the output is still personal data in the city's hands (ZZPL čl. 4), which the
 * processing note says.
 */
import { hmacSha256, keyBytes, utf8 } from '../../../privacy/hmac-sha256';
import { recoverJmbgLeadingZero } from '../../../privacy/jmbg';
import type { CellValue } from '../../../table/types';
import { cyrillicToLatin } from '../../../text/transliterate';
import { columnIndex, param } from '../../table-edit';
import { StepFailure, type OpDefinition } from '../../types';
import { describeOne, readsOne, requireColumn } from '../column-op';
import { rewriteColumn } from './privacy-column';

/** The form two spellings of one value share. */
export function pseudonymInput(value: CellValue): string {
  let text = String(value).normalize('NFC').trim().replace(/\s+/g, ' ');
  if (/^\d{12}$/.test(text)) text = recoverJmbgLeadingZero(text) ?? text;
  return cyrillicToLatin(text).toLocaleLowerCase('sr-Latn');
}

const PREFIX_SCHEMA = { type: 'string', pattern: '^[A-Za-z]{1,6}$' } as const;
const DEFAULT_PREFIX = 'P';

/**
 * Pseudonyms and tokens are written in consonants only: without digits or vowels a pseudonym can
 * never look like a phone number, a JMBG, a plate or a name to the detector, so the gate does not
 * stop on them by chance. 12 letters of 20 give about 52 bits.
 */
const TOKEN_ALPHABET = 'BCDFGHJKLMNPQRSTVWXZ';
const TOKEN_LENGTH = 12;

/** The first 9 bytes (72 bits) written as 12 consonants. */
export function tokenFromBytes(bytes: Uint8Array): string {
  let n = 0n;
  for (let i = 0; i < 9; i++) n = (n << 8n) | BigInt(bytes[i] ?? 0);
  let out = '';
  for (let i = 0; i < TOKEN_LENGTH; i++) {
    out += TOKEN_ALPHABET[Number(n % 20n)];
    n /= 20n;
  }
  return out;
}

export function hmacPseudonym(key: string, value: CellValue, prefix = DEFAULT_PREFIX): string {
  const mac = hmacSha256(keyBytes(key), utf8(pseudonymInput(value)));
  return `${prefix}-${tokenFromBytes(mac)}`;
}

export const pseudonymizeOp: OpDefinition = {
  op: 'pseudonymize',
  schema: {
    type: 'object',
    properties: { prefix: PREFIX_SCHEMA },
    additionalProperties: false,
  },
  column: true,
  columnParams: [],
  valueParams: [],
  needs: ['pseudonym-key'],
  apply(table, step, context) {
    const key = context.pseudonymKey;
    if (key === undefined || key === '') {
      throw new StepFailure({ code: 'invalidParams', params: { field: 'pseudonymKey' } });
    }
    const c = columnIndex(table, requireColumn(step));
    const prefix = param(step, 'prefix', DEFAULT_PREFIX);
    const cache = new Map<string, string>();
    return rewriteColumn(
      table,
      c,
      (value) => {
        if (typeof value === 'string' && value.trim() === '') return null;
        const input = pseudonymInput(value);
        let token = cache.get(input);
        if (token === undefined) {
          token = hmacPseudonym(key, value, prefix);
          cache.set(input, token);
        }
        return token;
      },
      'text',
    );
  },
  describe: (step) => describeOne(step),
  affectedColumns: readsOne,
};

// shared/ has neither DOM nor Node typings; crypto.getRandomValues is a global in both runtimes.
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

function randomToken(prefix: string): string {
  return `${prefix}-${tokenFromBytes(crypto.getRandomValues(new Uint8Array(9)))}`;
}

export const tokenizeOp: OpDefinition = {
  op: 'tokenize',
  schema: {
    type: 'object',
    properties: { prefix: PREFIX_SCHEMA },
    additionalProperties: false,
  },
  column: true,
  columnParams: [],
  valueParams: [],
  apply(table, step) {
    const c = columnIndex(table, requireColumn(step));
    const prefix = param(step, 'prefix', 'T');
    const tokens = new Map<string, string>();
    const used = new Set<string>();
    return rewriteColumn(
      table,
      c,
      (value) => {
        if (typeof value === 'string' && value.trim() === '') return null;
        const input = pseudonymInput(value);
        let token = tokens.get(input);
        if (token === undefined) {
          do token = randomToken(prefix);
          while (used.has(token));
          tokens.set(input, token);
          used.add(token);
        }
        return token;
      },
      'text',
    );
  },
  describe: (step) => describeOne(step),
  affectedColumns: readsOne,
};
