/**
 * CSV for Excel users (RFC 4180): UTF-8 with a byte-order mark (so Excel shows Chinese), CRLF
 * line ends, fields quoted when they hold a comma, quote or line break, and quotes doubled.
 * Cells that a spreadsheet would run as a formula (starting with = + - @, or a tab / carriage
 * return that hides one) get a leading single quote (OWASP "CSV injection").
 */
export const UTF8_BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  const safe = neutralizeFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: readonly string[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}
