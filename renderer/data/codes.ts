/** The shapes of the codes stored in rows (checked on every write and every import). */
/** INSEE commune code: 5 characters, Corsica's departments 2A/2B included. */
export const INSEE_PATTERN = /^\d[0-9AB]\d{3}$/;
/** Site and poste ids, as in the machine config. */
export const PLACE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
/** Agent codes: pseudonymous, lowercase letters, digits and dashes (e.g. `ag-07`). */
export const AGENT_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{1,23}$/;
/** Catalogue codes of démarches. */
export const DEMARCHE_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{0,59}$/;
