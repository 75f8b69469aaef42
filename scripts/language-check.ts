/**
 * The language part of `npm run content:check`: every folder `locales/<code>/` of a content
 * folder is a language added as content. Checks its `language.json`, its UI catalogue
 * (`ui/<namespace>.json`, against the French one) and its exercise and parcours texts
 * (against the French files), and reports each gap with its file and JSON path. Gaps are
 * errors for a language marked `complete`, warnings for one in `preview`. Node only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { overlayGaps } from '../renderer/features/citizen/content/overlay';
import type { ContentProblem } from '../renderer/features/citizen/content/problem';
import {
  catalogueGaps,
  pluralCategories,
  type CatalogueTree,
} from '../renderer/i18n/catalogueGaps';
import { languageMetaSchema, type LanguageMeta } from '../renderer/i18n/languageMeta';
import { citizenNamespaces } from '../renderer/i18n/namespaces';

export interface LanguageReport {
  meta: LanguageMeta | null;
  folder: string;
  problems: ContentProblem[];
  /** Texts still to translate (UI keys plus content texts). */
  missing: number;
}

const readJson = (file: string): unknown =>
  JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));

const jsonNames = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.json'))
        .sort()
    : [];

/** Every language of `contentFolder/locales`, checked against the French sources. */
export function checkLanguages(
  contentFolder: string,
  french: Readonly<Record<string, CatalogueTree>>,
): LanguageReport[] {
  const root = path.join(contentFolder, 'locales');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((code) => checkLanguage(contentFolder, code, french));
}

function checkLanguage(
  contentFolder: string,
  code: string,
  french: Readonly<Record<string, CatalogueTree>>,
): LanguageReport {
  const folder = path.join('locales', code);
  const at = (...parts: string[]) => path.join(contentFolder, folder, ...parts);
  const problems: ContentProblem[] = [];
  let missing = 0;
  const file = (...parts: string[]) => [folder, ...parts].join('/');

  let meta: LanguageMeta | null = null;
  try {
    const parsed = languageMetaSchema.safeParse(readJson(at('language.json')));
    if (parsed.success) meta = parsed.data;
    else
      for (const issue of parsed.error.issues)
        problems.push(error(file('language.json'), issue.path.join('.'), issue.message));
  } catch (e) {
    problems.push(error(file('language.json'), '', `fichier absent ou illisible (${String(e)})`));
  }
  if (meta && meta.code !== code) {
    problems.push(error(file('language.json'), 'code', `le dossier s’appelle « ${code} »`));
  }
  const severity: ContentProblem['severity'] = meta?.status === 'preview' ? 'warning' : 'error';
  const gap = (f: string, jsonPath: string, message: string) => {
    missing += 1;
    problems.push({ file: f, jsonPath, message, severity });
  };

  for (const ns of citizenNamespaces(Object.keys(french))) {
    const name = `${ns}.json`;
    const source = french[ns];
    if (!source) continue;
    let translated: unknown = {};
    if (existsSync(at('ui', name))) {
      try {
        translated = readJson(at('ui', name));
      } catch (e) {
        problems.push(error(file('ui', name), '', `JSON illisible (${String(e)})`));
      }
    }
    const gaps = catalogueGaps(source, translated, pluralCategories(code));
    for (const key of gaps.missing) gap(file('ui', name), key, 'texte à traduire');
    for (const key of gaps.variables)
      problems.push(error(file('ui', name), key, 'variables {{…}} différentes du texte français'));
    for (const key of gaps.extra)
      problems.push({
        file: file('ui', name),
        jsonPath: key,
        message: 'clé inconnue en français',
        severity: 'warning',
      });
  }

  // The word bank and the Pix competence names: one file each, translated whole.
  for (const name of ['glossary.json', 'competences.json']) {
    const source = path.join(contentFolder, name);
    if (!existsSync(source)) continue;
    const overlayFile = at(name);
    const overlay: unknown = existsSync(overlayFile) ? readJson(overlayFile) : undefined;
    const gaps = overlayGaps(readJson(source), overlay);
    for (const p of gaps.missing) gap(file(name), p, 'texte à traduire');
  }

  for (const kind of ['exercises', 'parcours'] as const) {
    for (const name of jsonNames(path.join(contentFolder, kind))) {
      const source = readJson(path.join(contentFolder, kind, name));
      const overlayFile = at(kind, name);
      let overlay: unknown = undefined;
      if (existsSync(overlayFile)) {
        try {
          overlay = readJson(overlayFile);
        } catch (e) {
          problems.push(error(file(kind, name), '', `JSON illisible (${String(e)})`));
        }
      }
      const gaps = overlayGaps(source, overlay);
      if (overlay === undefined && gaps.missing.length > 0) {
        missing += gaps.missing.length;
        problems.push({
          file: file(kind, name),
          jsonPath: '',
          message: `fichier à créer (${gaps.missing.length} textes à traduire)`,
          severity,
        });
        continue;
      }
      for (const p of gaps.missing) gap(file(kind, name), p, 'texte à traduire');
      for (const p of gaps.extra)
        problems.push({
          file: file(kind, name),
          jsonPath: p,
          message: 'aucun texte français à cet endroit',
          severity: 'warning',
        });
    }
    for (const name of jsonNames(at(kind))) {
      if (!existsSync(path.join(contentFolder, kind, name))) {
        problems.push({
          file: file(kind, name),
          jsonPath: '',
          message: 'aucun fichier français de ce nom',
          severity: 'warning',
        });
      }
    }
  }
  return { meta, folder, problems, missing };
}

const error = (file: string, jsonPath: string, message: string): ContentProblem => ({
  file,
  jsonPath,
  message,
  severity: 'error',
});
