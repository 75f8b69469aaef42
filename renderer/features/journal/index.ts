/**
 * The public surface of the journal feature: other features import from here only (checked by
 * dependency-cruiser in `npm run lint`); the rest of the folder is the feature's own.
 */
export * from './catalogue';
export * from './draft';
export * from './form/DemarchePicker';
export * from './form/EntryForm';
export * from './form/TermOptions';
export * from './form/checkForm';
export * from './form/formState';
export * from './form/useRevealFirstError';
export * from './form/useTermLabel';
export * from './model';
export * from './personalData';
export * from './validation';
