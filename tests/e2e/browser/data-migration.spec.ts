/**
 * A counter PC still holding a version-2 database (one IndexedDB record per journal entry and
 * per audit line) gets the new app: Dexie upgrades it to version 3 (day records and their
 * statistics) in the real browser engine, and a person sees the same journal as before.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DB_NAME, DB_VERSION, V2_STORES, V3_STORES } from '../../../renderer/db/schema';
import type { JournalBundle } from '../../../renderer/features/exports/bundleFormat';
import { seedCatalogue } from '../../../renderer/features/journal/catalogueSeed';
import type { AuditRecord, JournalEntry } from '../../../renderer/features/journal/model';
import { localDate } from '../../../renderer/features/journal/draft';
import { computeStats } from '../../../renderer/features/stats/computeStats';
import { chooseAdminPinAtFirstRun, expect, openKiosk, test } from './fixtures';
import { openSection, signInAsAdmin } from './agent-helpers';
import { FIXTURE_PERIOD, chooseDates, fixturePath, keyFigures } from './data-helpers';

const bundle = JSON.parse(
  readFileSync(fixturePath('two-sites-2026q1.json'), 'utf8'),
) as JournalBundle;
const expected = computeStats(bundle.entries, { kind: 'custom', ...FIXTURE_PERIOD });
const nbsp = (n: number) => new Intl.NumberFormat('fr-FR').format(n);

/** Dexie stores version n as IndexedDB version n × 10. */
const IDB_VERSION_OF = (dexieVersion: number) => dexieVersion * 10;

interface IdbIndex {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}

interface IdbStore {
  name: string;
  keyPath: string | string[];
  autoIncrement: boolean;
  indexes: IdbIndex[];
}

/**
 * One index of a Dexie schema string, as Dexie 4 parses it (parseIndexSyntax): `&` unique,
 * `*` multi-entry, `++` auto-increment; the name is the spec without them, and `[a+b]` is a
 * compound index named "[a+b]" with key path ['a', 'b'].
 */
function parseIndex(source: string): IdbIndex & { auto: boolean } {
  const spec = source.trim();
  const name = spec.replace(/([&*]|\+\+)/g, '');
  const compound = /^\[(.*)\]$/.exec(name);
  return {
    name,
    keyPath: compound?.[1] ? compound[1].split('+') : name,
    unique: spec.includes('&'),
    multiEntry: spec.includes('*'),
    auto: spec.includes('++'),
  };
}

/** The object stores Dexie 4 creates for a `stores()` declaration (createTable, addIndex). */
function idbStoresOf(stores: Readonly<Record<string, string>>): IdbStore[] {
  return Object.entries(stores).map(([name, schema]) => {
    const [primary, ...indexes] = schema.split(',').map(parseIndex);
    if (!primary) throw new Error(`no primary key for ${name}`);
    return {
      name,
      keyPath: primary.keyPath,
      autoIncrement: primary.auto,
      indexes: indexes.map(({ name: index, keyPath, unique, multiEntry }) => ({
        name: index,
        keyPath,
        unique,
        multiEntry,
      })),
    };
  });
}

/**
 * Deletes the app's database (its Dexie connection closes on `versionchange`), then creates it
 * again at version 2 with raw IndexedDB and fills it: what an older release left on disk.
 */
async function writeV2Database(
  page: Page,
  rows: Record<string, readonly unknown[]>,
): Promise<{ version: number; stores: string[] }> {
  return page.evaluate(
    async ({ name, version, stores, rows }) => {
      const BLOCKED_MS = 10_000;
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase(name);
        let timer: number | undefined;
        request.onsuccess = () => {
          window.clearTimeout(timer);
          resolve();
        };
        request.onerror = () => {
          window.clearTimeout(timer);
          reject(new Error(`deleting ${name} failed: ${String(request.error)}`));
        };
        // Blocked: some connection did not close on versionchange. The request stays queued
        // and succeeds once it closes; fail clearly if it never does.
        request.onblocked = () => {
          timer ??= window.setTimeout(
            () => reject(new Error(`deleting ${name} stayed blocked by an open connection`)),
            BLOCKED_MS,
          );
        };
      });

      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name, version);
        request.onupgradeneeded = () => {
          for (const store of stores) {
            const created = request.result.createObjectStore(store.name, {
              keyPath: store.keyPath,
              autoIncrement: store.autoIncrement,
            });
            for (const index of store.indexes)
              created.createIndex(index.name, index.keyPath, {
                unique: index.unique,
                multiEntry: index.multiEntry,
              });
          }
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () =>
          reject(new Error(`creating ${name} v${version} failed: ${String(request.error)}`));
        request.onblocked = () => reject(new Error(`creating ${name} v${version} was blocked`));
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(Object.keys(rows), 'readwrite');
          for (const [store, list] of Object.entries(rows))
            for (const row of list) tx.objectStore(store).add(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(new Error(`filling ${name}: ${String(tx.error)}`));
          tx.onabort = () => reject(new Error(`filling ${name} aborted: ${String(tx.error)}`));
        });
        return { version: db.version, stores: [...db.objectStoreNames].sort() };
      } finally {
        db.close();
      }
    },
    { name: DB_NAME, version: IDB_VERSION_OF(2), stores: idbStoresOf(V2_STORES), rows },
  );
}

/** The version and store names of the app's database as IndexedDB reports them. */
async function installedDatabase(page: Page): Promise<{ version: number; stores: string[] }> {
  return page.evaluate(
    (name) =>
      new Promise<{ version: number; stores: string[] }>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => {
          const db = request.result;
          const facts = { version: db.version, stores: [...db.objectStoreNames].sort() };
          db.close();
          resolve(facts);
        };
        request.onerror = () => reject(new Error(`opening ${name}: ${String(request.error)}`));
      }),
    DB_NAME,
  );
}

/** The journal's order, newest first (repository.ts). */
const newestFirst = (a: JournalEntry, b: JournalEntry): number =>
  a.date !== b.date
    ? b.date.localeCompare(a.date)
    : a.createdAt !== b.createdAt
      ? b.createdAt.localeCompare(a.createdAt)
      : b.id.localeCompare(a.id);

/** The fixture's entries the journal lists for these dates (soft-deleted ones are hidden). */
const liveBetween = (from: string, to: string): JournalEntry[] =>
  bundle.entries.filter((e) => !e.deletedAt && e.date >= from && e.date <= to).sort(newestFirst);

/** The catalogue of a counter that ran the previous release (seeded on first use). */
const catalogue = seedCatalogue();
const labels = new Map(catalogue.map((item) => [item.code, item.label]));

const journalCount = (page: Page) =>
  page.getByRole('region', { name: 'Journal', exact: true }).getByRole('status');
const journalRows = (page: Page) =>
  page.getByRole('list', { name: /Démarches de la période/ }).getByRole('button');

/** The journal shows the count of these dates' live entries and, first, the newest of them. */
async function expectJournalShows(page: Page, from: string, to: string): Promise<void> {
  const live = liveBetween(from, to);
  await expect(journalCount(page)).toHaveText(
    live.length === 0
      ? 'Aucune démarche pour ces filtres.'
      : `${nbsp(live.length)} ${live.length === 1 ? 'démarche' : 'démarches'}`,
  );
  const newest = live[0];
  if (!newest) return;
  const first = journalRows(page).first();
  await expect(first).toContainText(
    `${labels.get(newest.demarche) ?? newest.demarche} · ${newest.dureeMinutes} min`,
  );
  await expect(first).toContainText(newest.agentCode);
}

test.describe('database upgrade in the browser', () => {
  test('a version-2 database opens as version 3 with the same statistics, journal and history', async ({
    page,
  }) => {
    const newest = liveBetween(FIXTURE_PERIOD.from, FIXTURE_PERIOD.to)[0];
    if (!newest) throw new Error('the fixture has no live entry in its period');
    const trail = bundle.audit.filter((r) => r.entryId === newest.id);
    expect(trail.length).toBeGreaterThan(0);

    // A first-run page gives the origin; the v2 database written below replaces everything.
    await openKiosk(page, { firstRun: true });
    await expect(page.getByRole('heading', { name: 'Première mise en service' })).toBeVisible();

    // What a counter running the previous release has on disk: its catalogue (seeded), the
    // journal one record per entry, the audit one record per line (`seq` given by IndexedDB).
    const created = await writeV2Database(page, {
      settings: [{ key: 'catalogueSeeded', value: true }],
      catalogue,
      journal: bundle.entries,
      audit: bundle.audit,
    });
    expect(created).toEqual({
      version: IDB_VERSION_OF(2),
      stores: Object.keys(V2_STORES).sort(),
    });

    // The new release opens it: Dexie upgrades version 2 to version 3. The browser kiosk's
    // admin PIN is the one chosen at first run (the v2 file written here has none).
    await page.reload();
    await chooseAdminPinAtFirstRun(page);
    await signInAsAdmin(page);

    // The statistics of the fixture's quarter are those of its entries.
    await openSection(page, 'Statistiques');
    await chooseDates(page, FIXTURE_PERIOD.from, FIXTURE_PERIOD.to);
    expect(expected.count).toBe(232); // 240 in the file, 8 soft-deleted
    await expect
      .poll(async () => (await keyFigures(page))['Démarches'], { timeout: 20_000 })
      .toBe(nbsp(expected.count));
    expect((await keyFigures(page))['Durée médiane']).toBe(
      `${String(expected.medianMinutes).replace('.', ',')} min`,
    );

    // The journal lists the live entries of the quarter, newest first, with their labels. The
    // dates are set one at a time, each result looked at before the next change, as a person
    // does (the list keeps only the answers of its latest filters).
    await openSection(page, 'Journal');
    const today = localDate(new Date());
    await page.getByRole('radio', { name: 'Dates choisies' }).click();
    await expectJournalShows(page, today, today);
    await page.getByLabel('Du', { exact: true }).fill(FIXTURE_PERIOD.from);
    await expectJournalShows(page, FIXTURE_PERIOD.from, today);
    await page.getByLabel('Au', { exact: true }).fill(FIXTURE_PERIOD.to);
    await expectJournalShows(page, FIXTURE_PERIOD.from, FIXTURE_PERIOD.to);
    expect(liveBetween(FIXTURE_PERIOD.from, FIXTURE_PERIOD.to)).toHaveLength(expected.count);
    await expect(journalCount(page)).toHaveText(`${nbsp(expected.count)} démarches`);

    // Its history came along: one row per audit line of the old `audit` store.
    await journalRows(page).first().click();
    const day = new Date(`${newest.date}T12:00:00`).toLocaleDateString('fr-FR');
    await expect(page.getByRole('heading', { level: 1, name: `Démarche du ${day}` })).toBeVisible();
    await expect(
      page.getByText(`Site ${newest.siteId}, poste ${newest.posteId}, agent ${newest.agentCode},`),
    ).toBeVisible();
    const history = page
      .getByRole('region', { name: 'Historique des modifications' })
      .getByRole('table');
    await expect(history.getByRole('row')).toHaveCount(1 + trail.length);
    const actions: Record<AuditRecord['action'], string> = {
      create: 'Création',
      update: 'Modification',
      delete: 'Suppression',
      restore: 'Rétablissement',
      import: 'Import',
    };
    for (const [i, record] of trail.entries()) {
      const row = history.getByRole('row').nth(1 + i);
      await expect(row).toContainText(new Date(record.at).toLocaleString('fr-FR'));
      await expect(row).toContainText(record.agentCode);
      await expect(row).toContainText(actions[record.action]);
    }

    // On disk: version 3 (IndexedDB 30), the per-entry stores gone, the day stores there.
    const installed = await installedDatabase(page);
    expect(installed.version).toBe(IDB_VERSION_OF(DB_VERSION));
    expect(installed.version).toBe(30);
    expect(installed.stores).not.toContain('journal');
    expect(installed.stores).not.toContain('audit');
    expect(installed.stores).toEqual(
      Object.entries(V3_STORES)
        .filter(([, schema]) => schema !== null)
        .map(([name]) => name)
        .sort(),
    );
  });
});
