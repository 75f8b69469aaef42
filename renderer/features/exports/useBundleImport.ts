/**
 * The one read → import → report sequence of the agent area, used by "Importer" (Exports) and
 * "Restaurer" (Données): progress while it runs, the outcome for <ImportReport>, and a line in
 * the technical log (counts and codes only).
 */
import { useState } from 'react';
import { useKiosk, useServices } from '../../app/KioskContext';
import {
  outcomeLogDetails,
  readAndImport,
  type ImportOutcome,
  type ImportSource,
} from './importBundle';
import type { Progress } from './progress';

export function useBundleImport(logEvent: 'import.bundle' | 'backup.restore') {
  const { store } = useServices();
  const { platform, boot } = useKiosk();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const run = async (source: ImportSource): Promise<ImportOutcome> => {
    setOutcome(null);
    setProgress({ phase: 'checking', done: 0, total: 0 });
    try {
      const result = await readAndImport(store, source, boot.config.retentionMonths, setProgress);
      setOutcome(result);
      const clean = result.ok && result.refused.entries + result.refused.audit === 0;
      void platform.log({
        level: clean ? 'info' : 'warn',
        event: logEvent,
        details: outcomeLogDetails(result),
      });
      return result;
    } finally {
      setProgress(null);
    }
  };

  return { progress, outcome, busy: progress !== null, run };
}
