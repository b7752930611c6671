/**
 * Who may talk to the web host. It listens on 127.0.0.1 only, but any web page the clerk visits
 * can send requests to localhost: the per-launch token stops cross-site requests, and the
 * Host/Origin checks stop DNS rebinding (a hostile name resolving to 127.0.0.1).
 */
import { timingSafeEqual } from 'node:crypto';

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'];

export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  if (hostHeader === undefined) return false;
  return LOOPBACK_NAMES.some((name) => hostHeader === `${name}:${port}`);
}

/** Origin is absent on same-origin GETs of some browsers; when present it must be ours. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return LOOPBACK_NAMES.some((name) => origin === `http://${name}:${port}`);
}

export function tokenMatches(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const a = Buffer.from(presented, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
