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

/**
 * Quoting rule of papaparse's `unparse` with `;`: a cell is quoted when it holds the separator,
 * a quote, a line break or a BOM, or starts or ends with a space; quotes inside are doubled.
 */
const NEEDS_QUOTES = /[;"\r\n\uFEFF]|^ | $/;

/** One CSV cell (numbers as they are, text quoted when needed). */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A text cell as the CSV writes it: neutralised against formulas, then quoted when needed. */
export const textCell = (text: string): string => csvCell(neutraliseFormula(text));

/**
 * CSV lines of `rows`, each ended by CRLF (the statistics and the journal's header; the journal's
 * rows have their own writer). Papaparse took three times as long; tests check both give the
 * same bytes.
 */
export function csvLines(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  let text = '';
  for (const row of rows)
    text += `${row.map(csvCell).join(CSV_OPTIONS.delimiter)}${CSV_OPTIONS.newline}`;
  return text;
}
