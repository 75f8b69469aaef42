/**
 * Names the first real difference between a typed answer and the text it should match, so
 * the feedback can say "the b of bonjour is a capital" rather than a generic checklist.
 * Both texts go through the same normalisation as the answer check first (spaces at the ends
 * and doubled spaces are never a difference).
 */
import type { AnswerSpec } from '../content/primitives';
import { levenshtein, normalise, prepare, toleranceList } from './check';

export type Mismatch =
  /** Same letter, the capital is missing (`b` for `B`). */
  | { kind: 'capital'; expected: string; given: string; word: string }
  /** Same letter, a capital where there should be none. */
  | { kind: 'lowercase'; expected: string; given: string; word: string }
  /** Same letter, accent missing or wrong (`e` for `è`, `é` for `è`). */
  | { kind: 'accent'; expected: string; given: string; word: string }
  /** A character of the model is missing; `after` is the text typed right before it. */
  | { kind: 'missing'; expected: string; after: string }
  /** A character too many. */
  | { kind: 'extra'; given: string; after: string }
  /** Another character in its place. */
  | { kind: 'different'; expected: string; given: string; word: string };

const bare = (c: string) =>
  c
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const stripAccents = (c: string) => c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** The word of `text` around position `at` (the whole text when it has no space). */
function wordAt(text: string, at: number): string {
  const start = text.lastIndexOf(' ', at - 1) + 1;
  const end = text.indexOf(' ', at);
  return text.slice(start, end === -1 ? undefined : end);
}

/** The last word before position `at`, to say where something is missing or extra. */
function before(text: string, at: number): string {
  const head = text.slice(0, at).trimEnd();
  return head.slice(head.lastIndexOf(' ') + 1);
}

/** The first difference between `givenRaw` and `expectedRaw`, or null when they match. */
export function firstMismatch(givenRaw: string, expectedRaw: string): Mismatch | null {
  // Code points, so an accented capital counts as one character.
  const given = [...normalise(givenRaw)];
  const expected = [...normalise(expectedRaw)];
  let i = 0;
  while (i < given.length && i < expected.length && given[i] === expected[i]) i++;
  if (i === given.length && i === expected.length) return null;
  const g = given[i];
  const e = expected[i];
  const expectedText = expected.join('');
  const givenText = given.join('');
  const at = expected.slice(0, i).join('').length;
  const rest = (list: string[], from: number) => list.slice(from).join('');

  if (g !== undefined && e !== undefined && bare(g) === bare(e)) {
    const word = wordAt(expectedText, at);
    if (stripAccents(g) !== stripAccents(e)) {
      const kind = e === e.toUpperCase() ? 'capital' : 'lowercase';
      // A case difference that also has the wrong accent is named as the accent once the
      // case is right; the capital comes first because it is the first thing seen.
      return { kind, expected: e, given: g, word };
    }
    return { kind: 'accent', expected: e, given: g, word };
  }
  if (e !== undefined && (g === undefined || rest(given, i) === rest(expected, i + 1)))
    return { kind: 'missing', expected: e, after: before(expectedText, at) };
  if (g !== undefined && (e === undefined || rest(given, i + 1) === rest(expected, i)))
    return { kind: 'extra', given: g, after: before(givenText, at) };
  return { kind: 'different', expected: e ?? '', given: g ?? '', word: wordAt(expectedText, at) };
}

/** The accepted variant closest to what was typed (by edit distance after normalisation). */
export function closestAccepted(given: string, accepted: readonly string[]): string | undefined {
  const typed = normalise(given);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of accepted) {
    const distance = levenshtein(typed, normalise(candidate));
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/**
 * The first mistake in a typed answer against the closest accepted variant, once the spec's
 * tolerances are applied to both (so a forgiven capital is never named). Null when it matches.
 */
export function explainAnswer(given: string, spec: AnswerSpec): Mismatch | null {
  const tolerances = toleranceList(spec);
  const typed = prepare(given, tolerances);
  const target = closestAccepted(
    typed,
    spec.accepted.map((a) => prepare(a, tolerances)),
  );
  return target === undefined ? null : firstMismatch(typed, target);
}
