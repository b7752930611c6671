/**
 * A minimal `text/event-stream` parser (the WHATWG "event stream interpretation"): `event:`,
 * multi-line `data:`, comments, and LF, CR or CRLF line ends, also when a chunk splits a line.
 * We read the stream with fetch because EventSource cannot send the X-Otvori-Token header.
 */
export interface SseMessage {
  readonly event: string;
  readonly data: string;
}

export class SseParser {
  private buffer = '';
  private eventName = '';
  private dataLines: string[] = [];

  push(chunk: string): SseMessage[] {
    const out: SseMessage[] = [];
    const text = this.buffer + chunk;
    let start = 0;
    let i = 0;
    while (i < text.length) {
      const ch = text[i];
      if (ch === '\n' || ch === '\r') {
        // A CR at the very end may be the first half of a CRLF split across chunks: wait.
        if (ch === '\r' && i + 1 === text.length) break;
        this.line(text.slice(start, i), out);
        if (ch === '\r' && text[i + 1] === '\n') i += 1;
        start = i + 1;
      }
      i += 1;
    }
    this.buffer = text.slice(start);
    return out;
  }

  private line(line: string, out: SseMessage[]): void {
    if (line === '') {
      if (this.dataLines.length > 0) {
        out.push({
          event: this.eventName === '' ? 'message' : this.eventName,
          data: this.dataLines.join('\n'),
        });
      }
      this.eventName = '';
      this.dataLines = [];
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.eventName = value;
    else if (field === 'data') this.dataLines.push(value);
    // `id` and `retry` are not used by the web host.
  }
}
