/**
 * Issue 4's figures (agent data) in headless Chromium against the built app:
 * - 100,000 entries over the current year so far, seeded the way a manager would: a generated bundle
 *   imported through the agent area (Exports → "Fichier d’export d’un autre poste"). Then the
 *   first journal page, statistics of the whole year, CSV export of the year, JS heap on the
 *   statistics screen, then on fresh profiles the import of the first bundle (into an empty
 *   journal) followed in the same profile by another commune's 100,000-entry bundle (into that
 *   non-empty journal: consolidation), the two compared run by run against a budget of 1.5×;
 * - optionally (BENCH_AGENT_MILLION=1, a few minutes) 1,000,000 entries, imported as ten
 *   bundles of 100,000 from ten communes (forty postes) in one profile: statistics of a year.
 * Each time is a median (BENCH_RUNS, default 5; imports: BENCH_IMPORT_RUNS, default 3) printed
 * next to the floor, a plain IndexedDB cursor over the day records of the same period in the
 * same page, and their ratio. Phases measured inside the app (`performance.measure`) are given
 * too: reading the statistics summaries, reading and formatting the CSV, checking and writing an
 * import. `rawWrite100kMs` is the floor of the old one-record-per-entry layout (plain `put`s
 * of the same 100,000 rows into a scratch database), kept to show why entries are grouped by day.
 *
 * Alone: `npx tsx scripts/bench/agent.ts` prints JSON. From index.ts: `benchAgent(browser, app)`.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { createBundle, serialiseBundle } from '../../renderer/features/exports/bundleFormat';
import type { AuditRecord, JournalEntry } from '../../renderer/data/types';
import { TAXONOMY_CODES } from './agent/codes';
import { generateEntries, type GenerateOptions } from './agent/generate';
import { armTimerScript, cursorScanScript, rawWriteScript, readTimerScript } from './agent/inPage';
import {
  BENCH_ADMIN_PIN,
  buildAndServe,
  freshPage,
  launchBrowser,
  median,
  round,
  waitUntil,
  type BuiltApp,
} from './harness';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const IMPORT_RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
/** An import that has not ended after this long is reported as failed, not waited for. */
const IMPORT_TIMEOUT_MS = 10 * 60_000;

const MENU = 'Menu de l’espace agent';
const JOURNAL_LIST = 'Démarches de la période, de la plus récente à la plus ancienne';

const year = new Date().getFullYear();
const YEAR = { from: `${year}-01-01`, to: `${year}-12-31` };
const today = (() => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
})();

const PLACES: Array<[string, string]> = [
  ['mairie-centre', 'poste-1'],
  ['mairie-centre', 'poste-2'],
  ['ccas-est', 'poste-1'],
  ['france-services-ouest', 'poste-1'],
];

/**
 * The year so far: an import refuses entries dated after now (issue 9 §7), so the entries
 * spread from 1 January to today, none made later than the start of the run.
 */
const startedAt = new Date().toISOString();
const daysSoFar = Math.round((Date.parse(today) - Date.parse(YEAR.from)) / 86_400_000) + 1;

const dataset = (count: number, seed: number, sites = PLACES): GenerateOptions => ({
  count,
  seed,
  from: YEAR.from,
  days: daysSoFar,
  notAfter: startedAt,
  codes: TAXONOMY_CODES,
  sites,
  deletedShare: 0.01,
});

/** The places of the `i`-th commune of the métropole (each bundle comes from its own). */
const communePlaces = (i: number): Array<[string, string]> =>
  PLACES.map(([site, poste]) => [`${site}-${i + 1}`, poste]);

interface Figure {
  ms: number;
  floorMs: number;
  ratio: number;
  rows: number;
}

const figure = (times: number[], floors: number[], rows: number): Figure => {
  const ms = median(times);
  const floorMs = median(floors);
  return {
    ms: round(ms),
    floorMs: round(floorMs),
    ratio: round(ms / Math.max(floorMs, 0.1), 2),
    rows,
  };
};

async function signInAsAdmin(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Espace agent' }).click();
  await page.getByRole('button', { name: 'Administration' }).click();
  await page.getByLabel('Code administrateur').fill(BENCH_ADMIN_PIN);
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByRole('navigation', { name: MENU }).waitFor({ timeout: 60_000 });
}

const openSection = async (page: Page, title: string): Promise<void> => {
  await page
    .getByRole('navigation', { name: MENU })
    .getByRole('button', { name: title, exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
};

async function timed(page: Page, arm: string, act: () => Promise<void>): Promise<number> {
  await page.evaluate(arm);
  await act();
  return (await page.evaluate(readTimerScript)) as number;
}

const scan = async (page: Page, from: string, to: string, limit?: number, reverse = false) =>
  (await page.evaluate(cursorScanScript(from, to, limit, reverse))) as { ms: number; rows: number };

/** Duration of the latest `performance.measure` of that name in the app (NaN if none). */
const lastMeasure = async (page: Page, name: string): Promise<number> =>
  (await page.evaluate(
    `(performance.getEntriesByName(${JSON.stringify(name)}, 'measure').at(-1) ?? { duration: NaN }).duration`,
  )) as number;

const STATS_READY = `document.querySelector('.stats-kpis') && !document.querySelector('.stats-status [role=status]')`;
const STATS_BUSY = `!!document.querySelector('.stats-status [role=status]')`;

/** Statistics of the whole year through the screen (Mois → Année), RUNS times. */
async function statsOfYear(page: Page, runs: number): Promise<Figure & { loadMs: number }> {
  await openSection(page, 'Statistiques');
  const times: number[] = [];
  const floors: number[] = [];
  const loads: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i += 1) {
    await page.getByRole('button', { name: 'Mois', exact: true }).click();
    await waitUntil(page, STATS_READY);
    times.push(
      await timed(page, armTimerScript('pointerdown', STATS_READY, STATS_BUSY), () =>
        page.getByRole('button', { name: 'Année', exact: true }).click(),
      ),
    );
    loads.push(await lastMeasure(page, 'kiosque:stats-load'));
    const floor = await scan(page, YEAR.from, YEAR.to);
    floors.push(floor.ms);
    rows = floor.rows;
  }
  // loadMs: reading and adding up the summaries; the rest of `ms` is drawing the screen.
  return { ...figure(times, floors, rows), loadMs: round(median(loads)) };
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return round(usedSize / 1024 / 1024);
}

/** The first page of the journal (today's entries by default), RUNS times. */
async function firstJournalPage(page: Page, runs: number): Promise<Figure> {
  const times: number[] = [];
  const floors: number[] = [];
  const ready = `!!document.querySelector('ul[aria-label="${JOURNAL_LIST}"] li')`;
  for (let i = 0; i < runs; i += 1) {
    await openSection(page, 'Exports');
    const menu = page.getByRole('navigation', { name: MENU });
    times.push(
      await timed(page, armTimerScript('pointerdown', ready, null), () =>
        menu.getByRole('button', { name: 'Journal', exact: true }).click(),
      ),
    );
    floors.push((await scan(page, today, today, 100, true)).ms);
  }
  return figure(times, floors, 100);
}

/** CSV export of the whole year, from the click to "Fichier enregistré". */
async function csvOfYear(
  page: Page,
  runs: number,
): Promise<Figure & { readMs: number; formatMs: number }> {
  await openSection(page, 'Exports');
  await page.getByRole('button', { name: 'Année', exact: true }).click();
  const times: number[] = [];
  const floors: number[] = [];
  const reads: number[] = [];
  const formats: number[] = [];
  let rows = 0;
  const ready = `[...document.querySelectorAll('.stats-alert--ok')].some((el) => el.textContent.includes('Fichier enregistré'))`;
  const busy = `!!document.querySelector('.stats-progress')`;
  for (let i = 0; i < runs; i += 1) {
    const download = page.waitForEvent('download');
    times.push(
      await timed(page, armTimerScript('pointerdown', ready, busy), () =>
        page.getByRole('button', { name: /^Journal de la période/ }).click(),
      ),
    );
    await (await download).delete();
    reads.push(await lastMeasure(page, 'kiosque:export-read'));
    formats.push(await lastMeasure(page, 'kiosque:export-format'));
    const floor = await scan(page, YEAR.from, YEAR.to);
    floors.push(floor.ms);
    rows = floor.rows;
  }
  // readMs: waiting for day records; formatMs: turning them into CSV text (in the slowest of
  // the export's workers, or in the page when it writes the file itself).
  return {
    ...figure(times, floors, rows),
    readMs: round(median(reads)),
    formatMs: round(median(formats)),
  };
}

/** Writes the entries of `options` (with one 'create' audit record each) as a bundle file. */
function writeBundleFile(dir: string, name: string, options: GenerateOptions): string {
  const entries = generateEntries(options) as unknown as JournalEntry[];
  const audit: AuditRecord[] = entries.map((e) => ({
    entryId: e.id,
    at: e.createdAt,
    agentCode: e.agentCode,
    action: 'create',
    changes: {},
  }));
  const file = path.join(dir, name);
  writeFileSync(
    file,
    serialiseBundle(createBundle({ siteId: 'ccas-est', posteId: 'poste-1' }, entries, audit)),
  );
  return file;
}

const IMPORT_BUSY = `!!document.querySelector('.stats-progress')`;

interface ImportTime {
  ms: number;
  checkMs: number;
  writeMs: number;
  /** "Démarches ajoutées" as the import summary shows it. */
  added: number;
}

/**
 * Imports `file` through the Exports screen (already open): timed from the file choice until
 * the progress bar is gone, then the summary must say "Import terminé". Page errors and the
 * time limit end it with a clear message instead of a hang.
 */
async function importThroughUi(page: Page, file: string): Promise<ImportTime> {
  await page.evaluate('performance.clearMeasures()');
  const errors: string[] = [];
  const onError = (error: Error) => errors.push(error.message);
  page.on('pageerror', onError);
  const input = page.getByLabel('Fichier d’export d’un autre poste (JSON)');
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const ms = await Promise.race([
      timed(page, armTimerScript('change', `!(${IMPORT_BUSY})`, IMPORT_BUSY), () =>
        input.setInputFiles(file),
      ),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out')), IMPORT_TIMEOUT_MS);
      }),
    ]);
    const summary = page.locator('.stats-alert').filter({ hasText: /Import terminé|refusé/ });
    const text = (await summary.count()) > 0 ? await summary.first().innerText() : 'no summary';
    if (!text.includes('Import terminé')) throw new Error(text);
    const added = /Démarches ajoutées\s*([\d\s\u00a0\u202f]+)/.exec(text)?.[1] ?? '';
    const phases = (await page.evaluate(
      `Object.fromEntries(performance.getEntriesByType('measure').filter((m) => m.name.startsWith('kiosque:import-')).map((m) => [m.name.slice(15), m.duration]))`,
    )) as Record<string, number>;
    return {
      ms,
      checkMs: phases.check ?? NaN,
      writeMs: phases.write ?? NaN,
      added: Number(added.replace(/\D/g, '')),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`import of ${path.basename(file)} failed: ${[reason, ...errors].join('; ')}`);
  } finally {
    clearTimeout(timer);
    page.off('pageerror', onError);
  }
}

/** Issue 10 §8: an import into a non-empty journal takes at most 1.5× the same into an empty one. */
const NON_EMPTY_BUDGET_RATIO = 1.5;

/**
 * Each run on a fresh profile: the import of `file` into the empty journal, then of `other`
 * (another commune's entries, new ids) into that journal. The two are compared within each
 * run, back to back in the same conditions, so a busy machine moves both.
 */
async function importBundle(
  browser: Browser,
  url: string,
  file: string,
  other: string,
  runs: number,
): Promise<{
  empty: Figure & { checkMs: number; writeMs: number; bundleMb: number };
  nonEmpty: Record<string, number | number[] | boolean>;
}> {
  const times: number[] = [];
  const floors: number[] = [];
  const checkTimes: number[] = [];
  const writeTimes: number[] = [];
  const nonEmpty: ImportTime[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i += 1) {
    const { context, page } = await freshPage(browser, 1);
    try {
      await page.goto(url);
      await signInAsAdmin(page);
      await openSection(page, 'Exports');
      const imported = await importThroughUi(page, file);
      times.push(imported.ms);
      checkTimes.push(imported.checkMs);
      writeTimes.push(imported.writeMs);
      const floor = await scan(page, YEAR.from, YEAR.to);
      floors.push(floor.ms);
      rows = floor.rows;
      const consolidated = await importThroughUi(page, other);
      if (consolidated.added !== imported.added)
        throw new Error(`consolidation added ${consolidated.added}, not ${imported.added}`);
      nonEmpty.push(consolidated);
    } finally {
      await context.close();
    }
  }
  const ratios = nonEmpty.map((n, i) => n.ms / Math.max(times[i] ?? NaN, 0.1));
  const ms = median(nonEmpty.map((n) => n.ms));
  // The median of the per-run ratios: each compares two imports made back to back.
  const ratio = median(ratios);
  return {
    empty: {
      ...figure(times, floors, rows),
      checkMs: round(median(checkTimes)),
      writeMs: round(median(writeTimes)),
      bundleMb: round(statSync(file).size / 1024 / 1024),
    },
    nonEmpty: {
      ms: round(ms),
      emptyMs: round(median(times)),
      ratio: round(ratio, 2),
      budgetRatio: NON_EMPTY_BUDGET_RATIO,
      withinBudget: ratio <= NON_EMPTY_BUDGET_RATIO,
      ratios: ratios.map((r) => round(r, 2)),
      checkMs: round(median(nonEmpty.map((n) => n.checkMs))),
      writeMs: round(median(nonEmpty.map((n) => n.writeMs))),
    },
  };
}

/** Every figure of the agent data; `app` is the built renderer served by the harness. */
export async function benchAgent(
  browser: Browser,
  app: BuiltApp,
): Promise<Record<string, unknown>> {
  const figures: Record<string, unknown> = { entries: 100_000, year };
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosque-bundle-'));
  try {
    const options = dataset(100_000, 42);
    const bundle = writeBundleFile(dir, 'journal-100k.json', options);
    const { context, page } = await freshPage(browser, 1);
    try {
      await page.goto(app.url);
      await page.getByRole('button', { name: 'Espace agent' }).waitFor();
      const raw = (await page.evaluate(rawWriteScript(options))) as { writeMs: number };
      figures.rawWrite100kMs = round(raw.writeMs);
      await signInAsAdmin(page);
      await openSection(page, 'Exports');
      const seeded = await importThroughUi(page, bundle);
      if (seeded.added !== options.count)
        throw new Error(`seeding added ${seeded.added} entries, not ${options.count}`);
      figures.seedImportMs = round(seeded.ms);
      figures.firstJournalPage = await firstJournalPage(page, RUNS);
      figures.statsYear = await statsOfYear(page, RUNS);
      figures.statsScreenHeapMb = await heapMb(page);
      figures.csvExportYear = await csvOfYear(page, Math.min(RUNS, 3));
    } finally {
      await context.close();
    }
    // Consolidation: another commune's 100,000 entries (each new id is looked up in the `ids`
    // index), imported after the first bundle on each fresh profile.
    const other = writeBundleFile(
      dir,
      'journal-other.json',
      dataset(100_000, 43, communePlaces(0)),
    );
    const imported = await importBundle(browser, app.url, bundle, other, IMPORT_RUNS);
    figures.importIntoNonEmpty = imported.nonEmpty;
    const rawWrite = Number(figures.rawWrite100kMs);
    // The same rows written one record each, without any index: what the day layout avoids.
    figures.importBundle = {
      ...imported.empty,
      ratioToRawWrite: round(imported.empty.ms / Math.max(rawWrite, 0.1), 2),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (process.env.BENCH_AGENT_MILLION === '1') figures.million = await million(browser, app.url);
  return figures;
}

/**
 * 1,000,000 entries in one year (a consolidated métropole): ten communes of four postes each,
 * each sending a 100,000-entry bundle, imported one after the other (one file on disk at a
 * time). Then statistics of the year.
 */
async function million(browser: Browser, url: string): Promise<Record<string, unknown>> {
  const BUNDLES = 10;
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosque-bundle-'));
  const { context, page } = await freshPage(browser, 1);
  try {
    await page.goto(url);
    await signInAsAdmin(page);
    await openSection(page, 'Exports');
    const started = Date.now();
    const importMs: number[] = [];
    let added = 0;
    for (let i = 0; i < BUNDLES; i += 1) {
      const options = dataset(100_000, 4242 + i * 7919, communePlaces(i));
      const file = writeBundleFile(dir, `journal-${i}.json`, options);
      try {
        const imported = await importThroughUi(page, file);
        importMs.push(round(imported.ms));
        added += imported.added;
        console.error(
          `bench agent million: bundle ${i + 1}/${BUNDLES} in ${round(imported.ms)} ms`,
        );
      } finally {
        rmSync(file, { force: true });
      }
    }
    const seedSeconds = round((Date.now() - started) / 1000);
    const statsYear = await statsOfYear(page, Math.min(RUNS, 3));
    return {
      entries: added,
      seedSeconds,
      importMs,
      statsYear,
      statsScreenHeapMb: await heapMb(page),
    };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run alone: build, serve, measure, print JSON.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const app = await buildAndServe();
  const browser = await launchBrowser();
  try {
    console.info(JSON.stringify({ agent: await benchAgent(browser, app) }, null, 2));
  } finally {
    await browser.close();
    await app.server.close();
  }
}
