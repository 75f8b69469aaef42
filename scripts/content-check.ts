/**
 * `npm run content:check [folder] [--langue <code>]`: validates every exercise and parcours
 * file (schema and cross-checks, recorded audio files present) and every language added as
 * content, prints each problem with its file and JSON path, exits 1 on any error. Default
 * folder: resources/content. The texts still to translate of a language in preview are
 * counted, and listed one by one with `--langue <code>` (what a translator runs).
 */
import path from 'node:path';
import { z } from 'zod';
import { validateContent } from '../renderer/features/citizen/content/validate';
import type { CatalogueTree } from '../renderer/i18n/catalogueGaps';
import { fr } from '../renderer/i18n/resources';
import { DEFAULT_CONTENT_FOLDER, listAudioFiles, readContentFolder } from './content-files';
import { checkGlossary } from './glossary-check';
import { checkLanguages } from './language-check';

// Messages in French: the people who write content are médiateurs, not developers.
z.config(z.locales.fr());

const args = process.argv.slice(2);
const langFlag = args.indexOf('--langue');
const detailFor = langFlag >= 0 ? args[langFlag + 1] : undefined;
const folderArg = args.find((a, i) => !a.startsWith('--') && (langFlag < 0 || i !== langFlag + 1));
const folder = folderArg ? path.resolve(folderArg) : DEFAULT_CONTENT_FOLDER;
const files = readContentFolder(folder);
const { problems, exercises, parcours } = validateContent(files, listAudioFiles(folder));
problems.push(...checkGlossary(folder));
const languages = checkLanguages(folder, fr as unknown as Record<string, CatalogueTree>);
for (const language of languages) {
  const code = language.meta?.code ?? language.folder;
  const listed = language.meta?.status !== 'preview' || detailFor === code;
  problems.push(...language.problems.filter((p) => listed || p.severity === 'error'));
}
const errors = problems.filter((p) => p.severity === 'error');

for (const p of problems) {
  const where = p.jsonPath ? `${p.file} › ${p.jsonPath}` : p.file;
  const line = `${p.severity === 'error' ? 'ERREUR' : 'attention'}  ${where} : ${p.message}`;
  if (p.severity === 'error') console.error(line);
  else console.warn(line);
}

if (files.length === 0) {
  console.error(`ERREUR  aucun fichier de contenu dans ${folder}`);
  process.exit(1);
}
if (errors.length > 0) {
  console.error(`\n${errors.length} erreur(s) dans ${folder}.`);
  process.exit(1);
}
for (const language of languages) {
  const name = language.meta
    ? `${language.meta.nameFr}, ${language.meta.status === 'complete' ? 'complète' : 'en aperçu'}`
    : 'sans language.json';
  const more =
    language.meta?.status === 'preview' && language.missing > 0 && detailFor !== language.meta.code
      ? ` (liste : npm run content:check -- --langue ${language.meta.code})`
      : '';
  console.info(
    `Langue ${language.folder} (${name}) : ${language.missing} texte(s) à traduire${more}.`,
  );
}
console.info(
  `Contenu valide : ${exercises.length} exercices, ${parcours.length} parcours (${folder}).`,
);
