/**
 * Salted, slow PIN hashes: PBKDF2-SHA-256 through Web Crypto, which exists in Node 20, in
 * Electron's main process and in Chromium, so one format serves the admin PIN (hashed by
 * `--hash-pin` or in main) and the agents' PINs (hashed in the renderer).
 *
 * Format: `pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>`.
 */

/** OWASP's 2023 floor for PBKDF2-HMAC-SHA256. */
export const PIN_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

/** PIN rules shared by every PIN pad: digits only, 6 to 12 of them. */
export const PIN_MIN_LENGTH = 6;
export const PIN_MAX_LENGTH = 12;
export const isWellFormedPin = (pin: unknown): pin is string =>
  typeof pin === 'string' &&
  /^\d+$/.test(pin) &&
  pin.length >= PIN_MIN_LENGTH &&
  pin.length <= PIN_MAX_LENGTH;

const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
};

const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i);
  return out;
};

async function derive(
  pin: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

/** Hashes a PIN with a fresh random salt. `iterations` is lowered only by tests. */
export async function hashPin(pin: string, iterations: number = PIN_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(pin, salt, iterations);
  return `pbkdf2-sha256$${iterations}$${toBase64(salt)}$${toBase64(hash)}`;
}

/** Constant-time comparison so the time taken does not tell how many bytes matched. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** True when `pin` matches `stored`; false for any malformed hash rather than throwing. */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 4 || parts[0] !== 'pbkdf2-sha256') return false;
  const iterations = Number(parts[1]);
  if (!Number.isInteger(iterations) || iterations < 1_000 || iterations > 10_000_000) return false;
  try {
    const salt = fromBase64(parts[2] ?? '');
    const expected = fromBase64(parts[3] ?? '');
    const actual = await derive(pin, salt, iterations);
    return sameBytes(actual, expected);
  } catch {
    return false;
  }
}

/** Refuses codes anyone would try first: one repeated digit, or digits that follow each other. */
export function isWeakPin(pin: string): boolean {
  if (/^(\d)\1+$/.test(pin)) return true;
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((d, i) => d - (digits[i] ?? 0)));
  return steps.size === 1 && (steps.has(1) || steps.has(-1));
}
