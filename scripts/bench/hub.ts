/**
 * The hub's figures on a real PostgreSQL started for the run (tests/hub/cluster.ts):
 * - pushing 100,000 entries from a counter (batches of 1,000 through the same pusher as main,
 *   TLS and SCRAM included) next to its floor, a raw server-side COPY of the same rows into the
 *   same (emptied) table in the same run; target ≤ 30 s and ≤ 3× the COPY;
 * - a year's report (rapport_thematique summed per site and thématique) over 1,000,000 entries
 *   from 100 postes, median of 5 runs; target ≤ 500 ms;
 * - one saved démarche visible in the hub with test intervals (debounce 500 ms): from the save
 *   to the row being readable by another connection; target ≤ 10 s.
 * Alone: `npx tsx scripts/bench/hub.ts`. From index.ts: BENCH_ONLY=hub.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createHubPusher } from '../../electron/hub/pusher';
import { drainOutbox } from '../../electron/shared/hub/drain';
import { createPushScheduler, DEFAULT_SCHEDULE } from '../../electron/shared/hub/schedule';
import { entryOf, startTestbed, type Testbed } from '../../tests/hub/testbed';
import { memoryCounter } from '../../tests/hub/memoryOutbox';
import type { JournalEntry } from '../../renderer/features/journal/model';
import { median, round } from './harness';

const COLUMNS = `id, schema_version, site_id, poste_id, agent_code, date, demi_journee, canal, thematique,
  organismes, demarche, duree_minutes, issue, nb_personnes, premiere_venue, created_at, updated_at, pushed_by`;

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

function copyCsv(entries: JournalEntry[], role: string): string {
  return entries
    .map((e) =>
      [
        e.id,
        e.schemaVersion,
        e.siteId,
        e.posteId,
        e.agentCode,
        e.date,
        e.demiJournee,
        e.canal,
        e.thematique,
        `{${e.organismes.join(',')}}`,
        e.demarche,
        e.dureeMinutes,
        e.issue,
        e.nbPersonnes,
        e.premiereVenue,
        e.createdAt,
        e.updatedAt,
        `"${role}"`,
      ].join(','),
    )
    .join('\n');
}

async function push100k(bed: Testbed) {
  const thematiques = ['papiers', 'famille', 'social-sante', 'logement', 'argent-impots'] as const;
  const entries = Array.from({ length: 100_000 }, (_, i) =>
    entryOf(bed.a, { thematique: thematiques[i % 5] ?? 'autre', dureeMinutes: 5 + (i % 40) }),
  );
  const csv = path.join(bed.cluster.dir, 'rows.csv');
  writeFileSync(csv, copyCsv(entries, bed.a.role));
  chmodSync(csv, 0o644);
  const copyStart = process.hrtime.bigint();
  await bed.admin.query(`COPY kiosque.demarches (${COLUMNS}) FROM '${csv}' WITH (FORMAT csv)`);
  const copyMs = ms(copyStart);
  await bed.admin.query('TRUNCATE kiosque.demarches');
  const pusher = createHubPusher(async () => bed.endpoint(bed.a), { appVersion: 'bench' });
  const start = process.hrtime.bigint();
  for (let i = 0; i < entries.length; i += 1000) {
    const answer = await pusher.push({ entries: entries.slice(i, i + 1000), audit: [] });
    if (!answer.ok || answer.inserted !== 1000)
      throw new Error(`push failed: ${JSON.stringify(answer).slice(0, 300)}`);
  }
  const pushMs = ms(start);
  await pusher.close();
  return {
    pushMs: round(pushMs),
    copyFloorMs: round(copyMs),
    ratio: round(pushMs / copyMs, 2),
    targetMs: 30_000,
    targetRatio: 3,
  };
}

async function yearReport(bed: Testbed) {
  await bed.admin.query('TRUNCATE kiosque.demarches');
  await bed.admin.query('ALTER TABLE kiosque.demarches DISABLE TRIGGER demarches_check');
  const year = new Date().getFullYear() - 1;
  // 1,000,000 entries over last year from 100 postes of 20 sites, generated in the server.
  const loadStart = process.hrtime.bigint();
  await bed.admin.query(
    `INSERT INTO kiosque.demarches (${COLUMNS})
     SELECT gen_random_uuid(), 2, 'site-' || (g % 20), 'poste-' || (g % 100), 'ag-01',
       make_date($1, 1, 1) + (g % 365), 'matin',
       (kiosque.codes('canal'))[1 + g % 6], (kiosque.codes('thematique'))[1 + g % 12],
       ARRAY[(kiosque.codes('organisme'))[1 + g % 21]], 'demarche-' || (g % 50), 5 + g % 55,
       (ARRAY['finalisee','a-finaliser','doit-revenir','non-realisable'])[1 + g % 4], 1, 'nsp',
       make_date($1, 1, 1) + (g % 365), make_date($1, 1, 1) + (g % 365), 'bench'
     FROM generate_series(1, 1000000) g`,
    [year],
  );
  await bed.admin.query('ALTER TABLE kiosque.demarches ENABLE TRIGGER demarches_check');
  await bed.admin.query('VACUUM ANALYZE kiosque.demarches');
  const loadMs = ms(loadStart);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < 5; i += 1) {
    const start = process.hrtime.bigint();
    const result = await bed.admin.query(
      `SELECT site_id, thematique, sum(demarches) AS demarches FROM kiosque.rapport_thematique
       WHERE mois >= $1 AND mois < $2 GROUP BY 1, 2 ORDER BY 1, 3 DESC`,
      [`${year}-01-01`, `${year + 1}-01-01`],
    );
    times.push(ms(start));
    rows = result.rowCount ?? 0;
  }
  return {
    entries: 1_000_000,
    postes: 100,
    rows,
    medianMs: round(median(times)),
    loadMs: round(loadMs),
    targetMs: 500,
  };
}

async function saveToHub(bed: Testbed) {
  const poste = await bed.newPoste('bench-latence', 'poste-1');
  const counter = memoryCounter();
  const pusher = createHubPusher(async () => bed.endpoint(poste), { appVersion: 'bench' });
  const today = new Date().toISOString().slice(0, 10);
  const scheduler = createPushScheduler({
    options: { ...DEFAULT_SCHEDULE, intervalMs: 60_000, startDelayMs: 0, debounceMs: 500 },
    now: () => Date.now(),
    random: Math.random,
    setTimer: (fn, delay) => setTimeout(fn, delay),
    clearTimer: (t) => clearTimeout(t as NodeJS.Timeout),
    run: async () =>
      (
        await drainOutbox(counter.source, pusher.push, {
          from: today,
          to: today,
          lastError: null,
          storageBytes: null,
          schemaVersion: 4,
        })
      ).ok,
  });
  const entry = entryOf(poste);
  const start = process.hrtime.bigint();
  counter.save(entry);
  scheduler.changed();
  for (;;) {
    const seen = await bed.admin.query('SELECT 1 FROM kiosque.demarches WHERE id = $1', [entry.id]);
    if (seen.rowCount) break;
    if (ms(start) > 30_000) throw new Error('not visible after 30 s');
    await new Promise((r) => setTimeout(r, 20));
  }
  const visibleMs = ms(start);
  scheduler.stop();
  await pusher.close();
  return { visibleMs: round(visibleMs), debounceMs: 500, targetMs: 10_000 };
}

export async function benchHub(): Promise<Record<string, unknown>> {
  const bed = await startTestbed();
  try {
    return {
      push100k: await push100k(bed),
      savedToHub: await saveToHub(bed),
      yearReport1M: await yearReport(bed),
    };
  } finally {
    await bed.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.info(JSON.stringify(await benchHub(), null, 2));
}
