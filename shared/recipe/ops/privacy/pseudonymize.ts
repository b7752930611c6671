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
const TOKEN_LENGTH = 12;
/**
 * Consonants only: a token can never read as a phone number, a JMBG, an account or a word, so
 * the detectors never mistake a pseudonym for personal data (hex tokens of all digits did).
 */
const TOKEN_LETTERS = 'BCDFGHJKLMNPQRSTVWXZ';

function tokenText(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < TOKEN_LENGTH; i++)
    text += TOKEN_LETTERS[(bytes[i] ?? 0) % TOKEN_LETTERS.length];
  return text;
}

export function hmacPseudonym(key: string, value: CellValue, prefix = DEFAULT_PREFIX): string {
  const mac = hmacSha256(keyBytes(key), utf8(pseudonymInput(value)));
  return `${prefix}-${tokenText(mac)}`;
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
  return `${prefix}-${tokenText(crypto.getRandomValues(new Uint8Array(TOKEN_LENGTH)))}`;
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
