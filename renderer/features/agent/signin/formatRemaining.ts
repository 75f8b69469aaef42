/**
 * Remaining lock time in whole minutes, rounded up ("5 min"), or null in the last minute. Whole
 * minutes on purpose: the message sits in an alert, and a text changing every second would make
 * screen readers repeat it every second.
 */
export function remainingMinutes(ms: number): number | null {
  const minutes = Math.ceil(ms / 60_000);
  return ms > 60_000 ? minutes : null;
}
