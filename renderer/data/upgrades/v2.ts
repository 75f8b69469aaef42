/**
 * The version-2 upgrade, as released (frozen: never edit; a new shape is a new version file).
 * Row transformations are pure functions, so the upgrade can be tested row by row as well as
 * through Dexie (tests/unit/db/migration.test.ts); bundles written by a v1 kiosk go through
 * `upgradeJournalV1` too.
 *
 * Version 1 (first release) stored a single `organisme` string per journal entry and per
 * catalogue item, no half-day, `premiereVenue` as a boolean or null, and 0/1 numbers for
 * `active`/`archived`/`favourite` (it tried to index them). Version 2 stores `organismes[]`,
 * `demiJournee`, `thematiqueSecondaire`, a three-way `premiereVenue` and real booleans.
 */
import type { Transaction } from 'dexie';

/** The entry shape this version writes (frozen here: JOURNAL_SCHEMA_VERSION may move on). */
const ENTRY_SHAPE_V2 = 2;

type Row = Record<string, unknown>;

/** Morning ends at noon, counter-local time (the half-day of the reports). */
export function demiJourneeOf(isoTimestamp: string): 'matin' | 'apres-midi' {
  const at = new Date(isoTimestamp);
  if (Number.isNaN(at.getTime())) return 'matin';
  return at.getHours() < 12 ? 'matin' : 'apres-midi';
}

function organismesOf(row: Row): string[] {
  if (Array.isArray(row.organismes))
    return row.organismes.filter((o): o is string => typeof o === 'string');
  return typeof row.organisme === 'string' && row.organisme !== '' ? [row.organisme] : ['autre'];
}

function premiereVenueOf(value: unknown): 'oui' | 'non' | 'nsp' {
  if (value === true || value === 'oui') return 'oui';
  if (value === false || value === 'non') return 'non';
  return 'nsp';
}

const asBoolean = (value: unknown): boolean => value === true || value === 1 || value === '1';

/** A v1 journal row in the v2 shape; a row already in v2 shape comes back unchanged. */
export function upgradeJournalV1(row: Row): Row {
  const { organisme: _single, ...rest } = row;
  void _single;
  const createdAt = typeof row.createdAt === 'string' ? row.createdAt : new Date(0).toISOString();
  return {
    ...rest,
    schemaVersion: ENTRY_SHAPE_V2,
    organismes: organismesOf(row),
    demiJournee:
      row.demiJournee === 'matin' || row.demiJournee === 'apres-midi'
        ? row.demiJournee
        : demiJourneeOf(createdAt),
    thematiqueSecondaire:
      typeof row.thematiqueSecondaire === 'string' ? row.thematiqueSecondaire : null,
    premiereVenue: premiereVenueOf(row.premiereVenue),
    orientation: row.orientation ?? null,
    autonomie: row.autonomie ?? null,
    trancheAge: row.trancheAge ?? null,
    communeResidence: row.communeResidence ?? null,
    note: row.note ?? null,
    nbPersonnes: typeof row.nbPersonnes === 'number' ? row.nbPersonnes : 1,
    updatedAt: typeof row.updatedAt === 'string' ? row.updatedAt : createdAt,
    deletedAt: row.deletedAt ?? null,
  };
}

/** A v1 agent (active as 0/1) in the v2 shape. */
export function upgradeAgentV1(row: Row): Row {
  const createdAt = typeof row.createdAt === 'string' ? row.createdAt : new Date(0).toISOString();
  return {
    ...row,
    active: asBoolean(row.active),
    createdAt,
    updatedAt: typeof row.updatedAt === 'string' ? row.updatedAt : createdAt,
  };
}

/** A v1 catalogue item (single organisme, 0/1 flags) in the v2 shape. */
export function upgradeCatalogueV1(row: Row): Row {
  const { organisme: _single, ...rest } = row;
  void _single;
  return {
    ...rest,
    organismes: organismesOf(row),
    favourite: asBoolean(row.favourite),
    archived: asBoolean(row.archived),
  };
}

/** Rewrites every v1 row into the v2 shape, inside Dexie's upgrade transaction. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('journal')
    .toCollection()
    .modify((row: Row, ref) => {
      ref.value = upgradeJournalV1(row);
    });
  await tx
    .table('agents')
    .toCollection()
    .modify((row: Row, ref) => {
      ref.value = upgradeAgentV1(row);
    });
  await tx
    .table('catalogue')
    .toCollection()
    .modify((row: Row, ref) => {
      ref.value = upgradeCatalogueV1(row);
    });
}
