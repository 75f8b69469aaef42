/**
 * Size caps, one value per payload, shared by main, the renderer, the docs and the tests
 * (tests/unit/shared/limits.test.ts checks the docs say the same).
 */

/**
 * Every file of the journal: a bundle (consolidation export, backup, import, restore) or a
 * CSV export (a CSV of a journal is smaller than its bundle). 200 MiB is about 400,000
 * entries in a bundle, and stays well under what one JavaScript string can hold (~500 M
 * characters). Main counts the file's UTF-8 bytes; the renderer, which holds text, counts
 * characters, never more than the bytes, so it never refuses what main accepted.
 */
export const MAX_JOURNAL_FILE_MB = 200;
export const MAX_JOURNAL_FILE_BYTES = MAX_JOURNAL_FILE_MB * 1024 * 1024;
