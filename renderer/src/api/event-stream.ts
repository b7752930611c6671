/**
 * One long-lived `GET /api/events` stream, read with fetch + ReadableStream, reconnecting with
 * exponential backoff (and jitter) when it drops: the host may restart or the laptop may sleep.
 * Events missed while disconnected are not replayed; progress events are snapshots, so the next
 * one brings the UI up to date.
 */
import { SseParser } from './sse-parser';

export interface EventStreamOptions {
  readonly url: string;
  readonly headers: () => Record<string, string>;
  readonly onMessage: (event: string, data: string) => void;
  readonly minDelayMs?: number;
  readonly maxDelayMs?: number;
}

export function openEventStream(options: EventStreamOptions): () => void {
  const minDelay = options.minDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 15_000;
  const controller = new AbortController();
  const { signal } = controller;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = window.setTimeout(resolve, ms);
      signal.addEventListener(
        'abort',
        () => {
          window.clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
    });

  async function readOnce(): Promise<boolean> {
    const response = await fetch(options.url, {
      headers: { ...options.headers(), Accept: 'text/event-stream' },
      cache: 'no-store',
      signal,
    });
    if (!response.ok || response.body === null) return false;
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    const parser = new SseParser();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return true;
      for (const message of parser.push(decoder.decode(value, { stream: true }))) {
        options.onMessage(message.event, message.data);
      }
    }
  }

  async function run(): Promise<void> {
    let attempt = 0;
    while (!signal.aborted) {
      let connected = false;
      try {
        connected = await readOnce();
      } catch {
        // Network error or abort; the loop decides below.
      }
      if (signal.aborted) return;
      attempt = connected ? 0 : attempt + 1;
      const base = Math.min(maxDelay, minDelay * 2 ** attempt);
      await sleep(base / 2 + Math.random() * (base / 2));
    }
  }

  void run();
  return () => controller.abort();
}
