/**
 * The public surface of the exports feature: other features import from here only (checked by
 * dependency-cruiser in `npm run lint`); the rest of the folder is the feature's own.
 */
export * from './ImportReport';
export * from './ProgressBar';
export * from './bundleFormat';
export * from './exportData';
export * from './importBundle';
export * from './progress';
export * from './refusals';
export * from './useBundleImport';
