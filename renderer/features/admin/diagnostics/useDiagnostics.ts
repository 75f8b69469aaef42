import { useCallback, useEffect, useState } from 'react';
import type { TableCount } from '../../../data/tableCounts';
import type { MainDiagnostics, Platform } from '../../../platform/types';
import { readStorageFacts, type StorageFacts } from './rendererFacts';

/** Everything the diagnostics screen shows besides the boot info. */
export interface DiagnosticsData {
  host: MainDiagnostics | null;
  /** Why the host part could not be read, if it could not. */
  hostError: string | null;
  counts: TableCount[];
  storage: StorageFacts;
  readAt: Date;
}

/** Loads the diagnostics once, and again on `reload()`. Never throws. */
export function useDiagnostics(
  platform: Platform,
  countRows: () => Promise<TableCount[]>,
): { data: DiagnosticsData | null; reload: () => void } {
  const [data, setData] = useState<DiagnosticsData | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const [host, counts, storage] = await Promise.all([
        platform.getDiagnostics().then(
          (value) => ({ value, error: null }),
          (error: unknown) => ({
            value: null,
            error: error instanceof Error ? error.message : String(error),
          }),
        ),
        countRows(),
        readStorageFacts(),
      ]);
      if (!cancelled)
        setData({ host: host.value, hostError: host.error, counts, storage, readAt: new Date() });
    })();
    return () => {
      cancelled = true;
    };
  }, [platform, countRows, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { data, reload };
}
