/**
 * Turns a part's byte chunks into text pieces that end on an element boundary: UTF-8 is decoded
 * incrementally, and only the text up to the last complete `closing` tag is handed on, the rest
 * waits for the next chunk. So a row or a string item is never cut in half, and no more than one
 * chunk plus one element is held as text at a time.
 */
export class XmlChunks {
  private readonly decoder = new TextDecoder('utf-8');
  private pending = '';

  /** `closing` is the end tag the pieces must end after, e.g. `</row>`. */
  constructor(
    private readonly closing: string,
    private readonly onText: (text: string) => void,
  ) {}

  push(bytes: Uint8Array): void {
    const text = this.pending + this.decoder.decode(bytes, { stream: true });
    const end = text.lastIndexOf(this.closing);
    if (end < 0) {
      this.pending = text;
      return;
    }
    const cut = end + this.closing.length;
    this.pending = text.slice(cut);
    this.onText(text.slice(0, cut));
  }

  /** Hands on whatever is left (the part's tail after the last element). */
  end(): void {
    const text = this.pending + this.decoder.decode();
    this.pending = '';
    if (text !== '') this.onText(text);
  }
}

/** The namespace prefix of the part's root element (`x:` for `<x:worksheet>`), or ''. */
export function rootPrefix(text: string): string {
  let at = 0;
  for (;;) {
    at = text.indexOf('<', at);
    if (at < 0) return '';
    const next = text.charCodeAt(at + 1);
    if (next !== 63 /* ? */ && next !== 33 /* ! */) break;
    at++;
  }
  let end = at + 1;
  while (end < text.length && /[\w:.-]/.test(text[end] as string)) end++;
  const name = text.slice(at + 1, end);
  const colon = name.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon + 1);
}
