/**
 * Issue 4's figures (agent data) in headless Chromium against the built app:
 * - 100,000 entries over the current year: first journal page, statistics of the whole year,
 *   CSV export of the year, import of a 100,000-entry bundle on a fresh profile, JS heap on the
 *   statistics screen;
 * - optionally (BENCH_AGENT_MILLION=1, several minutes) 1,000,000 entries: statistics of a year.
 * Each time is a median (BENCH_RUNS, default 5; imports: 3) printed next to the floor, a plain
 * IndexedDB cursor over the same rows in the same page, and their ratio. The import also gives
 * its two phases (checking the file, writing it) and `rawWrite100kMs`, plain `put`s of 100,000
 * rows in 20,000-row transactions: the floor of the writing phase.
 *
 * Alone: `npx tsx scripts/bench/agent.ts` prints JSON. From index.ts: `benchAgent(browser, app)`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { createBundle, serialiseBundle } from '../../renderer/features/exports/bundleFormat';
import type { AuditRecord, JournalEntry } from '../../renderer/features/journal/model';
import { TAXONOMY_CODES } from './agent/codes';
import { generateEntries, type GenerateOptions } from './agent/generate';
import { armTimerScript, cursorScanScript, readTimerScript, seedScript } from './agent/inPage';
import {
  BENCH_ADMIN_PIN,
  buildAndServe,
  freshPage,
  launchBrowser,
  median,
  round,
  type BuiltApp,
} from './harness';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const IMPORT_RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
const MENU = 'Menu de l’espace agent';
const JOURNAL_LIST = 'Démarches de la période, de la plus récente à la plus ancienne';

const year = new Date().getFullYear();
const YEAR = { from: `${year}-01-01`, to: `${year}-12-31` };
const today = (() => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
})();

const dataset = (count: number, seed: number): GenerateOptions => ({
  count,
  seed,
  from: YEAR.from,
  days: 365,
  codes: TAXONOMY_CODES,
  sites: [
    ['mairie-centre', 'poste-1'],
    ['mairie-centre', 'poste-2'],
    ['ccas-est', 'poste-1'],
    ['france-services-ouest', 'poste-1'],
  ],
  deletedShare: 0.01,
});

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

/** Polls an expression in the page (the app's CSP forbids the eval behind waitForFunction). */
async function waitUntil(page: Page, expression: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(`!!(${expression})`))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function timed(page: Page, arm: string, act: () => Promise<void>): Promise<number> {
  await page.evaluate(arm);
  await act();
  return (await page.evaluate(readTimerScript)) as number;
}

const scan = async (page: Page, from: string, to: string, limit?: number, reverse = false) =>
  (await page.evaluate(cursorScanScript(from, to, limit, reverse))) as { ms: number; rows: number };

const STATS_READY = `document.querySelector('.stats-kpis') && !document.querySelector('.stats-status [role=status]')`;
const STATS_BUSY = `!!document.querySelector('.stats-status [role=status]')`;

/** Statistics of the whole year through the screen (Mois → Année), RUNS times. */
async function statsOfYear(page: Page, runs: number): Promise<Figure> {
  await openSection(page, 'Statistiques');
  const times: number[] = [];
  const floors: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i += 1) {
    await page.getByRole('button', { name: 'Mois', exact: true }).click();
    await waitUntil(page, STATS_READY);
    times.push(
      await timed(page, armTimerScript('pointerdown', STATS_READY, STATS_BUSY), () =>
        page.getByRole('button', { name: 'Année', exact: true }).click(),
      ),
    );
    const floor = await scan(page, YEAR.from, YEAR.to);
    floors.push(floor.ms);
    rows = floor.rows;
  }
  return figure(times, floors, rows);
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
async function csvOfYear(page: Page, runs: number): Promise<Figure> {
  await openSection(page, 'Exports');
  await page.getByRole('button', { name: 'Année', exact: true }).click();
  const times: number[] = [];
  const floors: number[] = [];
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
    const floor = await scan(page, YEAR.from, YEAR.to);
    floors.push(floor.ms);
    rows = floor.rows;
  }
  return figure(times, floors, rows);
}

/** Writes a 100,000-entry bundle file (with one audit record each) for the import runs. */
function writeBundleFile(count: number): { file: string; dir: string } {
  const entries = generateEntries(dataset(count, 777)) as unknown as JournalEntry[];
  const audit: AuditRecord[] = entries.map((e) => ({
    entryId: e.id,
    at: e.createdAt,
    agentCode: e.agentCode,
    action: 'create',
    changes: {},
  }));
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosque-bundle-'));
  const file = path.join(dir, 'journal-100k.json');
  writeFileSync(
    file,
    serialiseBundle(createBundle({ siteId: 'ccas-est', posteId: 'poste-1' }, entries, audit)),
  );
  return { file, dir };
}

/** Import of the bundle on a fresh profile, from the file choice to "Import terminé.". */
async function importBundle(
  browser: Browser,
  url: string,
  file: string,
  runs: number,
): Promise<Figure & { checkMs: number; writeMs: number; bundleMb: number }> {
  const times: number[] = [];
  const floors: number[] = [];
  const checkTimes: number[] = [];
  const writeTimes: number[] = [];
  let rows = 0;
  const ready = `[...document.querySelectorAll('.stats-alert')].some((el) => /Import terminé|Fichier refusé/.test(el.textContent))`;
  for (let i = 0; i < runs; i += 1) {
    const { context, page } = await freshPage(browser, 1);
    try {
      await page.goto(url);
      await signInAsAdmin(page);
      await openSection(page, 'Exports');
      const input = page.getByLabel('Fichier d’export d’un autre poste (JSON)');
      times.push(
        await timed(page, armTimerScript('change', ready, null), () => input.setInputFiles(file)),
      );
      const text = await page.locator('.stats-alert').first().innerText();
      if (!text.includes('Import terminé')) throw new Error(`import failed: ${text}`);
      const phases = (await page.evaluate(
        `Object.fromEntries(performance.getEntriesByType('measure').filter((m) => m.name.startsWith('kiosque:import-')).map((m) => [m.name.slice(15), m.duration]))`,
      )) as Record<string, number>;
      checkTimes.push(phases.check ?? NaN);
      writeTimes.push(phases.write ?? NaN);
      const floor = await scan(page, YEAR.from, YEAR.to);
      floors.push(floor.ms);
      rows = floor.rows;
    } finally {
      await context.close();
    }
  }
  const { statSync } = await import('node:fs');
  return {
    ...figure(times, floors, rows),
    checkMs: round(median(checkTimes)),
    writeMs: round(median(writeTimes)),
    bundleMb: round(statSync(file).size / 1024 / 1024),
  };
}

/** Every figure of the agent data; `app` is the built renderer served by the harness. */
export async function benchAgent(
  browser: Browser,
  app: BuiltApp,
): Promise<Record<string, unknown>> {
  const figures: Record<string, unknown> = { entries: 100_000, year };
  const { context, page } = await freshPage(browser, 1);
  try {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Espace agent' }).waitFor();
    const seed = (await page.evaluate(seedScript(dataset(100_000, 42)))) as { writeMs: number };
    figures.rawWrite100kMs = round(seed.writeMs);
    await signInAsAdmin(page);
    figures.firstJournalPage = await firstJournalPage(page, RUNS);
    figures.statsYear = await statsOfYear(page, RUNS);
    figures.statsScreenHeapMb = await heapMb(page);
    figures.csvExportYear = await csvOfYear(page, Math.min(RUNS, 3));
  } finally {
    await context.close();
  }
  const bundle = writeBundleFile(100_000);
  try {
    const imported = await importBundle(browser, app.url, bundle.file, IMPORT_RUNS);
    const rawWrite = Number(figures.rawWrite100kMs);
    // An import writes the rows (and as many audit records): plain puts of the rows are its floor.
    figures.importBundle = {
      ...imported,
      ratioToRawWrite: round(imported.ms / Math.max(rawWrite, 0.1), 2),
    };
  } finally {
    rmSync(bundle.dir, { recursive: true, force: true });
  }
  if (process.env.BENCH_AGENT_MILLION === '1') figures.million = await million(browser, app.url);
  return figures;
}

/** 1,000,000 entries in one year (a consolidated métropole): statistics of the year. */
async function million(browser: Browser, url: string): Promise<Record<string, unknown>> {
  const { context, page } = await freshPage(browser, 1);
  try {
    await page.goto(url);
    await page.getByRole('button', { name: 'Espace agent' }).waitFor();
    const started = Date.now();
    await page.evaluate(seedScript(dataset(1_000_000, 4242)));
    const seedSeconds = round((Date.now() - started) / 1000);
    await signInAsAdmin(page);
    const statsYear = await statsOfYear(page, Math.min(RUNS, 3));
    return { entries: 1_000_000, seedSeconds, statsYear, statsScreenHeapMb: await heapMb(page) };
  } finally {
    await context.close();
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
