import { useEffect, useState } from 'react';
import type { ExportTarget, Platform } from '../../platform/types';

/** Where an export can be written (backup folder, removable drives, or browser downloads). */
export function useSkillsExportTargets(platform: Platform): ExportTarget[] {
  const [targets, setTargets] = useState<ExportTarget[]>([]);
  useEffect(() => {
    let live = true;
    void platform.listExportTargets().then((list) => live && setTargets(list));
    return () => {
      live = false;
    };
  }, [platform]);
  return targets;
}
