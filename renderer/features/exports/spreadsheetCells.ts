/**
 * Cell hygiene for CSV files opened in Excel or LibreOffice: a cell that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return is read as a formula ("formula injection"); a leading
 * apostrophe makes it plain text. Done here rather than with papaparse's `escapeFormulae`,
 * whose pattern misses multi-line cells (`=1+1\n…`).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text of a cell, neutralised when a spreadsheet would evaluate it. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A number with a decimal comma, as French Excel reads it (12.5 → "12,5"). */
export function frenchNumber(value: number, digits = 1): string {
  const rounded = Number.isInteger(value) ? String(value) : value.toFixed(digits);
  return rounded.replace('.', ',');
}

/** UTF-8 byte-order mark: tells Excel the file is UTF-8 (accents would break without it). */
export const BOM = '\uFEFF';

/** The separators French Excel expects. */
export const CSV_OPTIONS = { delimiter: ';', newline: '\r\n' } as const;
