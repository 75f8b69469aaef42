/**
 * A deliberately plain, slow computation of the statistics (filter, sort, count with arrays)
 * to check the one-pass accumulator against.
 */
import type { JournalEntry } from '../../../renderer/data/types';
import { durationBandOf } from '../../../renderer/data/durationBands';
import type { Period } from '../../../renderer/features/stats/period';

export function referenceMedian(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function referenceStats(entries: JournalEntry[], period: Period, siteId?: string) {
  const kept = entries.filter(
    (e) =>
      e.deletedAt === null &&
      e.date >= period.from &&
      e.date <= period.to &&
      (!siteId || e.siteId === siteId),
  );
  const countBy = (key: (e: JournalEntry) => string[]): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const e of kept) for (const k of key(e)) out[k] = (out[k] ?? 0) + 1;
    return out;
  };
  const durations = kept.map((e) => e.dureeMinutes);
  return {
    count: kept.length,
    people: kept.reduce((s, e) => s + e.nbPersonnes, 0),
    mean: durations.length === 0 ? null : durations.reduce((a, b) => a + b, 0) / durations.length,
    median: referenceMedian(durations),
    finalisee:
      kept.length === 0 ? 0 : kept.filter((e) => e.issue === 'finalisee').length / kept.length,
    oriente: kept.length === 0 ? 0 : kept.filter((e) => e.issue === 'oriente').length / kept.length,
    thematique: countBy((e) => [e.thematique]),
    organisme: countBy((e) => [...new Set(e.organismes)]),
    canal: countBy((e) => [e.canal]),
    autonomie: countBy((e) => (e.autonomie ? [e.autonomie] : [])),
    band: countBy((e) => [durationBandOf(e.dureeMinutes)]),
    trancheAge: countBy((e) => (e.trancheAge ? [e.trancheAge] : [])),
    commune: countBy((e) => (e.communeResidence ? [e.communeResidence] : [])),
    medianByThematique: Object.fromEntries(
      [...new Set(kept.map((e) => e.thematique))].map((t) => [
        t,
        referenceMedian(kept.filter((e) => e.thematique === t).map((e) => e.dureeMinutes)),
      ]),
    ),
    outcomesCaf: countBy((e) => (e.organismes.includes('caf') ? [e.issue] : [])),
  };
}
