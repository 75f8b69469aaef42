/**
 * Calendar dates as the journal stores them (`YYYY-MM-DD`, counter-local), and their
 * arithmetic. Date arithmetic runs in UTC on calendar dates so a DST change never shifts a day.
 */
const DAY_MS = 86_400_000;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  return toIso(parseIso(value)) === value;
}

const parseIso = (date: string): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

const toIso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The local calendar date of a moment, `YYYY-MM-DD` (what the journal stores). */
export function localIsoDate(moment: Date = new Date()): string {
  const y = moment.getFullYear();
  const m = String(moment.getMonth() + 1).padStart(2, '0');
  const d = String(moment.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Adds whole days to a date. */
export function addDays(date: string, days: number): string {
  return toIso(parseIso(date) + days * DAY_MS);
}

/** Number of days from `from` to `to` inclusive (1 for a single day). */
export function daysInclusive(from: string, to: string): number {
  return Math.round((parseIso(to) - parseIso(from)) / DAY_MS) + 1;
}

/** Adds whole months, clamping to the month's last day (31 Mar − 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const target = new Date(Date.UTC(y, m, 1));
  const last = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return toIso(target.getTime());
}

/** Monday of the ISO week that holds `date`. */
export function mondayOf(date: string): string {
  const weekday = (new Date(parseIso(date)).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(date, -weekday);
}

/** `JJ/MM/AAAA`, the French date form (exports and screens). */
export function frenchDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
