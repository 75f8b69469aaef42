/**
 * Answer checking as Pix does it: a fixed normalisation, then optional tolerances T1, T2, T3
 * (in that order), against every accepted variant. Choices are compared by id elsewhere and
 * never normalised.
 */
import type { AnswerSpec, Tolerance } from '../content/primitives';

/**
 * Always applied first, to the answer and to every accepted solution: Pix's NFC and
 * non-breaking spaces, plus the kiosk's own rule that spaces at the ends and doubled spaces
 * are never a mistake (a beginner cannot see them, and no exercise teaches them).
 */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00A0/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** T1: trim, lower-case, strip accents (NFD then drop U+0300–U+036F), remove all whitespace. */
export function applyT1(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, '');
}

/** T2: drop every character outside [a-zA-Z0-9 ] and collapse repeated spaces. */
export function applyT2(text: string): string {
  return text.replace(/[^a-zA-Z0-9 ]/g, '').replace(/ {2,}/g, ' ');
}

/** Edit distance (insertions, deletions, substitutions), on UTF-16 code units. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** T3 threshold: distance ÷ length of the accepted answer. */
export const T3_MAX_RATIO = 0.25;

export const toleranceList = (spec: AnswerSpec): readonly Tolerance[] =>
  spec.tolerances === 'exact' ? [] : spec.tolerances;

/** Normalises then applies T1 and/or T2 when chosen (T3 is a comparison, not a transform). */
export function prepare(text: string, tolerances: readonly Tolerance[]): string {
  let value = normalise(text);
  if (tolerances.includes('T1')) value = applyT1(value);
  if (tolerances.includes('T2')) value = applyT2(value);
  return value;
}

/** True when `answer` matches one accepted variant under the spec's tolerances. */
export function checkAnswer(answer: string, spec: AnswerSpec): boolean {
  const tolerances = toleranceList(spec);
  const given = prepare(answer, tolerances);
  return spec.accepted.some((accepted) => {
    const expected = prepare(accepted, tolerances);
    if (given === expected) return true;
    if (!tolerances.includes('T3') || expected.length === 0) return false;
    return levenshtein(given, expected) / expected.length <= T3_MAX_RATIO;
  });
}
