/**
 * Compares a translated UI catalogue with the French one (the source of truth): which keys
 * are missing, which are left over, which lost an interpolation variable. Pure.
 */
export type CatalogueTree = { readonly [key: string]: string | CatalogueTree };

export interface CatalogueGaps {
  missing: string[];
  extra: string[];
  /** Keys whose `{{variables}}` differ from the French text's. */
  variables: string[];
}

const variablesOf = (text: string): string =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

const isTree = (value: unknown): value is CatalogueTree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function catalogueGaps(source: CatalogueTree, translated: unknown): CatalogueGaps {
  const gaps: CatalogueGaps = { missing: [], extra: [], variables: [] };
  walk(source, isTree(translated) ? translated : {}, '', gaps);
  return gaps;
}

function walk(
  source: CatalogueTree,
  translated: CatalogueTree,
  prefix: string,
  gaps: CatalogueGaps,
) {
  for (const [key, value] of Object.entries(source)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const other = translated[key];
    if (typeof value === 'string') {
      if (typeof other !== 'string' || other.trim() === '') gaps.missing.push(path);
      else if (variablesOf(other) !== variablesOf(value)) gaps.variables.push(path);
    } else {
      walk(value, isTree(other) ? other : {}, path, gaps);
    }
  }
  for (const key of Object.keys(translated)) {
    if (!(key in source)) gaps.extra.push(prefix ? `${prefix}.${key}` : key);
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
): CatalogueTree {
  const done = isTree(translated) ? translated : {};
  const out: Record<string, string | CatalogueTree> = {};
  for (const [key, value] of Object.entries(source)) {
    const other = done[key];
    if (typeof value === 'string') {
      out[key] = typeof other === 'string' && other.trim() !== '' ? other : `${marker}${value}`;
    } else {
      out[key] = fillGaps(value, other, marker);
    }
  }
  return out;
}
