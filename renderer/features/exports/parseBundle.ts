/**
 * Reads a bundle from another counter without trusting it: an import is a trust boundary.
 *
 * A problem with the FILE refuses it whole, with a precise reason (nothing is written): size
 * cap, unreadable or truncated JSON, wrong format, future version, forbidden keys (`__proto__`,
 * `constructor`, `prototype`), huge strings, deep nesting, an invalid header, duplicated ids.
 *
 * A problem with one ENTRY or one HISTORY LINE leaves that record out and says why (refusals.ts),
 * the rest is imported: each record passes the very checks of what an agent types (the
 * journal's zod schemas, personal-data screening included, at the shape version the entry
 * claims, without conversion) and no date may be later than now plus CLOCK_SKEW_MINUTES.
 * A refused entry takes its history lines with it; the local copy of it is left as it was.
 */
import { z } from 'zod';
import { MAX_JOURNAL_FILE_BYTES, MAX_JOURNAL_FILE_MB } from '../../../electron/shared/limits';
import { upgradeJournalV1 } from '../../data/upgrades/v2';
import type { JournalEntry } from '../../data/types';
import { isIsoDate } from '../../lib/dates';
import {
  auditRecordSchema,
  futureCheck,
  isAfterNow,
  journalEntrySchema,
  journalEntryV1Schema,
} from '../journal';
import {
  addRefusal,
  emptyRefusals,
  MAX_LISTED_REFUSALS,
  refusalOf,
  type Refusal,
  type RefusalReport,
} from './refusals';
import {
  BUNDLE_FORMAT,
  BUNDLE_SCHEMA_VERSION,
  type BundleAuditRecord,
  type JournalBundle,
} from './bundleFormat';
import { forEachChunk, type ProgressListener } from './progress';

export const MAX_STRING_CHARS = 4_000;
export const MAX_DEPTH = 8;
export const MAX_ENTRIES = 1_500_000;

export type BundleProblem =
  | { code: 'empty' }
  | { code: 'too-large'; maxMb: number }
  | { code: 'truncated' }
  | { code: 'not-json' }
  | { code: 'not-a-bundle' }
  | { code: 'future-version'; version: number; supported: number }
  | { code: 'forbidden-key'; path: string }
  | { code: 'huge-string'; path: string }
  | { code: 'too-deep'; path: string }
  | { code: 'too-many-entries'; max: number }
  | { code: 'invalid'; path: string }
  | { code: 'duplicate-id'; id: string };

export const TOO_LARGE = { code: 'too-large', maxMb: MAX_JOURNAL_FILE_MB } as const;

export type ParseResult =
  | { ok: true; bundle: JournalBundle; refused: RefusalReport }
  | { ok: false; problem: BundleProblem };

export interface ParseOptions {
  onProgress?: ProgressListener | undefined;
  /** The clock dates are checked against (tests fix it). */
  now?: Date;
  /** How many refusals the report lists (a screen shows MAX_LISTED_REFUSALS; a CLI all). */
  maxListed?: number;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const pathText = (path: readonly (string | number)[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

/** A node of the walk: its path is rebuilt from the parents only when a problem is found. */
interface WalkNode {
  value: unknown;
  key: string | number | null;
  parent: WalkNode | null;
  depth: number;
}

function pathOf(node: WalkNode, extra?: string): string {
  const parts: (string | number)[] = extra === undefined ? [] : [extra];
  for (let n: WalkNode | null = node; n && n.key !== null; n = n.parent) parts.unshift(n.key);
  return pathText(parts);
}

/**
 * Walks the parsed value (without recursion, so a hostile depth cannot overflow the stack) and
 * returns the first structural problem: a forbidden key, a string too long, or nesting too deep.
 */
export function findStructuralProblem(root: unknown): BundleProblem | null {
  const stack: WalkNode[] = [{ value: root, key: null, parent: null, depth: 0 }];
  while (stack.length > 0) {
    const node = stack.pop() as WalkNode;
    const { value } = node;
    if (typeof value === 'string') {
      if (value.length > MAX_STRING_CHARS) return { code: 'huge-string', path: pathOf(node) };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (node.depth > MAX_DEPTH) return { code: 'too-deep', path: pathOf(node) };
    const depth = node.depth + 1;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1)
        stack.push({ value: value[i], key: i, parent: node, depth });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { code: 'forbidden-key', path: pathOf(node, key) };
      if (key.length > MAX_STRING_CHARS) return { code: 'huge-string', path: pathOf(node) };
      stack.push({ value: (value as Record<string, unknown>)[key], key, parent: node, depth });
    }
  }
  return null;
}

const headerSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  schemaVersion: z.literal(BUNDLE_SCHEMA_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  siteId: z.string().min(1).max(40),
  posteId: z.string().min(1).max(40),
  entries: z.array(z.unknown()).max(MAX_ENTRIES),
  audit: z.array(z.unknown()).max(MAX_ENTRIES * 20),
});

/** Where the header is wrong; the validator's own message is not shown to agents. */
function firstIssue(error: z.ZodError): BundleProblem {
  const path = (error.issues[0]?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p));
  return { code: 'invalid', path: pathText(path) };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

type FutureCheck = ReturnType<typeof futureCheck>;
type Checked<T> =
  { ok: true; value: T } | { ok: false; refusal: Pick<Refusal, 'field' | 'reason'> };

/**
 * One entry, checked as the journal checks what an agent types. An entry that claims shape
 * version 1 must be a valid v1 entry before it is brought to today's shape.
 */
function checkEntry(raw: unknown, inFuture: FutureCheck): Checked<JournalEntry> {
  if (!isRecord(raw)) return { ok: false, refusal: { field: null, reason: 'not-an-object' } };
  let candidate: unknown = raw;
  if (raw.schemaVersion === 1) {
    const v1 = journalEntryV1Schema.safeParse(raw);
    if (!v1.success) return { ok: false, refusal: refusalOf(v1.error, raw) };
    candidate = upgradeJournalV1(v1.data);
  }
  const parsed = journalEntrySchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, refusal: refusalOf(parsed.error, candidate) };
  const [future] = inFuture(parsed.data);
  if (future) return { ok: false, refusal: { field: future, reason: 'in-future' } };
  return { ok: true, value: parsed.data };
}

const dateOf = (raw: unknown): string | null =>
  isRecord(raw) && typeof raw.date === 'string' && isIsoDate(raw.date) ? raw.date : null;

function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: BundleProblem } {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { ok: false, problem: { code: 'empty' } };
  try {
    return { ok: true, value: JSON.parse(trimmed) };
  } catch {
    // A file cut short (full drive, copy pulled out) ends before its closing brace.
    const truncated = trimmed.startsWith('{') && !trimmed.endsWith('}');
    return { ok: false, problem: { code: truncated ? 'truncated' : 'not-json' } };
  }
}

/** Header checks with their own clear messages before the generic schema check. */
function checkHeader(value: unknown): BundleProblem | null {
  if (!isRecord(value) || value.format !== BUNDLE_FORMAT) return { code: 'not-a-bundle' };
  const version = value.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > BUNDLE_SCHEMA_VERSION) {
    return { code: 'future-version', version, supported: BUNDLE_SCHEMA_VERSION };
  }
  if (Array.isArray(value.entries) && value.entries.length > MAX_ENTRIES)
    return { code: 'too-many-entries', max: MAX_ENTRIES };
  // Forbidden keys and huge strings are named as such, before the schema calls them "unknown".
  const structural = findStructuralProblem(value);
  if (structural) return structural;
  const header = headerSchema.safeParse(value);
  return header.success ? null : firstIssue(header.error);
}

/**
 * Parses and checks a bundle's text. The bundle comes back with only the entries and history
 * lines that passed every check, and the report of those left out.
 */
export async function parseBundle(text: string, options: ParseOptions = {}): Promise<ParseResult> {
  const now = options.now ?? new Date();
  const inFuture = futureCheck(now);
  const maxListed = options.maxListed ?? MAX_LISTED_REFUSALS;
  // The journal files' cap, counted here in characters (never more than the file's bytes).
  if (text.length > MAX_JOURNAL_FILE_BYTES) return { ok: false, problem: TOO_LARGE };
  const json = parseJson(text);
  if (!json.ok) return json;
  const headerProblem = checkHeader(json.value);
  if (headerProblem) return { ok: false, problem: headerProblem };

  const raw = json.value as { entries: unknown[]; audit: unknown[] } & Record<string, unknown>;
  const entries: JournalEntry[] = [];
  const ids = new Set<string>();
  const refused = emptyRefusals();
  const found: { problem: BundleProblem | null } = { problem: null };
  await forEachChunk(
    raw.entries,
    (chunk, start) => {
      for (let i = 0; i < chunk.length; i += 1) {
        const checked = checkEntry(chunk[i], inFuture);
        if (!checked.ok) {
          const position = start + i + 1;
          const date = dateOf(chunk[i]);
          addRefusal(
            refused,
            {
              kind: 'entry',
              position,
              date,
              entryPosition: null,
              ...checked.refusal,
            },
            maxListed,
          );
          continue;
        }
        if (ids.has(checked.value.id)) {
          found.problem = { code: 'duplicate-id', id: checked.value.id };
          throw new StopChunks();
        }
        ids.add(checked.value.id);
        entries.push(checked.value);
      }
    },
    { phase: 'checking', onProgress: options.onProgress },
  ).catch((error: unknown) => {
    if (!(error instanceof StopChunks)) throw error;
  });
  if (found.problem) return { ok: false, problem: found.problem };

  const audit: BundleAuditRecord[] = [];
  let entryOf: Map<string, { position: number; date: string | null }> | null = null;
  for (let i = 0; i < raw.audit.length; i += 1) {
    const line = raw.audit[i];
    const parsed = auditRecordSchema.safeParse(line);
    const problem: Pick<Refusal, 'field' | 'reason'> | null = !parsed.success
      ? isRecord(line)
        ? refusalOf(parsed.error, line)
        : { field: null, reason: 'not-an-object' }
      : isAfterNow(parsed.data.at, now)
        ? { field: 'at', reason: 'in-future' }
        : null;
    if (problem === null && parsed.success) {
      const { seq: _seq, ...record } = parsed.data;
      audit.push(record);
      continue;
    }
    // Which entry the line belongs to, so the agent can find it (looked up on the first refusal).
    entryOf ??= positionsOf(raw.entries);
    const id = isRecord(line) && typeof line.entryId === 'string' ? line.entryId : '';
    const owner = entryOf.get(id);
    addRefusal(
      refused,
      {
        kind: 'audit',
        position: i + 1,
        date: owner?.date ?? null,
        entryPosition: owner?.position ?? null,
        ...(problem ?? { field: null, reason: 'not-allowed' }),
      },
      maxListed,
    );
  }
  return {
    ok: true,
    bundle: {
      format: BUNDLE_FORMAT,
      schemaVersion: BUNDLE_SCHEMA_VERSION,
      exportedAt: String(raw.exportedAt),
      siteId: String(raw.siteId),
      posteId: String(raw.posteId),
      entries,
      audit,
    },
    refused,
  };
}

/** Entry id → its position in the file (from 1) and its date. */
function positionsOf(
  entries: readonly unknown[],
): Map<string, { position: number; date: string | null }> {
  const positions = new Map<string, { position: number; date: string | null }>();
  entries.forEach((entry, i) => {
    if (isRecord(entry) && typeof entry.id === 'string' && !positions.has(entry.id))
      positions.set(entry.id, { position: i + 1, date: dateOf(entry) });
  });
  return positions;
}

/** Internal: ends the chunked validation at the first problem. */
class StopChunks extends Error {}
