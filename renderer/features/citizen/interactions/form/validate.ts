import type { FieldKind } from './schema';

/** Why a field's value is not acceptable yet; null when its format is right. */
export type FieldProblem =
  'required' | 'name' | 'date' | 'dateFuture' | 'postcode' | 'email' | 'phone' | null;

/** Parses JJ/MM/AAAA into a real calendar date, or null. */
export function parseFrenchDate(value: string): Date | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 ? date : null;
}

/** The live validation rule of each field kind (format only, not the expected value). */
export function validateField(
  kind: FieldKind,
  raw: string,
  today: Date = new Date(),
): FieldProblem {
  const value = raw.trim();
  if (value === '') return 'required';
  switch (kind) {
    case 'name':
      return /^[\p{L}][\p{L}' -]*$/u.test(value) ? null : 'name';
    case 'date': {
      const date = parseFrenchDate(value);
      if (!date) return 'date';
      return date.getTime() > today.getTime() ? 'dateFuture' : null;
    }
    case 'postcode':
      return /^\d{5}$/.test(value) ? null : 'postcode';
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? null : 'email';
    case 'phone':
      return /^0\d( ?\d{2}){4}$/.test(value) ? null : 'phone';
    case 'text':
      return null;
  }
}
