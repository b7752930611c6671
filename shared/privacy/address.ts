/**
 * Street addresses (serbian-pii.md §2.4): `Vojvode Radomira Putnika 13-15`, `ul. Njegoševa 9`,
 * `Његошева 9Б`, `Svetozara Miletića 104/18`, `Trg kralja Petra I br. 2-4`, `Omoljica bb`, with an
 * optional `, 26000 Pančevo` or `stan 5`. A house number only counts after a street: a prefix
 * (ul., trg, bulevar …), a street-like last word (-eva, -ova, -ska, put, sokak), a settlement, or
 * an address header.
 */
import { foldKey } from './fold-key';
import type { Span } from './types';

const L = String.raw`\p{L}`;
const NUMBER = String.raw`(?:(?:br|бр)\.?\s*)?(?:\d{1,4}\s?[a-zđžčćšабвгдђежзијклљмнњопрстћуфхцчџш]?(?:\s?[\/\-]\s?\d{1,4}[a-zа-ш]?)?|bb|b\.\s?b\.|бб|б\.\s?б\.)`;
const PREFIX = String.raw`(?:ul\.|ulica|улица|ул\.|bul\.|bulevar|булевар|trg|трг|naselje|насеље|sokak|сокак)`;
// A street: 1–5 words, the first capitalised or an ordinal date (`7. jula`), Roman numerals allowed.
const STREET =
  String.raw`(?:\d{1,2}\.\s?)?${L}[${L}'’.-]*(?:\s(?:[${L}][${L}'’.-]*|[IVX]{1,4}))`.concat(
    '{0,4}',
  );
const WHOLE = new RegExp(
  String.raw`^(?:(${PREFIX})\s*)?(${STREET})\s*,?\s+(${NUMBER})(?:\s*,?\s*(?:(?:stan|sprat|ulaz|стан|спрат|улаз)\.?\s*\d+\s*,?\s*)*(?:\d{5}\s+)?[${L}\s.-]*)?$`,
  'iu',
);
const IN_TEXT = new RegExp(
  String.raw`(?<![${L}\p{N}])(?:(${PREFIX})\s*|(?:u ulici|на адреси|na adresi|у улици|adresa:?|адреса:?|(?:stanuje|živi) u(?!\s+ulici)|живи у(?!\s+улици))\s+)(${STREET})\s*,?\s+(${NUMBER})(?![${L}\p{N}])`,
  'giud',
);
const STREET_END = /(?:eva|ova|ska|cka|ina|ica|put|puta|sokak|trg|bulevar)$/;
/** Settlements of Pančevo and its neighbours (serbian-pii.md §2.4), as written in Latin. */
export const KNOWN_SETTLEMENTS: readonly string[] = [
  'Pančevo',
  'Starčevo',
  'Omoljica',
  'Banatski Brestovac',
  'Ivanovo',
  'Jabuka',
  'Glogonj',
  'Kačarevo',
  'Banatsko Novo Selo',
  'Dolovo',
  'Opovo',
  'Sefkerin',
  'Baranda',
  'Kovačica',
  'Crepaja',
  'Debeljača',
  'Kovin',
  'Vršac',
  'Alibunar',
  'Beograd',
];
const SETTLEMENTS = new Set(KNOWN_SETTLEMENTS.map(foldKey));

/** Tests a whole cell. `addressColumn`: the header says address, so any `street + number` counts. */
export function isAddressCell(text: string, addressColumn: boolean): boolean {
  const t = text.trim();
  if (t.length > 120) return false;
  const m = WHOLE.exec(t);
  if (!m) return false;
  if (addressColumn) return true;
  const prefix = m[1];
  const street = foldKey((m[2] as string).trim());
  const number = foldKey(m[3] as string);
  const lastWord = street.split(/\s+/).pop() ?? '';
  return (
    prefix !== undefined ||
    /^(?:bb|b\.\s?b\.|br)/.test(number) ||
    SETTLEMENTS.has(street) ||
    STREET_END.test(lastWord) ||
    (street.includes(' ') && lastWord.endsWith('a'))
  );
}

/** Addresses inside a sentence, introduced by a street prefix or `na adresi`, `u ulici`. */
// Cheap gates: the patterns below are expensive and need one of these words.
const MAYBE_STREET =
  /ul\.|ulic|улиц|ул\.|bul|булев|trg|трг|naselj|насељ|sokak|сокак|adres|адрес|stanuje|živi|живи/i;
const MAYBE_BB = /bb|b\.\s?b\.|бб/i;

export function findAddresses(text: string): Span[] {
  const spans: Span[] = [];
  if (!MAYBE_STREET.test(text) && !MAYBE_BB.test(text)) return spans;
  for (const m of text.matchAll(IN_TEXT)) {
    // A street prefix (`ul.`) is part of the address; a phrase (`na adresi`) is not.
    const start = m[1] !== undefined ? m.index : (m.indices?.[2]?.[0] ?? m.index);
    spans.push({ kind: 'address', start, end: m.index + m[0].length, basis: 'pattern' });
  }
  // `Omoljica bb`: a settlement or street without a prefix, with no house number.
  if (!MAYBE_BB.test(text)) return spans;
  for (const m of text.matchAll(
    /(?<![\p{L}\p{N}])(\p{Lu}\p{L}+(?:\s\p{Lu}?\p{L}+){0,2})\s+(?:bb|b\.\s?b\.|бб)(?![\p{L}\p{N}])/gu,
  )) {
    spans.push({ kind: 'address', start: m.index, end: m.index + m[0].length, basis: 'pattern' });
  }
  return spans;
}
