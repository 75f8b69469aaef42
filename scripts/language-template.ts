/**
 * `npm run language:new -- <code> "<name in the language>" "<name in French>" [rtl]`:
 * starts a language added as content. Creates `resources/content/locales/<code>/` with its
 * `language.json` (status `preview`) and, for every UI namespace, exercise and parcours that
 * has no file yet, a file of the same shape whose texts are empty strings to fill in.
 * Existing files are never overwritten, so it also adds what new exercises need.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isLocalizedText } from '../renderer/features/citizen/content/overlay';
import { fillGaps, pluralCategories, type CatalogueTree } from '../renderer/i18n/catalogueGaps';
import { languageCode } from '../renderer/i18n/languageMeta';
import { citizenNamespaces } from '../renderer/i18n/namespaces';
import { fr } from '../renderer/i18n/resources';
import { DEFAULT_CONTENT_FOLDER } from './content-files';

/** The shape of a content file with each localized text turned into an empty string. */
export function blankOverlay(source: unknown): unknown {
  if (isLocalizedText(source)) return '';
  if (Array.isArray(source)) return source.map(blankOverlay);
  if (typeof source === 'object' && source !== null) {
    const entries = Object.entries(source)
      .map(([k, v]) => [k, blankOverlay(v)] as const)
      .filter(([, v]) => hasText(v));
    return Object.fromEntries(entries);
  }
  return undefined;
}

const hasText = (v: unknown): boolean =>
  v === '' ||
  (Array.isArray(v)
    ? v.some(hasText)
    : typeof v === 'object' && v !== null && Object.keys(v).length > 0);

/** The same keys as a French catalogue, every text empty. */
export function blankCatalogue(source: unknown): unknown {
  if (typeof source === 'string') return '';
  return Object.fromEntries(
    Object.entries(source as object).map(([k, v]) => [k, blankCatalogue(v)]),
  );
}

function main(): void {
  const [code, name, nameFr, dir] = process.argv.slice(2);
  if (!code || !languageCode.safeParse(code).success || !name || !nameFr) {
    console.error(
      'Usage : npm run language:new -- <code> "<nom dans la langue>" "<nom en français>" [rtl]',
    );
    process.exit(2);
  }
  const root = path.join(DEFAULT_CONTENT_FOLDER, 'locales', code);
  const write = (file: string, value: unknown) => {
    const target = path.join(root, file);
    if (existsSync(target)) return;
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, `${JSON.stringify(value, null, 2)}\n`);
    console.info(`créé : ${path.relative(process.cwd(), target)}`);
  };
  write('language.json', {
    code,
    name,
    nameFr,
    dir: dir === 'rtl' ? 'rtl' : 'ltr',
    status: 'preview',
  });
  for (const ns of citizenNamespaces(Object.keys(fr))) {
    write(
      `ui/${ns}.json`,
      blankCatalogue(
        fillGaps(
          fr[ns as keyof typeof fr] as unknown as CatalogueTree,
          {},
          '',
          pluralCategories(code),
        ),
      ),
    );
  }
  for (const name of ['glossary.json', 'competences.json']) {
    const source = path.join(DEFAULT_CONTENT_FOLDER, name);
    if (existsSync(source)) write(name, blankOverlay(JSON.parse(readFileSync(source, 'utf8'))));
  }
  for (const kind of ['exercises', 'parcours']) {
    for (const file of readdirSync(path.join(DEFAULT_CONTENT_FOLDER, kind)).filter((n) =>
      n.endsWith('.json'),
    )) {
      const source: unknown = JSON.parse(
        readFileSync(path.join(DEFAULT_CONTENT_FOLDER, kind, file), 'utf8'),
      );
      write(`${kind}/${file}`, blankOverlay(source));
    }
  }
  console.info('Ensuite : traduire chaque texte vide, puis npm run content:check.');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
