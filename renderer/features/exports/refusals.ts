/**
 * Why one entry or history line of an imported bundle was left out, in terms an agent can act
 * on: which record (its position in the file and its date), which field, and a reason code
 * translated by the screen. The validator's own text never reaches the agent, and neither
 * does the refused value (it may be the very personal data that was refused).
 */
import type { z } from 'zod';
import type { AuditRecord, JournalEntry } from '../../data/types';
import { detectPersonalData, type PersonalDataKind } from '../journal';

export type RefusalReason =
  | 'missing'
  | 'wrong-type'
  | 'not-allowed'
  | 'out-of-range'
  | 'unknown-field'
  | 'not-an-object'
  | 'personal-data'
  | 'in-future'
  // The journal's cross-field rules (journal/validation.ts), under their own names.
  | 'required-when-redirected'
  | 'only-when-redirected'
  | 'same-as-primary'
  | 'before-creation'
  | 'duplicate';

const RULES: ReadonlySet<string> = new Set<RefusalReason>([
  'required-when-redirected',
  'only-when-redirected',
  'same-as-primary',
  'before-creation',
  'duplicate',
]);

/**
 * The fields a refusal can name: always one the schemas know (an unknown key is reported
 * without its name, which could hold anything). `organisme` is the first release's field.
 */
export type RefusalField = keyof JournalEntry | keyof AuditRecord | 'organisme';

export interface Refusal {
  kind: 'entry' | 'audit';
  /** Position of the record in its list in the file, from 1. */
  position: number;
  /** The entry's date (YYYY-MM-DD) when readable; for a history line, its entry's. */
  date: string | null;
  /** For a history line: the position of its entry in the file, when the file has it. */
  entryPosition: number | null;
  /** The field refused (for a history line, the changed field); null for the whole record. */
  field: RefusalField | null;
  reason: RefusalReason;
  /** For `personal-data`: what the text looks like (e-mail, phone…). */
  personalData?: PersonalDataKind[];
}

/** What an import left out: counts, and the first refusals in file order. */
export interface RefusalReport {
  entries: number;
  audit: number;
  /** At most MAX_LISTED_REFUSALS, entries first. */
  listed: Refusal[];
}

/** A screen can show this many reasons; the counts say how many there were in all. */
export const MAX_LISTED_REFUSALS = 50;

export const emptyRefusals = (): RefusalReport => ({ entries: 0, audit: 0, listed: [] });

export function addRefusal(
  report: RefusalReport,
  refusal: Refusal,
  maxListed: number = MAX_LISTED_REFUSALS,
): void {
  if (refusal.kind === 'entry') report.entries += 1;
  else report.audit += 1;
  if (report.listed.length < maxListed) report.listed.push(refusal);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at `path` inside `root`, or undefined. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (!isRecord(value) && !Array.isArray(value)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The strings inside a refused value (a history line's change is a [before, after] pair). */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap((v) => (typeof v === 'string' ? [v] : []))
      : [];

/**
 * The reason and field of the first problem zod found in `raw`: for an entry the field is the
 * first step of the path (`note`); for a history line's change, the changed field
 * (`changes.canal` gives `canal`).
 */
export function refusalOf(
  error: z.ZodError,
  raw: unknown,
): Pick<Refusal, 'field' | 'reason' | 'personalData'> {
  const issue = error.issues[0];
  if (!issue) return { field: null, reason: 'not-allowed' };
  const path = issue.path;
  const inChanges = path[0] === 'changes' && path.length > 1;
  const fieldKey = inChanges ? path[1] : path[0];
  // Zod paths are keys of the strict schemas, so a string here is a field they know.
  const field = (typeof fieldKey === 'string' ? fieldKey : null) as RefusalField | null;
  if (issue.code === 'unrecognized_keys') return { field: null, reason: 'unknown-field' };
  // Personal data is named as such whatever the field: an e-mail where a code belongs too.
  const value = valueAt(raw, inChanges ? path.slice(0, 2) : path.slice(0, 1));
  const kinds = [...new Set(stringsOf(value).flatMap(detectPersonalData))];
  if (kinds.length > 0) return { field, reason: 'personal-data', personalData: kinds };
  const at = valueAt(raw, path);
  if (at === undefined && issue.code !== 'custom') return { field, reason: 'missing' };
  switch (issue.code) {
    case 'invalid_type':
      return { field, reason: 'wrong-type' };
    case 'invalid_value': {
      // A code list (enum) given a number or a boolean: the type is wrong, not only the value.
      const sameType = issue.values.some((allowed) => typeof allowed === typeof at);
      return { field, reason: sameType ? 'not-allowed' : 'wrong-type' };
    }
    case 'too_big':
    case 'too_small':
      return { field, reason: 'out-of-range' };
    case 'custom':
      return {
        field,
        reason: RULES.has(issue.message) ? (issue.message as RefusalReason) : 'not-allowed',
      };
    default:
      return { field, reason: 'not-allowed' };
  }
}
