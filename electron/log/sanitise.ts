/**
 * The renderer may log events, but its entries pass through this filter first so that nothing
 * a citizen or an agent typed (a PIN, a note, a name, an e-mail, a phone number) ever reaches
 * the log file. Only an event name and small facts survive: numbers, booleans, short tokens.
 */
import type { LogLevel } from '../ipc/contract';
import type { LogDetails } from '../context';

export interface SanitisedEntry {
  level: LogLevel;
  event: string;
  details: LogDetails;
}

const EVENT_PATTERN = /^[a-z0-9][a-z0-9.-]{0,63}$/;
const KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]{0,31}$/;
/** A token: an id-like word (letters, digits, dot, dash, underscore), no spaces. */
const TOKEN_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
/** Keys whose value could be a secret or personal data, whatever its shape. */
const SENSITIVE_KEY =
  /pin|code|pass|secret|hash|token|mail|name|nom|note|phone|tel|address|adresse|text|texte|comment|message|query|search|value|input/i;
const MAX_DETAILS = 16;
const LEVELS: readonly LogLevel[] = ['info', 'warn', 'error'];

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** True for a string that is a harmless token: no digit run of 3+, no e-mail, no spaces. */
export function isSafeToken(value: string): boolean {
  return TOKEN_PATTERN.test(value) && !/\d{3,}/.test(value) && !value.includes('@');
}

/** Numbers are kept when finite and not long enough to be a PIN or a phone number in disguise. */
const isSafeNumber = (value: number, key: string): boolean =>
  Number.isFinite(value) &&
  (Math.abs(value) < 100_000 || /ms$|bytes$|size$|duration|count|total/i.test(key));

/**
 * Returns the entry reduced to what may be logged, or null when it is not an entry at all or
 * its event name is not a plain `a.b-c` name. Never throws.
 */
export function sanitiseRendererEntry(raw: unknown): SanitisedEntry | null {
  if (!isPlainObject(raw)) return null;
  const level = LEVELS.find((l) => l === raw.level) ?? 'info';
  if (typeof raw.event !== 'string' || !EVENT_PATTERN.test(raw.event) || /\d{3,}/.test(raw.event))
    return null;
  const details: LogDetails = {};
  let dropped = 0;
  const source = isPlainObject(raw.details) ? raw.details : {};
  for (const [key, value] of Object.entries(source)) {
    const keep =
      Object.keys(details).length < MAX_DETAILS &&
      KEY_PATTERN.test(key) &&
      !SENSITIVE_KEY.test(key) &&
      (typeof value === 'boolean' ||
        (typeof value === 'number' && isSafeNumber(value, key)) ||
        (typeof value === 'string' && isSafeToken(value)));
    if (keep) details[key] = value as string | number | boolean;
    else dropped += 1;
  }
  if (dropped > 0) details.dropped = dropped;
  return { level, event: raw.event, details };
}
