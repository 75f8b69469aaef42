/**
 * Reads a bundle from another counter without trusting it. Any problem refuses the WHOLE file
 * with a precise reason (nothing is written before the file passed every check):
 * size cap, unreadable or truncated JSON, wrong format, future version, forbidden keys
 * (`__proto__`, `constructor`, `prototype`), huge strings, deep nesting, zod validation of every
 * entry and audit record with the journal's own schema, duplicated ids.
 */
import { z } from 'zod';
import { upgradeJournalV1 } from '../../data/upgrades/v2';
import type { JournalEntry } from '../../data/types';
import { auditRecordSchema, journalEntrySchema } from '../journal';
import {
  BUNDLE_FORMAT,
  BUNDLE_SCHEMA_VERSION,
  type BundleAuditRecord,
  type JournalBundle,
} from './bundleFormat';
import { forEachChunk, type ProgressListener } from './progress';

/** 200 MB of text: about 400,000 entries; a JS string cannot grow much beyond 500 MB. */
export const MAX_BUNDLE_CHARS = 200 * 1024 * 1024;
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
  | { code: 'invalid'; path: string; detail: string }
  | { code: 'duplicate-id'; id: string };

export type ParseResult =
  { ok: true; bundle: JournalBundle } | { ok: false; problem: BundleProblem };

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

function firstIssue(error: z.ZodError, prefix: (string | number)[]): BundleProblem {
  const issue = error.issues[0];
  const path = [
    ...prefix,
    ...(issue?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p)),
  ];
  return { code: 'invalid', path: pathText(path), detail: issue?.message ?? 'invalid' };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Entries written by an older kiosk are brought to the current shape before validation. */
function upgradeEntry(raw: unknown): unknown {
  return isRecord(raw) && raw.schemaVersion === 1 ? upgradeJournalV1(raw) : raw;
}

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
  return header.success ? null : firstIssue(header.error, []);
}

/** Parses and checks a bundle's text; the bundle is returned only when everything passed. */
export async function parseBundle(
  text: string,
  onProgress?: ProgressListener,
): Promise<ParseResult> {
  if (text.length > MAX_BUNDLE_CHARS)
    return { ok: false, problem: { code: 'too-large', maxMb: MAX_BUNDLE_CHARS / 1024 / 1024 } };
  const json = parseJson(text);
  if (!json.ok) return json;
  const headerProblem = checkHeader(json.value);
  if (headerProblem) return { ok: false, problem: headerProblem };

  const raw = json.value as { entries: unknown[]; audit: unknown[] } & Record<string, unknown>;
  const entries: JournalEntry[] = new Array<JournalEntry>(raw.entries.length);
  const ids = new Set<string>();
  const found: { problem: BundleProblem | null } = { problem: null };
  await forEachChunk(
    raw.entries,
    (chunk, start) => {
      for (let i = 0; i < chunk.length; i += 1) {
        const parsed = journalEntrySchema.safeParse(upgradeEntry(chunk[i]));
        if (!parsed.success) found.problem = firstIssue(parsed.error, ['entries', start + i]);
        else if (ids.has(parsed.data.id))
          found.problem = { code: 'duplicate-id', id: parsed.data.id };
        if (found.problem || !parsed.success) throw new StopChunks();
        ids.add(parsed.data.id);
        entries[start + i] = parsed.data;
      }
    },
    { phase: 'checking', onProgress },
  ).catch((error: unknown) => {
    if (!(error instanceof StopChunks)) throw error;
  });
  if (found.problem) return { ok: false, problem: found.problem };

  const audit: BundleAuditRecord[] = [];
  for (let i = 0; i < raw.audit.length; i += 1) {
    const parsed = auditRecordSchema.safeParse(raw.audit[i]);
    if (!parsed.success) return { ok: false, problem: firstIssue(parsed.error, ['audit', i]) };
    const { seq: _seq, ...record } = parsed.data;
    audit.push(record);
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
  };
}

/** Internal: ends the chunked validation at the first problem. */
class StopChunks extends Error {}
