import { useEffect, useState } from 'react';
import type { ExportTarget, Platform } from '../../platform/types';

/** Where files can go: Electron's backup folder and removable drives, or browser downloads. */
export function useExportTargets(platform: Platform): ExportTarget[] {
  const [targets, setTargets] = useState<ExportTarget[]>([]);
  useEffect(() => {
    let current = true;
    void platform.listExportTargets().then((list) => current && setTargets(list));
    return () => {
      current = false;
    };
  }, [platform]);
  return targets;
}
