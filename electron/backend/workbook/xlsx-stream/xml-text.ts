/**
 * The little XML the streaming xlsx reader needs: attribute values of one start tag, entity and
 * `_xHHHH_` unescaping the way SheetJS does it (so both readers give the same text), and the
 * text of a string item (`<si>`/`<is>`: one `<t>`, or rich-text runs without phonetic `<rPh>`).
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&quot;': '"',
  '&apos;': "'",
  '&gt;': '>',
  '&lt;': '<',
  '&amp;': '&',
};
const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const ESCAPED_CODE = /_x([\da-fA-F]{4})_/gi;

function unescapePlain(text: string): string {
  let out = text;
  if (out.includes('&')) {
    out = out.replace(ENTITY, (match: string, code: string | undefined) => {
      const named = ENTITIES[match];
      if (named !== undefined) return named;
      const value = parseInt(code ?? '', match.includes('x') ? 16 : 10);
      return String.fromCharCode(value) || match;
    });
  }
  if (out.includes('_x')) {
    out = out.replace(ESCAPED_CODE, (_match: string, code: string) =>
      String.fromCharCode(parseInt(code, 16)),
    );
  }
  return out;
}

/** XML character data to text; `cellText` also turns CRLF into LF, as SheetJS does for cells. */
export function unescapeXml(text: string, cellText = false): string {
  const cdata = text.indexOf('<![CDATA[');
  let out: string;
  if (cdata < 0) out = unescapePlain(text);
  else {
    const end = text.indexOf(']]>', cdata);
    const close = end < 0 ? text.length : end;
    out =
      unescapePlain(text.slice(0, cdata)) +
      text.slice(cdata + 9, close) +
      unescapeXml(text.slice(close + 3));
  }
  return cellText && out.includes('\r\n') ? out.replace(/\r\n/g, '\n') : out;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * The raw value of attribute `name` in the start tag `text[from, to)`, or undefined. Prefixed
 * attributes (`r:id`) are asked for by their full name.
 */
export function attribute(
  text: string,
  from: number,
  to: number,
  name: string,
): string | undefined {
  let at = text.indexOf(name, from);
  while (at >= 0 && at < to) {
    const eq = at + name.length;
    if (isSpace(text.charCodeAt(at - 1)) && text.charCodeAt(eq) === 61 /* = */) {
      const quote = text.charCodeAt(eq + 1);
      if (quote === 34 || quote === 39) {
        const end = text.indexOf(quote === 34 ? '"' : "'", eq + 2);
        if (end < 0 || end > to) return undefined;
        return text.slice(eq + 2, end);
      }
    }
    at = text.indexOf(name, at + 1);
  }
  return undefined;
}

/** xsd:boolean as SheetJS reads it: `1` and `true` are true. */
export function xmlTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

const PLAIN_T = /^\s*<(?:\w+:)?t[^>]*>/;
const RICH_RUN = /<(?:\w+:)?r\b[^<>]*>/;
const RUN_TEXT = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g;
const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;
const T_END = /<\/(?:\w+:)?t>/;
const TAG = /<[\s\S]*?>/g;

/**
 * Text of a string item's inner XML (ECMA-376 §18.4.8), or null when it has neither a plain
 * `<t>` nor runs (SheetJS then reads no value).
 */
export function stringItemText(inner: string): string | null {
  const xml = inner.trim();
  if (xml === '') return '';
  if (PLAIN_T.test(xml)) {
    const body = xml.slice(xml.indexOf('>') + 1);
    return unescapeXml(body.split(T_END)[0] ?? '', true);
  }
  if (RICH_RUN.test(xml)) {
    const runs = xml.replace(PHONETIC, '').match(RUN_TEXT) ?? [];
    return unescapeXml(runs.join('').replace(TAG, ''), true);
  }
  return null;
}
