/** The app's IndexedDB database name, on its own: the boot reads it without the schema's code. */
export const DB_NAME = 'kiosque-numerique';
