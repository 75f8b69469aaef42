/**
 * Validates a whole content folder's files: each file against its schema, then the
 * cross-checks (unique ids, file named after its id, parcours pointing at existing exercises,
 * parcours duration equal to the sum of its exercises, recorded audio files present). Pure: the
 * caller reads the files and lists the audio folder.
 */
import type { z } from 'zod';
import type { ContentProblem } from './problem';
import { checkTeaching } from './teachingChecks';
import { exerciseSchema, parcoursSchema, type Exercise, type Parcours } from './schema';

export interface ContentFile {
  /** Path shown in messages, e.g. `exercises/souris-cibles.json`. */
  path: string;
  kind: 'exercise' | 'parcours';
  text: string;
}

export type { ContentProblem } from './problem';

export interface ContentReport {
  problems: ContentProblem[];
  exercises: Exercise[];
  parcours: Parcours[];
}

/** `['steps', 0, 'type']` → `steps[0].type`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) =>
      typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key),
    '',
  );
}

const baseName = (path: string): string =>
  path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '');

function parseFile<T>(
  file: ContentFile,
  schema: z.ZodType<T>,
  problems: ContentProblem[],
): T | null {
  let raw: unknown;
  try {
    raw = JSON.parse(file.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    problems.push({
      file: file.path,
      jsonPath: '',
      message: `JSON illisible : ${error instanceof Error ? error.message : String(error)}`,
      severity: 'error',
    });
    return null;
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({
        file: file.path,
        jsonPath: formatJsonPath(issue.path),
        message: issue.message,
        severity: 'error',
      });
    }
    return null;
  }
  return result.data;
}

/** Every `audio` file named in `value`, with the JSON path of its language. */
export function audioReferences(value: unknown, path = ''): { jsonPath: string; name: string }[] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => audioReferences(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const here = path ? `${path}.${key}` : key;
    if (key === 'audio' && typeof child === 'object' && child !== null)
      return Object.entries(child)
        .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
        .map(([lang, name]) => ({ jsonPath: `${here}.${lang}`, name }));
    return audioReferences(child, here);
  });
}

/** Recorded files named by the exercises must exist in `audio/`; unused ones are reported. */
function checkAudio(
  exercises: readonly Exercise[],
  fileOf: ReadonlyMap<string, string>,
  audioFiles: readonly string[],
  problems: ContentProblem[],
): void {
  const present = new Set(audioFiles);
  const used = new Set<string>();
  for (const e of exercises) {
    for (const ref of audioReferences(e)) {
      used.add(ref.name);
      if (!present.has(ref.name))
        problems.push({
          file: fileOf.get(e.id) ?? e.id,
          jsonPath: ref.jsonPath,
          message: `fichier audio « audio/${ref.name} » introuvable`,
          severity: 'error',
        });
    }
  }
  for (const name of audioFiles) {
    if (!used.has(name))
      problems.push({
        file: `audio/${name}`,
        jsonPath: '',
        message: 'fichier audio utilisé par aucun texte',
        severity: 'warning',
      });
  }
}

/** `audioFiles`: the names of the files in the content's `audio/` folder. */
export function validateContent(
  files: readonly ContentFile[],
  audioFiles: readonly string[] = [],
): ContentReport {
  const problems: ContentProblem[] = [];
  const exercises: Exercise[] = [];
  const parcours: Parcours[] = [];
  const exerciseFile = new Map<string, string>();
  const parcoursFile = new Map<string, string>();

  for (const file of files) {
    const isExercise = file.kind === 'exercise';
    const data = isExercise
      ? parseFile(file, exerciseSchema, problems)
      : parseFile(file, parcoursSchema, problems);
    if (!data) continue;
    const seen = isExercise ? exerciseFile : parcoursFile;
    const previous = seen.get(data.id);
    if (previous) {
      problems.push({
        file: file.path,
        jsonPath: 'id',
        message: `identifiant « ${data.id} » déjà utilisé par ${previous}`,
        severity: 'error',
      });
      continue;
    }
    seen.set(data.id, file.path);
    if (baseName(file.path) !== data.id) {
      problems.push({
        file: file.path,
        jsonPath: 'id',
        message: `le fichier doit s’appeler ${data.id}.json`,
        severity: 'error',
      });
    }
    if (isExercise) exercises.push(data as Exercise);
    else parcours.push(data as Parcours);
  }

  const minutesOf = new Map(exercises.map((e) => [e.id, e.minutes]));
  const used = new Set<string>();
  for (const p of parcours) {
    const file = parcoursFile.get(p.id) ?? p.id;
    let total = 0;
    p.exercises.forEach((id, i) => {
      used.add(id);
      const minutes = minutesOf.get(id);
      if (minutes === undefined) {
        problems.push({
          file,
          jsonPath: `exercises[${i}]`,
          message: `exercice « ${id} » introuvable`,
          severity: 'error',
        });
      } else total += minutes;
      if (p.exercises.indexOf(id) !== i) {
        problems.push({
          file,
          jsonPath: `exercises[${i}]`,
          message: `exercice « ${id} » en double`,
          severity: 'error',
        });
      }
    });
    if (problems.every((pb) => pb.file !== file) && total !== p.minutes) {
      problems.push({
        file,
        jsonPath: 'minutes',
        message: `durée ${p.minutes} min, mais ses exercices totalisent ${total} min`,
        severity: 'error',
      });
    }
  }
  for (const e of exercises) {
    const file = exerciseFile.get(e.id) ?? e.id;
    // A touch variant that says the same as the plain text only hides a forgotten rewrite.
    for (const [field, plain, touch] of [
      ['instructionsTouch', e.instructions, e.instructionsTouch],
      ['hintTouch', e.hint, e.hintTouch],
    ] as const) {
      for (const lang of ['fr', 'en'] as const) {
        if (touch && touch[lang].trim() === plain[lang].trim())
          problems.push({
            file,
            jsonPath: `${field}.${lang}`,
            message:
              'identique au texte sans clavier à l’écran : écrivez la version tactile ou retirez ce champ',
            severity: 'error',
          });
      }
    }
    if (!used.has(e.id)) {
      problems.push({
        file,
        jsonPath: '',
        message: 'exercice dans aucun parcours',
        severity: 'warning',
      });
    }
  }
  problems.push(...checkTeaching(exercises, parcours, exerciseFile, parcoursFile));
  checkAudio(exercises, exerciseFile, audioFiles, problems);
  return { problems, exercises, parcours };
}
