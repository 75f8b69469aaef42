/**
 * The version-3 upgrade, as released (frozen: never edit). The v2 per-entry `journal` and
 * `audit` tables are emptied into one record per day and place, with a statistics summary per
 * day and per month. Everything it needs is copied here as it was at release (the day layout,
 * the summary text, the duration bands), so a later change of the live code cannot change
 * what this upgrade writes on a counter that opens a v2 database years from now.
 */
import type { Transaction } from 'dexie';

type Row = Record<string, unknown>;
type Counts = Map<number | string, number>;

interface EntryV3 {
  id: string;
  date: string;
  siteId: string;
  posteId: string;
  createdAt: string;
  deletedAt: string | null;
  dureeMinutes: number;
  nbPersonnes: number;
  thematique: string;
  organismes: string[];
  canal: string;
  issue: string;
  orientation: string | null;
  autonomie: string | null;
  demarche: string;
  trancheAge: string | null;
  communeResidence: string | null;
}

/** Dates moved per step: bounds memory on a counter with years of data. */
const DATES_PER_STEP = 31;

const COUNTERS = [
  'durations',
  'thematique',
  'organisme',
  'canal',
  'issue',
  'orientation',
  'autonomie',
  'band',
  'demarche',
  'trancheAge',
  'commune',
] as const;
const GROUPS = ['durationByThematique', 'durationByOrganisme', 'outcomes'] as const;

interface Partial3 {
  count: number;
  people: number;
  counts: Record<(typeof COUNTERS)[number], Counts>;
  groups: Record<(typeof GROUPS)[number], Map<string, Counts>>;
}

const empty = (): Partial3 => ({
  count: 0,
  people: 0,
  counts: Object.fromEntries(COUNTERS.map((n) => [n, new Map()])) as Partial3['counts'],
  groups: Object.fromEntries(GROUPS.map((n) => [n, new Map()])) as Partial3['groups'],
});

const bump = (counts: Counts, key: number | string, by = 1): void => {
  counts.set(key, (counts.get(key) ?? 0) + by);
};

const groupOf = (groups: Map<string, Counts>, key: string): Counts => {
  let counts = groups.get(key);
  if (!counts) groups.set(key, (counts = new Map()));
  return counts;
};

/** The report bands of v3: < 5, 5–15, 15–30, 30–60, 60+ minutes (upper bound excluded). */
function band(minutes: number): string {
  if (minutes < 5) return 'lt5';
  if (minutes < 15) return '5-15';
  if (minutes < 30) return '15-30';
  if (minutes < 60) return '30-60';
  return '60plus';
}

function add(p: Partial3, e: EntryV3): void {
  const { counts: c, groups: g } = p;
  const minutes = e.dureeMinutes;
  p.count += 1;
  p.people += e.nbPersonnes;
  bump(c.durations, minutes);
  bump(c.thematique, e.thematique);
  bump(groupOf(g.durationByThematique, e.thematique), minutes);
  for (const org of new Set(e.organismes)) {
    bump(c.organisme, org);
    bump(groupOf(g.durationByOrganisme, org), minutes);
    bump(groupOf(g.outcomes, org), e.issue);
  }
  bump(c.canal, e.canal);
  bump(c.issue, e.issue);
  if (e.orientation) bump(c.orientation, e.orientation);
  if (e.autonomie) bump(c.autonomie, e.autonomie);
  bump(c.band, band(minutes));
  bump(c.demarche, e.demarche);
  if (e.trancheAge) bump(c.trancheAge, e.trancheAge);
  if (e.communeResidence) bump(c.commune, e.communeResidence);
}

function addEncoded(into: Partial3, text: string): void {
  const from = JSON.parse(text) as {
    count: number;
    people: number;
    counts: Record<string, Array<[number | string, number]>>;
    groups: Record<string, Array<[string, Array<[number | string, number]>]>>;
  };
  into.count += from.count;
  into.people += from.people;
  for (const n of COUNTERS) for (const [k, v] of from.counts[n] ?? []) bump(into.counts[n], k, v);
  for (const n of GROUPS)
    for (const [k, pairs] of from.groups[n] ?? [])
      for (const [value, v] of pairs) bump(groupOf(into.groups[n], k), value, v);
}

const encode = (p: Partial3): string =>
  JSON.stringify({
    count: p.count,
    people: p.people,
    counts: Object.fromEntries(COUNTERS.map((n) => [n, [...p.counts[n]]])),
    groups: Object.fromEntries(
      GROUPS.map((n) => [n, [...p.groups[n]].map(([k, counts]) => [k, [...counts]])]),
    ),
  });

const byCreation = (a: EntryV3, b: EntryV3): number =>
  a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? -1 : 1) : a.id < b.id ? -1 : 1;

const monthOf = (date: string): string => `${date.slice(0, 7)}-01`;

/** Moves the v2 journal rows and their audit lines into day records and summaries. */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const journal = tx.table('journal');
  const trail = new Map<string, Row[]>();
  await tx
    .table('audit')
    .orderBy('seq')
    .each((row: Row) => {
      const { seq: _seq, ...record } = row;
      const id = String(record.entryId);
      const list = trail.get(id);
      if (list) list.push(record);
      else trail.set(id, [record]);
    });
  const months = new Map<string, Partial3 & { total: number; key: string[] }>();
  const dates = (await journal.orderBy('date').uniqueKeys()) as string[];
  for (let i = 0; i < dates.length; i += DATES_PER_STEP) {
    const step = dates.slice(i, i + DATES_PER_STEP);
    const rows = (await journal
      .where('date')
      .between(step[0] ?? '', step[step.length - 1] ?? '', true, true)
      .toArray()) as EntryV3[];
    const days = new Map<string, EntryV3[]>();
    for (const e of rows) {
      const id = `${e.date}\u0000${e.siteId}\u0000${e.posteId}`;
      const list = days.get(id);
      if (list) list.push(e);
      else days.set(id, [e]);
    }
    const records: Row[] = [];
    const summaries: Row[] = [];
    for (const entries of days.values()) {
      // The trail in the order the entries were read (by date, then id), as released.
      const audit = entries.flatMap((e) => trail.get(e.id) ?? []);
      entries.sort(byCreation);
      const { date, siteId, posteId } = entries[0] as EntryV3;
      const live = empty();
      for (const e of entries) if (e.deletedAt === null) add(live, e);
      const summary = {
        date,
        siteId,
        posteId,
        total: entries.length,
        count: live.count,
        live: encode(live),
      };
      records.push({
        date,
        siteId,
        posteId,
        entries,
        audit,
        ids: entries.map((e) => e.id),
      });
      summaries.push(summary);
      const monthKey = [monthOf(date), siteId, posteId];
      let month = months.get(monthKey.join('\u0000'));
      if (!month)
        months.set(monthKey.join('\u0000'), (month = { ...empty(), total: 0, key: monthKey }));
      month.total += summary.total;
      addEncoded(month, summary.live);
    }
    await tx.table('journalDays').bulkPut(records);
    await tx.table('dayStats').bulkPut(summaries);
  }
  await tx.table('monthStats').bulkPut(
    [...months.values()].map((m) => ({
      date: m.key[0],
      siteId: m.key[1],
      posteId: m.key[2],
      total: m.total,
      count: m.count,
      live: encode(m),
    })),
  );
}
