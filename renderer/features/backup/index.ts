/**
 * The public surface of the backup feature: other features import from here only (checked by
 * dependency-cruiser in `npm run lint`); the rest of the folder is the feature's own.
 */
export * from './dailyBackup';
export * from './lifecycle';
export * from './retention';
export * from './storage';
