import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_FOLDER, readContentFolder } from '../../../scripts/content-files';
import { validateContent } from '../../../renderer/features/citizen/content/validate';

/**
 * In high contrast every colour changes (blue targets become yellow): a text that says
 * "la cible bleue" no longer matches the screen. Texts name a shape or a state instead.
 * ("carte grise", the vehicle registration, is a name, not a colour.)
 */
const COLOUR_WORDS =
  /\b(bleue?s?|rouges?|verte?s?|jaunes?|violette?s?|blue|red|green|yellow|purple)\b/i;

/** The texts that tell a person what to look at (not the sample data shown, e.g. a password). */
const GUIDANCE =
  /(^[^.]+\.(instructions|readAloud|hint)|\.feedback\.[^.]+|\.(prompt|question))\.(fr|en)$/;

/** The same colour names in Arabic (any form: with the article, « بالأحمر », feminine). */
const ARABIC_COLOUR_WORDS = /(أحمر|حمراء|أزرق|زرقاء|أخضر|خضراء|أصفر|صفراء|بنفسجي)/;
/** In a content language's files each text is one string where the French file has { fr, en }. */
const ARABIC_GUIDANCE =
  /(^[^.]+\.(instructions|readAloud|hint)|\.feedback\.[^.]+|\.(prompt|question))$/;
const ARABIC_EXERCISES = path.join(DEFAULT_CONTENT_FOLDER, 'locales', 'ar', 'exercises');

function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

describe('the shipped content in high contrast', () => {
  it('never names a colour the screen may not show', () => {
    const { exercises } = validateContent(readContentFolder(DEFAULT_CONTENT_FOLDER));
    expect(exercises.length).toBeGreaterThan(0);
    const named = exercises.flatMap((exercise) =>
      strings(exercise, exercise.id)
        .filter(([where, text]) => GUIDANCE.test(where) && COLOUR_WORDS.test(text))
        .map(([where, text]) => `${where}: ${text}`),
    );
    expect(named).toEqual([]);
    // The filter does reach the guidance texts (a broken pattern would pass silently).
    const guidance = exercises.flatMap((e) => strings(e, e.id)).filter(([w]) => GUIDANCE.test(w));
    expect(guidance.length).toBeGreaterThan(exercises.length * 4);
  });
});

describe('the Arabic content in high contrast', () => {
  it('never names a colour the screen may not show', () => {
    const files = readdirSync(ARABIC_EXERCISES).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    const all = files.flatMap((f) =>
      strings(JSON.parse(readFileSync(path.join(ARABIC_EXERCISES, f), 'utf8')), f.slice(0, -5)),
    );
    const named = all
      .filter(([where, text]) => ARABIC_GUIDANCE.test(where) && ARABIC_COLOUR_WORDS.test(text))
      .map(([where, text]) => `${where}: ${text}`);
    expect(named).toEqual([]);
    expect(all.filter(([w]) => ARABIC_GUIDANCE.test(w)).length).toBeGreaterThan(files.length * 4);
  });
});
