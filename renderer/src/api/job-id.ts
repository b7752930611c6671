/** Job ids must match the contract's ^[A-Za-z0-9_-]{1,64}$: a UUID (36 chars, hex and dashes) does. */
export function newJobId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID needs a secure context; 127.0.0.1 and app:// are, but stay safe elsewhere.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
