/**
 * The zod schema of a journal entry: the one gate for what the quick log saves and for what
 * an imported bundle may contain (the data engineer reuses `journalEntrySchema` and
 * `auditRecordSchema`). Strict objects: unknown keys (`__proto__` included) are refused.
 */
import { z } from 'zod';
import { JOURNAL_SCHEMA_VERSION, type AuditRecord, type JournalEntry } from '../../data/types';
import { detectPersonalData } from './personalData';
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

export const journalEntrySchema = z
  .strictObject({
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
  })
  .superRefine((entry, ctx) => {
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

const auditValue = z.union([
  z.string().max(200),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string().max(60)).max(30),
]);

export const auditRecordSchema = z.strictObject({
  seq: z.number().int().positive().optional(),
  entryId: z.uuidv4(),
  at: isoTimestamp,
  agentCode: z.string().regex(AGENT_CODE_PATTERN),
  action: z.enum(['create', 'update', 'delete', 'restore', 'import']),
  changes: z
    .record(z.string().regex(/^[a-zA-Z]{1,40}$/), z.tuple([auditValue, auditValue]))
    .refine((changes) => Object.keys(changes).length <= 30, { message: 'too-many-changes' }),
});

const _sameAudit: z.infer<typeof auditRecordSchema> extends AuditRecord ? true : never = true;
void _sameAudit;

export type JournalEntryIssues = Partial<Record<keyof JournalEntry, string>>;

/** Validates an entry; on failure, the first problem of each field (for the form). */
export function validateJournalEntry(
  value: unknown,
): { ok: true; entry: JournalEntry } | { ok: false; issues: JournalEntryIssues } {
  const result = journalEntrySchema.safeParse(value);
  if (result.success) return { ok: true, entry: result.data };
  const issues: JournalEntryIssues = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && !(field in issues))
      issues[field as keyof JournalEntry] = issue.message;
  }
  return { ok: false, issues };
}
