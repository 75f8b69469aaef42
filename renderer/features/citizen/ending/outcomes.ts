/**
 * What the end screen tells, from the outcomes of a parcours (pure): which exercises were done,
 * which were skipped, and the outcomes after skipped ones were retried.
 */
import type { Outcome } from '../flow/ExerciseRunner';

export interface EndTally {
  done: string[];
  skipped: string[];
  /** 'all' only when every exercise was done: "Bravo" is said for what was done, never more. */
  verdict: 'all' | 'some' | 'none';
}

/** Exercise ids done and skipped, in the parcours' order (last outcome of each wins). */
export function tally(outcomes: readonly Outcome[]): EndTally {
  const last = new Map<string, Outcome['result']>();
  for (const o of outcomes) last.set(o.exerciseId, o.result);
  const done = [...last].filter(([, r]) => r === 'success').map(([id]) => id);
  const skipped = [...last].filter(([, r]) => r === 'skipped').map(([id]) => id);
  const verdict =
    skipped.length === 0 && done.length > 0 ? 'all' : done.length > 0 ? 'some' : 'none';
  return { done, skipped, verdict };
}

/**
 * The outcomes after a retry: each retried exercise's new outcome replaces its old one, in
 * place, so the order stays the parcours' order.
 */
export function mergeRetried(previous: readonly Outcome[], retried: readonly Outcome[]): Outcome[] {
  const fresh = new Map(retried.map((o) => [o.exerciseId, o]));
  return previous.map((o) => fresh.get(o.exerciseId) ?? o);
}
