/**
 * The word-bank part of `npm run content:check`: `glossary.json` against its schema, and every
 * word the simulated sites mark (`data-term="<id>"` in renderer/) present in it. Node only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from '../renderer/features/citizen/content/problem';
import { formatJsonPath } from '../renderer/features/citizen/content/validate';
import { glossarySchema } from '../renderer/features/citizen/glossary/schema';

const RENDERER = path.resolve(import.meta.dirname, '..', 'renderer');

/** Every marked word id written in the renderer's sources (`data-term="…"`, `<SiteWord term="…"`). */
export function markedTerms(folder = RENDERER): Set<string> {
  const ids = new Set<string>();
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.tsx')) continue;
    const text = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    for (const m of text.matchAll(/(?:data-term|<SiteWord term)="([a-z0-9-]+)"/g))
      ids.add(m[1] ?? '');
  }
  return ids;
}

export function checkGlossary(contentFolder: string): ContentProblem[] {
  const file = path.join(contentFolder, 'glossary.json');
  if (!existsSync(file)) return [];
  const problems: ContentProblem[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    return [
      {
        file: 'glossary.json',
        jsonPath: '',
        message: `JSON illisible (${String(e)})`,
        severity: 'error',
      },
    ];
  }
  const parsed = glossarySchema.safeParse(raw);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      file: 'glossary.json',
      jsonPath: formatJsonPath(issue.path),
      message: issue.message,
      severity: 'error' as const,
    }));
  }
  const known = new Set(parsed.data.terms.map((t) => t.id));
  for (const id of markedTerms()) {
    if (!known.has(id)) {
      problems.push({
        file: 'glossary.json',
        jsonPath: 'terms',
        message: `le mot « ${id} » est marqué dans un simulateur mais absent du lexique`,
        severity: 'error',
      });
    }
  }
  return problems;
}
