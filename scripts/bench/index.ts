/**
 * `npm run bench`: builds the renderer once, drives it in headless Chromium and prints ONE JSON
 * object with every figure (sizes in kB gzip, times as medians in ms next to their floor).
 * Each area adds its own module; set BENCH_ONLY=attract,citizen,agent to run a subset.
 */
import { benchAttract } from './attract';
import { buildAndServe, installKiosk, launchBrowser, within } from './harness';

type Bench = (
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  app: Awaited<ReturnType<typeof buildAndServe>>,
) => Promise<Record<string, unknown>>;

const BENCHES: Record<string, () => Promise<Bench>> = {
  attract: async () => benchAttract,
  citizen: async () => (await import('./citizen')).benchCitizen,
  agent: async () => (await import('./agent')).benchAgent,
  // A real PostgreSQL started for the run; needs neither the browser nor the built app.
  hub: async () => async () => (await import('./hub')).benchHub(),
};

const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
// A section that hangs (a page that never answers) fails with this message instead of holding
// the run for ever; the slowest, the agent's with a million entries, takes a few minutes.
const SECTION_LIMIT_MINUTES = Number(process.env.BENCH_SECTION_MINUTES ?? 20);
const app = await buildAndServe();
const browser = await launchBrowser();
await installKiosk(browser, app);
const figures: Record<string, unknown> = {
  machine: {
    cpus: (await import('node:os')).cpus().length,
    node: process.version,
    // IndexedDB's and the renderer's speed change between Chromium versions: say which ran.
    chromium: browser.version(),
    date: new Date().toISOString(),
  },
};
try {
  for (const [name, load] of Object.entries(BENCHES)) {
    if (only && !only.includes(name)) continue;
    const started = Date.now();
    try {
      figures[name] = await within(
        (await load())(browser, app),
        SECTION_LIMIT_MINUTES * 60_000,
        `the ${name} section did not end`,
      );
    } catch (error) {
      // One section's failure is a figure too: the others still run and print.
      figures[name] = { error: error instanceof Error ? error.message : String(error) };
      process.exitCode = 1;
    }
    console.error(`bench ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await browser.close();
  await app.server.close();
}
console.info(JSON.stringify(figures, null, 2));
