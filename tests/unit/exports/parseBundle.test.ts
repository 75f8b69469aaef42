import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_JOURNAL_FILE_BYTES } from '../../../electron/shared/limits';
import { BUNDLE_FORMAT } from '../../../renderer/features/exports/bundleFormat';
import { parseBundle, type BundleProblem } from '../../../renderer/features/exports/parseBundle';
import { randomEntries } from '../stats/helpers';
import { bundleOf, bundleText } from './bundles';

type Json = Record<string, unknown> & {
  entries: Array<Record<string, unknown>>;
  audit: Array<Record<string, unknown>>;
};
const validJson = (): Json => JSON.parse(bundleText(10)) as Json;

async function problemOf(text: string): Promise<BundleProblem> {
  const result = await parseBundle(text);
  if (result.ok) throw new Error('the bundle was accepted');
  return result.problem;
}

describe('bundle round trip', () => {
  it('gives back exactly the entries and audit records written', async () => {
    const entries = randomEntries(300, 8);
    const bundle = bundleOf(entries);
    const result = await parseBundle(JSON.stringify(bundle));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bundle.entries).toEqual(entries);
    expect(result.bundle.audit).toEqual(bundle.audit);
    expect(result.bundle).toMatchObject({
      format: BUNDLE_FORMAT,
      schemaVersion: 1,
      siteId: 'mairie-nord',
      posteId: 'poste-1',
    });
  });

  it('accepts a BOM and an empty journal', async () => {
    expect((await parseBundle(`\uFEFF${JSON.stringify(bundleOf([]))}`)).ok).toBe(true);
  });
});

describe('hostile or broken bundles are refused whole, with the reason', () => {
  it('empty file', async () => expect(await problemOf('  ')).toEqual({ code: 'empty' }));

  it('truncated file', async () => {
    const text = bundleText(50);
    expect(await problemOf(text.slice(0, Math.floor(text.length / 2)))).toEqual({
      code: 'truncated',
    });
  });

  it('not JSON at all', async () =>
    expect(await problemOf('Identifiant;Date\r\n1;2')).toEqual({ code: 'not-json' }));

  it('some other JSON file', async () =>
    expect(await problemOf('{"siteId":"x"}')).toEqual({ code: 'not-a-bundle' }));

  it('too large', async () => {
    const huge = { length: MAX_JOURNAL_FILE_BYTES + 1 } as unknown as string; // length is all that is read first
    expect(await problemOf(huge)).toEqual({ code: 'too-large', maxMb: 200 });
  });

  it('future schema version', async () => {
    const json = validJson();
    json.schemaVersion = 99;
    expect(await problemOf(JSON.stringify(json))).toEqual({
      code: 'future-version',
      version: 99,
      supported: 1,
    });
  });

  it('__proto__ and constructor keys', async () => {
    const text = bundleText(3).replace('"siteId":', '"__proto__":{"polluted":true},"siteId":');
    expect(await problemOf(text)).toMatchObject({ code: 'forbidden-key' });
    const json = validJson();
    const first = json.entries[0] as Record<string, unknown>;
    first['constructor'] = { prototype: { polluted: true } };
    expect(await problemOf(JSON.stringify(json))).toEqual({
      code: 'forbidden-key',
      path: 'entries[0].constructor',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('huge strings', async () => {
    const json = validJson();
    (json.entries[2] as Record<string, unknown>).demarche = 'x'.repeat(100_000);
    expect(await problemOf(JSON.stringify(json))).toEqual({
      code: 'huge-string',
      path: 'entries[2].demarche',
    });
  });

  it('deep nesting', async () => {
    const json = validJson();
    let deep: unknown = 1;
    for (let i = 0; i < 5_000; i += 1) deep = [deep];
    (json.entries[0] as Record<string, unknown>).note = deep;
    expect(await problemOf(JSON.stringify(json))).toMatchObject({ code: 'too-deep' });
  });

  it('duplicated ids', async () => {
    const json = validJson();
    (json.entries[5] as Record<string, unknown>).id = json.entries[1]?.id;
    expect(await problemOf(JSON.stringify(json))).toEqual({
      code: 'duplicate-id',
      id: json.entries[1]?.id,
    });
  });
});

/** The records left out of an otherwise valid bundle, and what was kept. */
async function leftOut(json: Json) {
  const result = await parseBundle(JSON.stringify(json), { now: new Date('2026-12-01T12:00:00Z') });
  if (!result.ok) throw new Error(`the whole file was refused: ${result.problem.code}`);
  return { refused: result.refused.listed, kept: result.bundle };
}

describe('a bad entry or history line is left out with its reason, the rest is imported', () => {
  it('wrong types', async () => {
    const json = validJson();
    (json.entries[3] as Record<string, unknown>).dureeMinutes = '15';
    const { refused, kept } = await leftOut(json);
    expect(refused).toMatchObject([
      { kind: 'entry', position: 4, field: 'dureeMinutes', reason: 'wrong-type' },
    ]);
    expect(kept.entries).toHaveLength(9);
    expect(kept.entries.map((e) => e.id)).not.toContain(json.entries[3]?.id);
  });

  it('missing fields', async () => {
    const json = validJson();
    delete (json.entries[4] as Record<string, unknown>).issue;
    expect((await leftOut(json)).refused).toMatchObject([
      { kind: 'entry', position: 5, field: 'issue', reason: 'missing' },
    ]);
  });

  it('a bundle without its list of entries is refused whole', async () => {
    const noEntries = validJson();
    delete (noEntries as Record<string, unknown>).entries;
    expect(await problemOf(JSON.stringify(noEntries))).toEqual({
      code: 'invalid',
      path: 'entries',
    });
  });

  it('unknown fields and personal data in a note', async () => {
    const json = validJson();
    (json.entries[0] as Record<string, unknown>).nom = 'Dupont';
    (json.entries[1] as Record<string, unknown>).note = 'rappeler au 06 12 34 56 78';
    const { refused, kept } = await leftOut(json);
    expect(refused).toMatchObject([
      { position: 1, field: null, reason: 'unknown-field' },
      { position: 2, field: 'note', reason: 'personal-data', personalData: ['phone'] },
    ]);
    expect(JSON.stringify(kept)).not.toMatch(/Dupont|06 12/);
  });

  it('a broken audit record', async () => {
    const json = validJson();
    (json.audit[0] as Record<string, unknown>).action = 'hack';
    const { refused, kept } = await leftOut(json);
    expect(refused).toMatchObject([
      { kind: 'audit', position: 1, entryPosition: 1, field: 'action', reason: 'not-allowed' },
    ]);
    expect(kept.audit).toHaveLength(9);
  });
});

describe('the e2e fixtures', () => {
  const read = (name: string) =>
    readFileSync(new URL(`../../fixtures/bundles/${name}`, import.meta.url), 'utf8');
  it('are a valid bundle, a truncated one and a future one', async () => {
    const valid = await parseBundle(read('two-sites-2026q1.json'));
    expect(valid.ok && valid.bundle.entries.length).toBe(240);
    expect(await problemOf(read('truncated.json'))).toEqual({ code: 'truncated' });
    expect(await problemOf(read('future-version.json'))).toEqual({
      code: 'future-version',
      version: 7,
      supported: 1,
    });
  });
});
