/**
 * The hub schema version this app needs (resources/hub/00N_*.sql). A hub below it is reported
 * to IT in plain French instead of failing on a missing column; a hub above it is fine as long
 * as migrations only add (docs/hub.md, « Faire évoluer le schéma »).
 */
export const HUB_SCHEMA_REQUIRED = 2;
