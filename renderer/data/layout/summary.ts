/**
 * The additive part of the statistics: counts and duration histograms that can be summed. One
 * is kept per day and place in the database (`dayStats`), so a year's statistics add up a few
 * hundred of these instead of reading every démarche. Maps, not objects: codes come from files
 * other counters wrote, and a Map has no prototype a code like `__proto__` could reach.
 *
 * Stored as JSON text of [key, count] pairs (`encodePartial`): IndexedDB copies one string
 * far faster than a few hundred nested Maps, which made a year's summaries slow to read.
 */
import type { JournalEntry } from '../types';
import { durationBandOf } from '../durationBands';

/** Value → how many times it was seen (minutes for durations, codes for categories). */
export type Counts<K> = Map<K, number>;

export interface StatsPartial {
  /** Live démarches (soft-deleted ones are never counted). */
  count: number;
  people: number;
  durations: Counts<number>;
  thematique: Counts<string>;
  organisme: Counts<string>;
  canal: Counts<string>;
  issue: Counts<string>;
  orientation: Counts<string>;
  autonomie: Counts<string>;
  band: Counts<string>;
  demarche: Counts<string>;
  trancheAge: Counts<string>;
  commune: Counts<string>;
  durationByThematique: Map<string, Counts<number>>;
  durationByOrganisme: Map<string, Counts<number>>;
  /** Organisme → outcome → count. */
  outcomes: Map<string, Counts<string>>;
}

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

export function emptyPartial(): StatsPartial {
  return {
    count: 0,
    people: 0,
    durations: new Map(),
    thematique: new Map(),
    organisme: new Map(),
    canal: new Map(),
    issue: new Map(),
    orientation: new Map(),
    autonomie: new Map(),
    band: new Map(),
    demarche: new Map(),
    trancheAge: new Map(),
    commune: new Map(),
    durationByThematique: new Map(),
    durationByOrganisme: new Map(),
    outcomes: new Map(),
  };
}

export function bump<K>(counts: Counts<K>, key: K, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

function groupOf<K>(groups: Map<string, Counts<K>>, key: string): Counts<K> {
  let counts = groups.get(key);
  if (!counts) groups.set(key, (counts = new Map()));
  return counts;
}

/** Adds one live démarche (callers leave soft-deleted ones out). */
export function addEntry(p: StatsPartial, entry: JournalEntry): void {
  const minutes = entry.dureeMinutes;
  p.count += 1;
  p.people += entry.nbPersonnes;
  bump(p.durations, minutes);
  bump(p.thematique, entry.thematique);
  bump(groupOf(p.durationByThematique, entry.thematique), minutes);
  // An organisme listed twice is counted once.
  for (const org of new Set(entry.organismes)) {
    bump(p.organisme, org);
    bump(groupOf(p.durationByOrganisme, org), minutes);
    bump(groupOf(p.outcomes, org), entry.issue);
  }
  bump(p.canal, entry.canal);
  bump(p.issue, entry.issue);
  if (entry.orientation) bump(p.orientation, entry.orientation);
  if (entry.autonomie) bump(p.autonomie, entry.autonomie);
  bump(p.band, durationBandOf(minutes));
  bump(p.demarche, entry.demarche);
  if (entry.trancheAge) bump(p.trancheAge, entry.trancheAge);
  if (entry.communeResidence) bump(p.commune, entry.communeResidence);
}

/** The partial of live entries among `entries`. */
export function partialOf(entries: Iterable<JournalEntry>): StatsPartial {
  const p = emptyPartial();
  for (const entry of entries) if (entry.deletedAt === null) addEntry(p, entry);
  return p;
}

type Pairs<K> = Array<[K, number]>;

interface EncodedPartial {
  count: number;
  people: number;
  counts: Record<(typeof COUNTERS)[number], Pairs<number | string>>;
  groups: Record<(typeof GROUPS)[number], Array<[string, Pairs<number | string>]>>;
}

/** The partial as compact JSON text, for storage. */
export function encodePartial(p: StatsPartial): string {
  const encoded: EncodedPartial = {
    count: p.count,
    people: p.people,
    counts: Object.fromEntries(
      COUNTERS.map((name) => [name, [...p[name]] as Pairs<number | string>]),
    ) as EncodedPartial['counts'],
    groups: Object.fromEntries(
      GROUPS.map((name) => [
        name,
        [...p[name]].map(([key, counts]) => [key, [...counts] as Pairs<number | string>]),
      ]),
    ) as EncodedPartial['groups'],
  };
  return JSON.stringify(encoded);
}

/** Adds an encoded partial into `into` (as `mergePartial` would, without building its Maps). */
export function mergeEncoded(into: StatsPartial, text: string): void {
  const from = JSON.parse(text) as EncodedPartial;
  into.count += from.count;
  into.people += from.people;
  for (const name of COUNTERS) {
    const counts: Counts<number | string> = into[name];
    for (const [key, n] of from.counts[name]) bump(counts, key, n);
  }
  for (const name of GROUPS)
    for (const [key, pairs] of from.groups[name]) {
      const counts = groupOf<number | string>(into[name], key);
      for (const [value, n] of pairs) bump(counts, value, n);
    }
}
