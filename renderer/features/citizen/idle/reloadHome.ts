/**
 * The last step of a citizen wipe, in its own small module: the boot imports it to replay the
 * measure, without pulling the database schema into the first bundle.
 */
/** Carries the last wipe's measure across the reload (a duration, nothing a citizen typed). */
const CARRIED_MEASURE_KEY = 'kiosque:last-wipe-measure';

/**
 * Ends the citizen's document: the page is loaded again at the home address in place of the
 * current history entry, so the browser's session history keeps no form state of the session
 * (Chromium saves a page's form state with its history entry, and so in the profile on disk).
 * The wipe's measure is kept for the benchmark and replayed by `replayWipeMeasure` at boot.
 */
export function reloadHome(measure?: PerformanceMeasure): void {
  if (measure) {
    try {
      sessionStorage.setItem(
        CARRIED_MEASURE_KEY,
        JSON.stringify({ name: measure.name, duration: measure.duration }),
      );
    } catch {
      // Storage disabled by policy: the measure is lost, the wipe is not.
    }
  }
  location.replace(`${location.origin}${location.pathname}`);
}

/** Records again, once, the measure of the wipe that reloaded the page. */
export function replayWipeMeasure(): void {
  try {
    const raw = sessionStorage.getItem(CARRIED_MEASURE_KEY);
    sessionStorage.removeItem(CARRIED_MEASURE_KEY);
    const carried = raw ? (JSON.parse(raw) as { name?: unknown; duration?: unknown }) : null;
    if (
      typeof carried?.name === 'string' &&
      carried.name.startsWith('kiosque:') &&
      typeof carried.duration === 'number'
    )
      performance.measure(carried.name, { start: 0, duration: carried.duration });
  } catch {
    // Nothing carried, or storage disabled.
  }
}
