/**
 * `npm run content:check [folder]`: validates every exercise and parcours file (schema and
 * cross-checks, recorded audio files present), prints each problem with its file and JSON path, exits 1 on any error.
 * Default folder: resources/content.
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

const folder = process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_CONTENT_FOLDER;
const files = readContentFolder(folder);
const { problems, exercises, parcours } = validateContent(files, listAudioFiles(folder));
problems.push(...checkGlossary(folder));
const languages = checkLanguages(folder, fr as unknown as Record<string, CatalogueTree>);
for (const language of languages) problems.push(...language.problems);
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
  console.info(`Langue ${language.folder} (${name}) : ${language.missing} texte(s) à traduire.`);
}
console.info(
  `Contenu valide : ${exercises.length} exercices, ${parcours.length} parcours (${folder}).`,
);
