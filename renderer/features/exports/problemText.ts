/** The sentence that explains why a file was refused, in the interface language. */
import type { TFunction } from 'i18next';
import type { ImportOutcome } from './importBundle';

type Problem = Extract<ImportOutcome, { ok: false }>['problem'];

export function problemText(t: TFunction<'stats'>, problem: Problem): string {
  const { code, ...params } = problem;
  // The key is chosen at run time, so its interpolation values cannot be checked statically;
  // each message of `import.problems` uses exactly the fields of its problem.
  const dynamic = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return t('import.refused', { reason: dynamic(`import.problems.${code}`, params) });
}
