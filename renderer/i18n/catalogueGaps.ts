/**
 * Compares a translated UI catalogue with the French one (the source of truth): which keys
 * are missing, which are left over, which lost an interpolation variable. Plural keys follow
 * the target language's own plural forms (French has `_one`/`_other`, Arabic six forms,
 * from Intl.PluralRules), as i18next looks them up. Pure.
 */
/** The marker put before a French text standing in for a missing translation (preview mode). */
export const MISSING_MARKER = '⚑FR ';

export type CatalogueTree = { readonly [key: string]: string | CatalogueTree };

export interface CatalogueGaps {
  missing: string[];
  extra: string[];
  /** Keys whose `{{variables}}` differ from the French text's. */
  variables: string[];
}

const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;

const variablesOf = (text: string): string =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

const isTree = (value: unknown): value is CatalogueTree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The plural categories of a language, as i18next suffixes them. */
export const pluralCategories = (lang: string): string[] =>
  new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

/**
 * The French catalogue's keys as the target language needs them: each plural group
 * (`x_one`, `x_other`) becomes the target's forms, each with the French text to compare with.
 */
function expectedKeys(
  source: CatalogueTree,
  categories: readonly string[],
): Map<string, string | CatalogueTree> {
  const out = new Map<string, string | CatalogueTree>();
  for (const [key, value] of Object.entries(source)) {
    const plural = typeof value === 'string' ? PLURAL.exec(key) : null;
    const base = plural?.[1];
    if (base !== undefined && typeof source[`${base}_other`] === 'string') {
      const other = source[`${base}_other`] as string;
      for (const c of categories) {
        const french =
          c === 'one' && typeof source[`${base}_one`] === 'string' ? source[`${base}_one`] : other;
        out.set(`${base}_${c}`, french as string);
      }
    } else out.set(key, value);
  }
  return out;
}

export function catalogueGaps(
  source: CatalogueTree,
  translated: unknown,
  categories: readonly string[] = ['one', 'other'],
): CatalogueGaps {
  const gaps: CatalogueGaps = { missing: [], extra: [], variables: [] };
  walk(source, isTree(translated) ? translated : {}, '', gaps, categories);
  return gaps;
}

function walk(
  source: CatalogueTree,
  translated: CatalogueTree,
  prefix: string,
  gaps: CatalogueGaps,
  categories: readonly string[],
) {
  const expected = expectedKeys(source, categories);
  for (const [key, value] of expected) {
    const path = prefix ? `${prefix}.${key}` : key;
    const other = translated[key];
    if (typeof value === 'string') {
      if (typeof other !== 'string' || other.trim() === '') gaps.missing.push(path);
      // A plural form may drop {{count}} where the language writes the number in words.
      else if (
        variablesOf(other) !== variablesOf(value) &&
        !(PLURAL.test(key) && variablesOf(value) === 'count')
      )
        gaps.variables.push(path);
    } else {
      walk(value, isTree(other) ? other : {}, path, gaps, categories);
    }
  }
  for (const key of Object.keys(translated)) {
    if (!expected.has(key)) gaps.extra.push(prefix ? `${prefix}.${key}` : key);
  }
}

/**
 * The translated catalogue with every missing string replaced by the French one behind
 * `marker` (the médiateur preview mode). Extra keys are dropped.
 */
export function fillGaps(
  source: CatalogueTree,
  translated: unknown,
  marker: string,
  categories: readonly string[] = ['one', 'other'],
): CatalogueTree {
  const done = isTree(translated) ? translated : {};
  const out: Record<string, string | CatalogueTree> = {};
  for (const [key, value] of expectedKeys(source, categories)) {
    const other = done[key];
    if (typeof value === 'string') {
      out[key] = typeof other === 'string' && other.trim() !== '' ? other : `${marker}${value}`;
    } else {
      out[key] = fillGaps(value, other, marker, categories);
    }
  }
  return out;
}
