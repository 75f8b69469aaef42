/**
 * What the counter's hub feature (renderer) and the pusher (main process, or the browser
 * kiosk's launcher) say to each other: zod schemas, so every argument is checked on arrival.
 * Pure module (zod only). Credentials are never part of it: they stay in main.
 */
import { z } from 'zod';

export const MAX_BATCH = 1000;

const iso = z.iso.datetime({ offset: true });
const day = z.iso.date();

/** Longest JSON text of one entry the pusher sends (it checks while serialising the batch). */
export const MAX_ENTRY_JSON_CHARS = 8_000;

/** An entry as the app stores it; the hub checks every field again (defence in depth). */
const entry = z.looseObject({ id: z.uuid(), updatedAt: iso, date: day, deletedAt: iso.nullable() });

const auditLine = z.looseObject({ entryId: z.uuid(), at: iso });

export const entryMarkSchema = z.strictObject({
  id: z.uuid(),
  date: day,
  updatedAt: iso,
  deletedAt: iso.nullable(),
});

export const pushRequestSchema = z.strictObject({
  entries: z.array(entry).max(MAX_BATCH),
  audit: z.array(auditLine).max(MAX_BATCH * 20),
  /** The poste's own entries of the last days, for the per-day count and hash. */
  days: z
    .strictObject({
      from: day,
      to: day,
      marks: z.array(entryMarkSchema).max(100_000),
    })
    .optional(),
  status: z
    .strictObject({
      pending: z.number().int().min(0),
      oldestPendingAt: iso.nullable(),
      lastError: z.string().max(300).nullable(),
      storageBytes: z.number().int().min(0).nullable(),
      /** Version of the counter's local database schema (shown in the fleet view). */
      schemaVersion: z.number().int().min(0).max(1000),
    })
    .optional(),
  /** Ask for the published catalogue in the answer (once per round, with the last batch). */
  withCatalogue: z.boolean().optional(),
});
/** An entry as far as the pusher needs to know it (the hub checks every other field). */
export interface EntryLike {
  id: string;
  updatedAt: string;
  date: string;
  deletedAt: string | null;
}
export interface AuditLike {
  entryId: string;
  at: string;
}
export type PushRequest = Omit<z.infer<typeof pushRequestSchema>, 'entries' | 'audit'> & {
  entries: readonly EntryLike[];
  audit: readonly AuditLike[];
};

export type HubErrorCode =
  | 'off'
  | 'unreachable'
  | 'certificate'
  | 'authentication'
  | 'schema-old'
  | 'timeout'
  | 'refused'
  | 'server';

export interface HubFailure {
  ok: false;
  code: HubErrorCode;
  /** Plain French, for the Diagnostic and Données screens. */
  message: string;
}

export interface PublishedCatalogueItem {
  code: string;
  label: string;
  thematique: string;
  organismes: string[];
  ordre: number;
  favori: boolean;
  archive: boolean;
}

export interface PushSuccess {
  ok: true;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: { id: string; reason: string }[];
  serverTime: string;
  clockSkewMs: number | null;
  schemaVersion: number;
  differingDays: { day: string; countPoste: number; countServeur: number }[];
  catalogue?: PublishedCatalogueItem[];
}

export type PushResponse = PushSuccess | HubFailure;

/** What the Diagnostic and Données screens show of the hub connection (no credential). */
export interface HubStatus {
  enabled: boolean;
  /** host:port, for IT reading the screen. */
  host: string | null;
  reachable: boolean | null;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
}
