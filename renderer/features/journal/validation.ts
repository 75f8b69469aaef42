/**
 * The zod schema of a journal entry: the one gate for what the quick log saves and for what
 * an imported bundle may contain (the import reuses `journalEntrySchema`, `journalEntryV1Schema`,
 * `auditRecordSchema` and `futureFields`). Strict objects: unknown keys (`__proto__` included)
 * are refused, and nothing is converted: a value of the wrong type is refused, not coerced.
 */
import { z } from 'zod';
import { JOURNAL_SCHEMA_VERSION, type AuditRecord, type JournalEntry } from '../../data/types';
import { detectPersonalData } from './personalData';
import { EDITABLE_FIELDS } from './model';
import { localIsoDate } from '../../lib/dates';
import {
  AUTONOMIES,
  CANAUX,
  codes,
  DEMI_JOURNEES,
  ISSUES,
  ORGANISMES,
  ORIENTATIONS,
  THEMATIQUES,
  TRANCHES_AGE,
} from '../../data/taxonomies';
import {
  AGENT_CODE_PATTERN,
  DEMARCHE_CODE_PATTERN,
  INSEE_PATTERN,
  PLACE_ID_PATTERN,
} from '../../data/codes';

export const DUREE_MIN = 1;
export const DUREE_MAX = 480;
export const NB_PERSONNES_MAX = 20;
export const NOTE_MAX = 200;
const isoTimestamp = z.iso.datetime({ offset: true });

/** A real calendar day in YYYY-MM-DD (z.iso.date already refuses 2026-02-30). */
export const localDateSchema = z.iso.date();

export const noteSchema = z
  .string()
  .trim()
  .min(1)
  .max(NOTE_MAX)
  .refine((note) => detectPersonalData(note).length === 0, { message: 'personal-data' });

/** The fields of an entry, each with its own rule (cross-field rules are below). */
export const journalEntryFields = z.strictObject({
  id: z.uuidv4(),
  schemaVersion: z.number().int().min(1).max(JOURNAL_SCHEMA_VERSION),
  siteId: z.string().regex(PLACE_ID_PATTERN),
  posteId: z.string().regex(PLACE_ID_PATTERN),
  agentCode: z.string().regex(AGENT_CODE_PATTERN),
  date: localDateSchema,
  demiJournee: z.enum(codes(DEMI_JOURNEES)),
  canal: z.enum(codes(CANAUX)),
  thematique: z.enum(codes(THEMATIQUES)),
  thematiqueSecondaire: z.enum(codes(THEMATIQUES)).nullable(),
  organismes: z
    .array(z.enum(codes(ORGANISMES)))
    .min(1)
    .max(5)
    .refine((list) => new Set(list).size === list.length, { message: 'duplicate' }),
  demarche: z.string().regex(DEMARCHE_CODE_PATTERN),
  dureeMinutes: z.number().int().min(DUREE_MIN).max(DUREE_MAX),
  issue: z.enum(codes(ISSUES)),
  orientation: z.enum(codes(ORIENTATIONS)).nullable(),
  autonomie: z.enum(codes(AUTONOMIES)).nullable(),
  nbPersonnes: z.number().int().min(1).max(NB_PERSONNES_MAX),
  premiereVenue: z.enum(['oui', 'non', 'nsp']),
  trancheAge: z.enum(codes(TRANCHES_AGE)).nullable(),
  communeResidence: z.string().regex(INSEE_PATTERN).nullable(),
  note: noteSchema.nullable(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  deletedAt: isoTimestamp.nullable(),
});

export const journalEntrySchema = journalEntryFields.superRefine((entry, ctx) => {
  // The orientation says where a redirected person went: required then, meaningless otherwise.
  if (entry.issue === 'oriente' && entry.orientation === null) {
    ctx.addIssue({ code: 'custom', path: ['orientation'], message: 'required-when-redirected' });
  }
  if (entry.issue !== 'oriente' && entry.orientation !== null) {
    ctx.addIssue({ code: 'custom', path: ['orientation'], message: 'only-when-redirected' });
  }
  if (entry.thematiqueSecondaire !== null && entry.thematiqueSecondaire === entry.thematique) {
    ctx.addIssue({ code: 'custom', path: ['thematiqueSecondaire'], message: 'same-as-primary' });
  }
  if (entry.updatedAt < entry.createdAt) {
    ctx.addIssue({ code: 'custom', path: ['updatedAt'], message: 'before-creation' });
  }
});

// A compile-time check that the schema and the model describe the same object.
type SchemaOutput = z.infer<typeof journalEntrySchema>;
const _sameShape: [SchemaOutput, JournalEntry] extends [JournalEntry, SchemaOutput] ? true : never =
  true;
void _sameShape;

/**
 * An entry as the first release wrote it (shape version 1): one `organisme`, no half-day nor
 * second thematique, `premiereVenue` as a boolean or null; every other field has today's rule.
 * An imported v1 entry must match it exactly before `upgradeJournalV1` brings it to today's
 * shape: a wrong type is refused at the version the entry claims, never converted.
 */
export const journalEntryV1Schema = journalEntryFields
  .omit({ organismes: true, demiJournee: true, thematiqueSecondaire: true, premiereVenue: true })
  .extend({
    schemaVersion: z.literal(1),
    organisme: z.enum(codes(ORGANISMES)),
    premiereVenue: z.boolean().nullable(),
  });

/**
 * How far ahead of this PC's clock a date may be: another counter's clock may run a few
 * minutes fast, not more. Anything later is refused (a forged future change date would
 * otherwise win every later merge).
 */
export const CLOCK_SKEW_MINUTES = 5;

type Timed = Pick<JournalEntry, 'date' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

/**
 * A check of the dates of entries against `now` (plus the allowed skew): the fields dated
 * later, in field order. Made once per import, used for every entry.
 */
export function futureCheck(now: Date = new Date()): (entry: Timed) => (keyof Timed)[] {
  const latest = now.getTime() + CLOCK_SKEW_MINUTES * 60_000;
  const latestDate = localIsoDate(new Date(latest));
  const latestIso = new Date(latest).toISOString();
  // Times this kiosk writes (UTC, milliseconds, `Z`) compare as text, 100,000 of them fast;
  // any other form (an offset, no milliseconds) is compared as a moment.
  const late = (iso: string | null) =>
    iso !== null &&
    (iso.length === latestIso.length && iso.endsWith('Z')
      ? iso > latestIso
      : Date.parse(iso) > latest);
  return (entry) => {
    const fields: (keyof Timed)[] = [];
    if (entry.date > latestDate) fields.push('date');
    if (late(entry.createdAt)) fields.push('createdAt');
    if (late(entry.updatedAt)) fields.push('updatedAt');
    if (late(entry.deletedAt)) fields.push('deletedAt');
    return fields;
  };
}

/** The fields of one entry dated after `now` (plus the allowed skew). */
export const futureFields = (entry: Timed, now: Date = new Date()): (keyof Timed)[] =>
  futureCheck(now)(entry);

/** True when an audit line's time is after `now` plus the allowed skew. */
export const isAfterNow = (iso: string, now: Date = new Date()): boolean =>
  Date.parse(iso) > now.getTime() + CLOCK_SKEW_MINUTES * 60_000;

/**
 * What a history line may say a field was and became: the field's own rule (so a changed
 * "canal" is a canal code, never free text), the note reduced to "present or not", the
 * deletion time. `organisme` and a boolean `premiereVenue` are lines written by the first
 * release, kept as they were.
 */
const fieldRules = journalEntryFields.shape;
const change = (rule: z.ZodType) => z.tuple([rule, rule]).optional();
const auditChanges = z.strictObject({
  ...(Object.fromEntries(
    EDITABLE_FIELDS.filter((field) => field !== 'note').map((field) => [
      field,
      change(fieldRules[field]),
    ]),
  ) as Record<Exclude<(typeof EDITABLE_FIELDS)[number], 'note'>, ReturnType<typeof change>>),
  premiereVenue: change(z.union([fieldRules.premiereVenue, z.boolean(), z.null()])),
  note: change(z.boolean()),
  deletedAt: change(isoTimestamp.nullable()),
  organisme: change(z.enum(codes(ORGANISMES)).nullable()),
});

export const auditRecordSchema = z.strictObject({
  seq: z.number().int().positive().optional(),
  entryId: z.uuidv4(),
  at: isoTimestamp,
  agentCode: z.string().regex(AGENT_CODE_PATTERN),
  action: z.enum(['create', 'update', 'delete', 'restore', 'import']),
  changes: auditChanges,
});

const _sameAudit: z.infer<typeof auditRecordSchema> extends AuditRecord ? true : never = true;
void _sameAudit;

export type JournalEntryIssues = Partial<Record<keyof JournalEntry, string>>;

/**
 * Validates an entry; on failure, the first problem of each field (for the form). Dates after
 * `now` (plus the skew) are refused as `in-future`.
 */
export function validateJournalEntry(
  value: unknown,
  now: Date = new Date(),
): { ok: true; entry: JournalEntry } | { ok: false; issues: JournalEntryIssues } {
  const result = journalEntrySchema.safeParse(value);
  if (result.success) {
    const future = futureFields(result.data, now);
    if (future.length === 0) return { ok: true, entry: result.data };
    return { ok: false, issues: Object.fromEntries(future.map((f) => [f, 'in-future'])) };
  }
  const issues: JournalEntryIssues = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && !(field in issues))
      issues[field as keyof JournalEntry] = issue.message;
  }
  return { ok: false, issues };
}
