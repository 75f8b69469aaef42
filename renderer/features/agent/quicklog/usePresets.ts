import { useCallback, useEffect, useState } from 'react';
import { localIsoDate } from '../../../lib/dates';
import type { DemarchePreset } from '../../journal';
import type { CatalogueItem } from '../../../data/types';
import { useServices } from '../../../app/KioskContext';

const RECENT_DAYS = 60;
const MAX_RECENT = 4;

export interface Presets {
  presets: DemarchePreset[];
  all: CatalogueItem[];
  loaded: boolean;
  reload: () => void;
}

/**
 * The quick log's one-tap presets: the catalogue's favourites, then the agent's recent
 * démarches that are not favourites. Loads the seed catalogue on first use.
 */
export function usePresets(agentCode: string | null): Presets {
  const { catalogue, journal } = useServices();
  const [state, setState] = useState<Omit<Presets, 'reload'>>({
    presets: [],
    all: [],
    loaded: false,
  });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let alive = true;
    void (async () => {
      await catalogue.ensureSeeded();
      const all = await catalogue.active();
      const since = new Date();
      since.setDate(since.getDate() - RECENT_DAYS);
      const recent = agentCode
        ? await journal.recentDemarches(agentCode, localIsoDate(since), MAX_RECENT + all.length)
        : [];
      const favourites = all.filter((i) => i.favourite);
      const favouriteCodes = new Set(favourites.map((i) => i.code));
      const recentPresets: DemarchePreset[] = recent
        .filter((e) => !favouriteCodes.has(e.demarche))
        .slice(0, MAX_RECENT)
        .map((e) => {
          const item = all.find((i) => i.code === e.demarche);
          // An archived démarche keeps working as a recent preset, with the entry's classification.
          return {
            item: item ?? {
              code: e.demarche,
              label: e.demarche,
              thematique: e.thematique,
              organismes: e.organismes,
            },
            recent: true,
          };
        });
      if (alive)
        setState({
          presets: [...favourites.map((item) => ({ item, recent: false })), ...recentPresets],
          all,
          loaded: true,
        });
    })();
    return () => {
      alive = false;
    };
  }, [agentCode, catalogue, journal, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}
