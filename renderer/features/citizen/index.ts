/**
 * The public surface of the citizen feature: other features import from here only (checked by
 * dependency-cruiser in `npm run lint`); the rest of the folder is the feature's own.
 */
export * from './content/competences';
export { COMPETENCE_NAMES } from './content/competenceNames';
export * from './content/load';
export * from './interactions/types';
export * from './practice/record';
