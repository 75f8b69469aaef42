/**
 * The admin token that opens the admin-only IPC channels (restore and import, support bundle,
 * quitting, removable drives). Main issues it on a successful admin PIN check; it expires after
 * `ADMIN_TOKEN_TTL_MS` and is dropped as soon as the kiosk leaves the agent area, so a page
 * that was compromised cannot use those channels on its own.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

/** Long enough for a restore or a support bundle, short enough to be forgotten at the counter. */
export const ADMIN_TOKEN_TTL_MS = 15 * 60_000;

export interface AdminSession {
  /** A fresh token (the previous one stops working). */
  issue(): string;
  /** True for the current token, before it expires. */
  isValid(token: unknown): boolean;
  drop(): void;
}

export function createAdminSession(
  deps: { now?: () => number; ttlMs?: number; random?: () => string } = {},
): AdminSession {
  const now = deps.now ?? (() => Date.now());
  const ttl = deps.ttlMs ?? ADMIN_TOKEN_TTL_MS;
  const random = deps.random ?? (() => randomBytes(32).toString('base64url'));
  let current: { token: Buffer; expiresAt: number } | null = null;
  return {
    issue() {
      const token = random();
      current = { token: Buffer.from(token), expiresAt: now() + ttl };
      return token;
    },
    isValid(token) {
      if (current === null || typeof token !== 'string') return false;
      if (now() >= current.expiresAt) {
        current = null;
        return false;
      }
      const given = Buffer.from(token);
      return given.length === current.token.length && timingSafeEqual(given, current.token);
    },
    drop() {
      current = null;
    },
  };
}
