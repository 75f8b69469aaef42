/**
 * The JSON bundle that carries a counter's journal to another counter or to the service's
 * consolidation PC: versioned, keyed by entry UUID, with the audit trail. Reading it back is
 * in `parseBundle.ts` (defensive); merging in `mergeBundle.ts`.
 */
import type { AuditRecord, JournalEntry } from '../../data/types';

export const BUNDLE_FORMAT = 'kiosque-numerique/journal';
/** Version of the bundle layout; a bundle from a newer kiosk is refused, not guessed at. */
export const BUNDLE_SCHEMA_VERSION = 1;

/** An audit record as carried in a bundle: the local sequence number stays home. */
export type BundleAuditRecord = Omit<AuditRecord, 'seq'>;

export interface JournalBundle {
  format: typeof BUNDLE_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  /** Where the bundle was made (the entries may come from several counters after merges). */
  siteId: string;
  posteId: string;
  entries: JournalEntry[];
  audit: BundleAuditRecord[];
}

export interface BundleOrigin {
  siteId: string;
  posteId: string;
}

/** Builds the bundle object; soft-deleted entries are kept so deletions reach other counters. */
export function createBundle(
  origin: BundleOrigin,
  entries: JournalEntry[],
  audit: readonly AuditRecord[],
  exportedAt: Date = new Date(),
): JournalBundle {
  return {
    format: BUNDLE_FORMAT,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    exportedAt: exportedAt.toISOString(),
    siteId: origin.siteId,
    posteId: origin.posteId,
    entries,
    audit: audit.map(({ seq: _seq, ...rest }) => rest),
  };
}

/** The bundle's text: compact JSON (a 100,000-entry bundle is ~50 MB; indentation would double it). */
export function serialiseBundle(bundle: JournalBundle): string {
  return JSON.stringify(bundle);
}

/** File name of an export or backup: `journal-<site>-<poste>-<AAAA-MM-JJ>[-HHMMSS].json`. */
export function bundleFileName(
  origin: BundleOrigin,
  at: Date = new Date(),
  withTime = false,
): string {
  const iso = at.toISOString();
  const time = withTime ? `-${iso.slice(11, 19).replaceAll(':', '')}` : '';
  return `journal-${origin.siteId}-${origin.posteId}-${iso.slice(0, 10)}${time}.json`;
}
