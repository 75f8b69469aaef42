/**
 * Persistent storage: without it, Chromium may evict the site's IndexedDB when the disk fills
 * up ("best effort" storage). Asked for when the agent area opens; the state is shown on the
 * Données screen with the space used.
 */
export type PersistState = 'persisted' | 'refused' | 'unsupported';

export interface StorageState {
  persist: PersistState;
  /** Bytes used and available to the site, when the browser says. */
  usage: number | null;
  quota: number | null;
}

/** Asks for persistent storage once (a no-op when already granted) and reports the state. */
export async function requestPersistentStorage(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<PersistState> {
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'refused';
  } catch {
    return 'refused';
  }
}

/** Current persistence and space use, without asking again. */
export async function readStorageState(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<StorageState> {
  if (!storage?.persisted || !storage.estimate)
    return { persist: 'unsupported', usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([storage.persisted(), storage.estimate()]);
  return {
    persist: persisted ? 'persisted' : 'refused',
    usage: estimate.usage ?? null,
    quota: estimate.quota ?? null,
  };
}

/** A byte count for people: "12,3 Mo" / "12.3 MB". */
export function formatBytes(bytes: number, lang: string): string {
  const french = lang !== 'en';
  const units = french ? ['o', 'ko', 'Mo', 'Go', 'To'] : ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const text = new Intl.NumberFormat(french ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
  return `${text} ${units[unit]}`;
}
