/**
 * Facts the renderer alone knows: rows per table of the local database, storage used and
 * whether it is persistent. Counts and sizes only: what goes into a support bundle must never
 * hold a row's content.
 */
import type { TFunction } from 'i18next';
import type { BootInfo } from '../../../platform/types';
import type { RendererDiagnostics } from '../../../../electron/ipc/contract';

import type { TableCount } from '../../../data/tableCounts';

export interface StorageFacts {
  usage: number | null;
  quota: number | null;
  /** Null where the browser has no StorageManager (very old or restricted contexts). */
  persisted: boolean | null;
}

/** Storage estimate and persistence, each null when the browser cannot tell. */
export async function readStorageFacts(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<StorageFacts> {
  if (!storage) return { usage: null, quota: null, persisted: null };
  const [estimate, persisted] = await Promise.all([
    storage.estimate().catch(() => ({ usage: undefined, quota: undefined })),
    storage.persisted().catch(() => null),
  ]);
  return { usage: estimate.usage ?? null, quota: estimate.quota ?? null, persisted };
}

/** The renderer's part of the support bundle: counts, sizes, flags. */
export function bundleFacts(input: {
  boot: BootInfo;
  counts: TableCount[];
  storage: StorageFacts;
  language: string;
}): RendererDiagnostics {
  const facts: RendererDiagnostics = {
    'renderer.language': input.language,
    'config.issueCount': input.boot.configIssues.length,
    'storage.usage': input.storage.usage,
    'storage.quota': input.storage.quota,
    'storage.persisted': input.storage.persisted,
  };
  for (const { name, rows } of input.counts) facts[`db.${name}`] = rows;
  return facts;
}

/** A byte count in the unit a technician expects (1 Ko = 1024 o), localised. */
export function formatBytes(bytes: number, t: TFunction<'deploy'>, language: string): string {
  const units = ['bytes', 'kilobytes', 'megabytes', 'gigabytes'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const text = new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
  return t(`size.${units[unit] ?? 'bytes'}`, { value: text });
}
