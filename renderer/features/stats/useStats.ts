/** Hooks of the statistics screen: the period's figures and the sites/postes present. */
import { useEffect, useState } from 'react';
import { db } from '../../db/db';
import type { Period } from './period';
import { loadStats } from './statsQuery';
import type { StatsFilter, StatsResult } from './types';

export type StatsState = { status: 'loading' } | { status: 'ready'; stats: StatsResult } | { status: 'failed' };

/** Statistics of a period, recomputed when the period or the filter changes. */
export function useStats(period: Period, filter: StatsFilter): StatsState {
  const [state, setState] = useState<StatsState>({ status: 'loading' });
  const { siteId = null, posteId = null } = filter;
  useEffect(() => {
    if (period.to < period.from) return;
    let current = true;
    setState({ status: 'loading' });
    loadStats(db, period, { siteId, posteId }).then(
      (stats) => current && setState({ status: 'ready', stats }),
      () => current && setState({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [period, siteId, posteId]);
  return state;
}

/** Every (site, poste) pair in the journal, read from the index keys only. */
export function usePlaces(): Array<[string, string]> {
  const [places, setPlaces] = useState<Array<[string, string]>>([]);
  useEffect(() => {
    let current = true;
    void db.journal
      .orderBy('[siteId+posteId]')
      .uniqueKeys()
      .then((keys) => current && setPlaces(keys as unknown as Array<[string, string]>));
    return () => {
      current = false;
    };
  }, []);
  return places;
}
