/**
 * The browser kiosk decides its first screen without zod (renderer/platform/web-config.ts):
 * these tests hold that zod-free part to what the schema itself gives.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG,
  parseConfigText,
  parseConfigValue,
  publicConfig,
} from '../../../electron/shared/config-schema';
import { describeConfigProblem } from '../../../electron/shared/config-problem-text';
import {
  attractFields,
  earlyWebConfig,
  fromParsed,
  publicConfigWithoutHub,
  WEB_DEFAULT_CONFIG,
  type FetchedConfig,
} from '../../../renderer/platform/web-config';

const SOURCE = '/config.json';
const root = path.resolve(import.meta.dirname, '../../..');

describe('the defaults written out for the boot', () => {
  it('are the schema’s defaults, public part included', () => {
    expect(WEB_DEFAULT_CONFIG).toEqual(DEFAULT_CONFIG);
    expect(publicConfigWithoutHub(WEB_DEFAULT_CONFIG)).toEqual(publicConfig(DEFAULT_CONFIG));
  });
});

describe('earlyWebConfig', () => {
  it('knows a missing file in full: defaults, no issue, first run possible', () => {
    expect(earlyWebConfig({ kind: 'absent' }, SOURCE, describeConfigProblem)).toEqual({
      kind: 'complete',
      web: {
        parsed: { config: DEFAULT_CONFIG, issues: [] },
        file: { state: 'absent' },
        hashIgnored: false,
      },
    });
  });

  it('knows a refused file in full: lockdown, the reason as the one issue', () => {
    const problem = { reason: 'unreadable', path: '/etc/k/config.json', detail: 'EACCES' } as const;
    const early = earlyWebConfig({ kind: 'failed', problem }, SOURCE, describeConfigProblem);
    expect(early).toMatchObject({
      kind: 'complete',
      web: { file: { state: 'failed', problem }, hashIgnored: false },
    });
    if (early.kind !== 'complete') throw new Error('complete expected');
    expect(early.web.parsed.config).toEqual({ ...DEFAULT_CONFIG, lockdown: true });
    expect(early.web.parsed.issues).toEqual([
      { path: '', message: expect.stringContaining('(EACCES)') as unknown },
    ]);
  });

  it.each([
    ['not JSON', '{ "siteId": "mairie-test", ', []],
    ['not an object', '["fr"]', []],
    ['a string', '"fr"', ['adminPinHash']],
  ])('gives for a file that is %s exactly what the schema gives', (_, text, removed) => {
    const fetched: FetchedConfig = { kind: 'text', text, removed };
    expect(earlyWebConfig(fetched, SOURCE, describeConfigProblem)).toEqual({
      kind: 'complete',
      web: fromParsed(parseConfigText(text), removed, SOURCE),
    });
  });

  it('leaves a JSON object to the schema, with what the attract screen shows', () => {
    const text = '\uFEFF{"siteName": " Mairie de Test ", "idle": {"timeoutSeconds": 5}}';
    const early = earlyWebConfig(
      { kind: 'text', text, removed: [] },
      SOURCE,
      describeConfigProblem,
    );
    expect(early).toMatchObject({
      kind: 'object',
      file: { state: 'read', path: SOURCE },
      attract: { siteName: 'Mairie de Test', languages: DEFAULT_CONFIG.languages },
    });
    // The file's state is the schema's too: the agent area's access does not wait for zod.
    expect(fromParsed(parseConfigText(text), [], SOURCE).file).toEqual({
      state: 'read',
      path: SOURCE,
    });
  });
});

describe('attractFields', () => {
  const siteNames: unknown[] = [
    undefined,
    'Mairie de Test',
    '  Accueil CCAS  ',
    '',
    '   ',
    'x'.repeat(80),
    ` ${'x'.repeat(80)} `,
    'x'.repeat(81),
    42,
    null,
    ['Mairie'],
  ];
  const languages: unknown[] = [
    undefined,
    { default: 'en', enabled: ['fr', 'en'] },
    { enabled: ['fr', 'ar'], preview: true },
    { default: 'ar', enabled: ['ar', 'fr'], preview: false, extra: 1 },
    { default: 'ar' },
    { default: 'en', enabled: ['en'] },
    { default: 'fr', enabled: [] },
    { default: 'fr', enabled: ['FR'] },
    { default: 'fra', enabled: ['fra', 'en'] },
    { default: 'fren', enabled: ['fren'] },
    { default: null },
    { enabled: null },
    { preview: 'oui' },
    { preview: null },
    { default: 'fr', enabled: ['fr', 3] },
    {},
    [],
    null,
    'fr',
  ];

  it('never differs from the schema when it answers (every combination tried)', () => {
    let answered = 0;
    for (const siteName of siteNames)
      for (const langs of languages) {
        const raw: Record<string, unknown> = { siteId: 'mairie-test' };
        if (siteName !== undefined) raw['siteName'] = siteName;
        if (langs !== undefined) raw['languages'] = langs;
        const fields = attractFields(raw);
        if (fields === null) continue;
        answered += 1;
        const { config } = parseConfigValue(raw);
        expect(fields, JSON.stringify(raw)).toEqual({
          siteName: config.siteName,
          languages: config.languages,
        });
      }
    expect(answered).toBeGreaterThan(20);
  });

  it.each([
    [
      'the example machine config',
      JSON.parse(readFileSync(path.join(root, 'resources/config.example.json'), 'utf8')) as Record<
        string,
        unknown
      >,
    ],
    ['the e2e config', { siteId: 'mairie-test', siteName: 'Mairie de Test', posteId: 'poste-1' }],
    ['an English default', { languages: { default: 'en', enabled: ['fr', 'en'] } }],
    ['a content language in preview', { languages: { enabled: ['fr', 'uk'], preview: true } }],
    ['a field only the schema checks being wrong', { siteId: 'Mairie Centre', idle: 'court' }],
  ])('answers for %s, so the attract screen paints without zod', (_, raw) => {
    expect(attractFields(raw)).not.toBeNull();
  });

  it.each([
    ['an empty site name', { siteName: ' ' }],
    ['a site name too long', { siteName: 'x'.repeat(81) }],
    ['a default language not enabled', { languages: { default: 'en', enabled: ['fr'] } }],
    ['a null default language', { languages: { default: null } }],
    ['no enabled language', { languages: { enabled: [] } }],
    ['a language code in capitals', { languages: { default: 'FR', enabled: ['FR'] } }],
  ])('leaves %s to the schema (it falls back to the default)', (_, raw) => {
    expect(attractFields(raw)).toBeNull();
  });

  it('does not share the defaults’ arrays with the config it returns', () => {
    const fields = attractFields({});
    fields?.languages.enabled.push('xx');
    expect(WEB_DEFAULT_CONFIG.languages.enabled).toEqual(['fr', 'en']);
  });
});
