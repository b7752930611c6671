/**
 * Upper halves (bytes 0x80–0xFF) of the single-byte code pages Serbian offices produce
 * (serbian-pii.md §3.4): Windows-1250 (Latin, Windows), Windows-1251 (Cyrillic, Windows),
 * ISO-8859-2 (Latin, older Unix/web exports) and CP852 (Latin, DOS-era programs). Shipped as our
 * own tables because runtimes differ (Node's TextDecoder has no CP852 at all). Windows tables
 * follow the WHATWG Encoding Standard (undefined bytes map to the C1 control of the same value);
 * CP852 follows IBM/Microsoft's table. Bytes 0x00–0x7F are ASCII in all four.
 */
export const SINGLE_BYTE_ENCODINGS = [
  'windows-1250',
  'windows-1251',
  'iso-8859-2',
  'cp852',
] as const;
export type SingleByteEncoding = (typeof SINGLE_BYTE_ENCODINGS)[number];

const UPPER_HALVES: Readonly<Record<SingleByteEncoding, string>> = {
  'windows-1250':
    '€\u0081‚\u0083„…†‡\u0088‰Š‹ŚŤŽŹ' +
    '\u0090‘’“”•–—\u0098™š›śťžź' +
    '\u00a0ˇ˘Ł¤Ą¦§¨©Ş«¬\u00ad®Ż' +
    '°±˛ł´µ¶·¸ąş»Ľ˝ľż' +
    'ŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎ' +
    'ĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢß' +
    'ŕáâăäĺćçčéęëěíîď' +
    'đńňóôőö÷řůúűüýţ˙',
  'windows-1251':
    'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏ' +
    'ђ‘’“”•–—\u0098™љ›њќћџ' +
    '\u00a0ЎўЈ¤Ґ¦§Ё©Є«¬\u00ad®Ї' +
    '°±Ііґµ¶·ё№є»јЅѕї' +
    'АБВГДЕЖЗИЙКЛМНОП' +
    'РСТУФХЦЧШЩЪЫЬЭЮЯ' +
    'абвгдежзийклмноп' +
    'рстуфхцчшщъыьэюя',
  'iso-8859-2':
    '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f' +
    '\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f' +
    '\u00a0Ą˘Ł¤ĽŚ§¨ŠŞŤŹ\u00adŽŻ' +
    '°ą˛ł´ľśˇ¸šşťź˝žż' +
    'ŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎ' +
    'ĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢß' +
    'ŕáâăäĺćçčéęëěíîď' +
    'đńňóôőö÷řůúűüýţ˙',
  cp852:
    'ÇüéâäůćçłëŐőîŹÄĆ' +
    'ÉĹĺôöĽľŚśÖÜŤťŁ×č' +
    'áíóúĄąŽžĘę¬źČş«»' +
    '░▒▓│┤ÁÂĚŞ╣║╗╝Żż┐' +
    '└┴┬├─┼Ăă╚╔╩╦╠═╬¤' +
    'đĐĎËďŇÍÎě┘┌█▄ŢŮ▀' +
    'ÓßÔŃńňŠšŔÚŕŰýÝţ´' +
    '\u00ad˝˛ˇ˘§÷¸°¨˙űŘř■\u00a0',
};

const decodeTables = new Map<SingleByteEncoding, readonly string[]>();

/** Byte → one-character string, for all 256 bytes. */
function tableFor(encoding: SingleByteEncoding): readonly string[] {
  let table = decodeTables.get(encoding);
  if (table === undefined) {
    const upper = [...UPPER_HALVES[encoding]];
    if (upper.length !== 128) throw new Error(`code page table ${encoding} is not 128 long`);
    const built: string[] = [];
    for (let b = 0; b < 128; b++) built.push(String.fromCharCode(b));
    built.push(...upper);
    table = built;
    decodeTables.set(encoding, table);
  }
  return table;
}

/** The character a byte stands for in a code page. */
export function codePageChar(encoding: SingleByteEncoding, byte: number): string {
  return tableFor(encoding)[byte & 0xff] as string;
}

const codeUnitTables = new Map<SingleByteEncoding, Uint16Array>();

/** Byte → UTF-16 code unit (every character of these code pages is in the BMP). */
function codeUnits(encoding: SingleByteEncoding): Uint16Array {
  let units = codeUnitTables.get(encoding);
  if (units === undefined) {
    const table = tableFor(encoding);
    units = new Uint16Array(256);
    for (let b = 0; b < 256; b++) units[b] = (table[b] as string).charCodeAt(0);
    codeUnitTables.set(encoding, units);
  }
  return units;
}

type Decoder = InstanceType<typeof TextDecoder>;
const nativeDecoders = new Map<SingleByteEncoding, Decoder | null>();

/**
 * The runtime's own decoder for a code page, but only where it maps all 256 bytes exactly as our
 * table does (ICU builds differ; CP852 is missing from Node's): it is about three times faster.
 */
function nativeDecoder(encoding: SingleByteEncoding): Decoder | null {
  let decoder = nativeDecoders.get(encoding);
  if (decoder === undefined) {
    decoder = null;
    try {
      const candidate = new TextDecoder(encoding);
      const everyByte = Uint8Array.from({ length: 256 }, (_, b) => b);
      if (candidate.decode(everyByte) === tableFor(encoding).join('')) decoder = candidate;
    } catch {
      // Not supported by this runtime: our table decodes it.
    }
    nativeDecoders.set(encoding, decoder);
  }
  return decoder;
}

/**
 * Decodes single-byte text: with the runtime's decoder where it agrees with our table, else
 * bytes are mapped to UTF-16 code units in chunks and decoded by the runtime's UTF-16 decoder,
 * which builds flat strings (a character-by-character concatenation costs several times the
 * memory in string ropes on large files).
 */
export function decodeSingleByte(bytes: Uint8Array, encoding: SingleByteEncoding): string {
  const native = nativeDecoder(encoding);
  if (native !== null) return native.decode(bytes);
  return decodeWithTable(bytes, encoding);
}

/** decodeSingleByte with our own table only (also what the tests hold the native path to). */
export function decodeWithTable(bytes: Uint8Array, encoding: SingleByteEncoding): string {
  const units = codeUnits(encoding);
  const decoder = new TextDecoder('utf-16le');
  const CHUNK = 1024 * 1024;
  const buffer = new Uint16Array(Math.min(CHUNK, bytes.length));
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) buffer[i - start] = units[bytes[i] as number] as number;
    parts.push(decoder.decode(buffer.subarray(0, end - start)));
  }
  return parts.join('');
}

/** Encodes text into a code page; characters it lacks become `?` (tests and the bench). */
export function encodeSingleByte(text: string, encoding: SingleByteEncoding): Uint8Array {
  const table = tableFor(encoding);
  const reverse = new Map<string, number>();
  for (let b = 0; b < 256; b++) reverse.set(table[b] as string, b);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = reverse.get(text[i] as string) ?? 0x3f;
  return out;
}
