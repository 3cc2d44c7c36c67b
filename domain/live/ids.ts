import { createHash } from 'node:crypto';

/**
 * The MS-RequestId of a change, derived from its side effect's idempotency key: the same change,
 * retried after a timeout or after a restart, carries the same id, and Partner Center acts once.
 */
export function requestIdFor(idempotencyKey: string, step = ''): string {
  const h = createHash('sha256').update(`${idempotencyKey}\u0000${step}`).digest('hex');
  // Shaped as a version 5 (name-based) GUID, as Partner Center expects a GUID.
  const variant = ((Number.parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
