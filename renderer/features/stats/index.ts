/**
 * The public surface of the stats feature: other features import from here only (checked by
 * dependency-cruiser in `npm run lint`); the rest of the folder is the feature's own.
 */
export * from './PeriodPicker';
export * from './labels';
export * from './period';
export * from './statsQuery';
export * from './types';
