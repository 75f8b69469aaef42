/** Hooks of the statistics screen: the period's figures and the sites/postes present. */
import { useEffect, useState } from 'react';
import type { Period } from './period';
import { loadPlaces, loadStats } from './statsQuery';
import type { StatsFilter, StatsResult } from './types';
import { useServices } from '../../app/KioskContext';

export type StatsState =
  { status: 'loading' } | { status: 'ready'; stats: StatsResult } | { status: 'failed' };

/** Statistics of a period, recomputed when the period or the filter changes. */
export function useStats(period: Period, filter: StatsFilter): StatsState {
  const { store } = useServices();
  const { siteId = null, posteId = null } = filter;
  const key = `${period.from}|${period.to}|${siteId ?? ''}|${posteId ?? ''}`;
  // The result remembers which request it answers: a stale one reads as "loading".
  const [result, setResult] = useState<{ key: string; state: StatsState } | null>(null);
  useEffect(() => {
    if (period.to < period.from) return;
    let current = true;
    loadStats(store, period, { siteId, posteId }).then(
      (stats) => current && setResult({ key, state: { status: 'ready', stats } }),
      () => current && setResult({ key, state: { status: 'failed' } }),
    );
    return () => {
      current = false;
    };
  }, [key, period, siteId, posteId, store]);
  return result?.key === key ? result.state : { status: 'loading' };
}

/** Every (site, poste) pair in the journal, read from the day summaries' keys only. */
export function usePlaces(): Array<[string, string]> {
  const { store } = useServices();
  const [places, setPlaces] = useState<Array<[string, string]>>([]);
  useEffect(() => {
    let current = true;
    void loadPlaces(store).then((keys) => current && setPlaces(keys));
    return () => {
      current = false;
    };
  }, [store]);
  return places;
}
