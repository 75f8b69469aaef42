import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_FOLDER, readContentFolder } from '../../../scripts/content-files';
import { COMPETENCE_CODES } from '../../../renderer/features/citizen/content/competences';
import { countSentences } from '../../../renderer/features/citizen/content/primitives';
import { exerciseSchema } from '../../../renderer/features/citizen/content/schema';
import {
  formatJsonPath,
  validateContent,
  type ContentFile,
} from '../../../renderer/features/citizen/content/validate';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const BROKEN = path.join(ROOT, 'tests', 'fixtures', 'content', 'broken');
const exampleText = readFileSync(
  path.join(DEFAULT_CONTENT_FOLDER, 'exercises', 'souris-cibles.json'),
  'utf8',
);
const example = (): Record<string, unknown> => JSON.parse(exampleText) as Record<string, unknown>;

describe('the shipped content', () => {
  const report = validateContent(readContentFolder(DEFAULT_CONTENT_FOLDER));

  it('has no error', () => {
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
  it('has at least 36 exercises in at least 7 parcours, each in a parcours', () => {
    expect(report.exercises.length).toBeGreaterThanOrEqual(36);
    expect(report.parcours.length).toBeGreaterThanOrEqual(7);
    expect(report.problems.filter((p) => p.message === 'exercice dans aucun parcours')).toEqual([]);
  });
  it('opens every exercise of the mouse, keyboard and e-mail parcours (both levels) with a lesson', () => {
    const levelOne = ['je-decouvre-la-souris', 'je-decouvre-le-clavier', 'j-utilise-ma-messagerie'];
    const taught = report.parcours.filter((p) => levelOne.includes(p.id));
    expect(taught).toHaveLength(3);
    const ids = taught.flatMap((p) => {
      const next = report.parcours.find((q) => q.id === p.nextLevel);
      expect(next?.level, p.id).toBe(2);
      return [...p.exercises, ...(next?.exercises ?? [])];
    });
    const withoutLesson = report.exercises.filter((e) => ids.includes(e.id) && !e.lesson);
    expect(withoutLesson.map((e) => e.id)).toEqual([]);
    expect(ids.length).toBeGreaterThanOrEqual(20);
  });
  it('has a whole démarche parcours, with a recap on every parcours', () => {
    const rdv = report.parcours.find((p) => p.id === 'je-prends-rendez-vous-en-ligne');
    expect(rdv?.exercises.length).toBeGreaterThanOrEqual(4);
    for (const p of report.parcours) expect(p.recap.length, p.id).toBeGreaterThanOrEqual(3);
  });
  it('tags every exercise with a Pix competence and writes both languages', () => {
    for (const exercise of report.exercises) {
      expect(COMPETENCE_CODES).toContain(exercise.competence);
      expect(exercise.title.fr).not.toBe('');
      expect(exercise.title.en).not.toBe('');
    }
  });
  it('covers each of the engine’s interaction types in the three base parcours', () => {
    const base = ['je-decouvre-la-souris', 'je-decouvre-le-clavier', 'je-remplis-un-formulaire'];
    const ids = new Set(
      report.parcours.filter((p) => base.includes(p.id)).flatMap((p) => p.exercises),
    );
    const types = new Set(
      report.exercises.filter((e) => ids.has(e.id)).flatMap((e) => e.steps.map((s) => s.type)),
    );
    for (const type of [
      'click-targets',
      'double-click',
      'context-menu',
      'drag-drop',
      'scroll-find',
      'key-press',
      'typing',
      'form',
      'choice',
      'ab-cards',
    ]) {
      expect(types, type).toContain(type);
    }
    expect(ids.size).toBeGreaterThanOrEqual(12);
  });
});

describe('exercise schema', () => {
  it('accepts a valid exercise and fills defaults', () => {
    const parsed = exerciseSchema.parse(example());
    expect(parsed.tags).toEqual(['souris', 'clic']);
  });
  it('names the JSON path of a missing English text', () => {
    const broken = example();
    broken.instructions = { fr: 'Cliquez.' };
    const result = exerciseSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => formatJsonPath(i.path))).toContain('instructions.en');
  });
  it('refuses an unknown competence, an empty step list and an unknown field', () => {
    const result = exerciseSchema.safeParse({
      ...example(),
      competence: '6.1',
      steps: [],
      colour: 'red',
    });
    const paths = result.error?.issues.map((i) => formatJsonPath(i.path)) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['competence', 'steps']));
    expect(result.error?.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
  });
  it('validates each step with its interaction type’s own schema', () => {
    const broken = example();
    broken.steps = [{ type: 'click-targets', prompt: { fr: 'a', en: 'b' }, count: 1 }];
    const result = exerciseSchema.safeParse(broken);
    expect(result.error?.issues.map((i) => formatJsonPath(i.path))).toContain('steps[0].count');
  });
  it('requires a default feedback', () => {
    const result = exerciseSchema.safeParse({
      ...example(),
      feedback: { correct: { fr: 'a', en: 'b' } },
    });
    expect(result.error?.issues.map((i) => formatJsonPath(i.path))).toContain('feedback.default');
  });
});

describe('cross-checks', () => {
  const file = (p: string, kind: ContentFile['kind'], data: unknown): ContentFile => ({
    path: p,
    kind,
    text: JSON.stringify(data),
  });
  const rule = { fr: 'Une règle.', en: 'A rule.' };
  const parcours = (exercises: string[], minutes: number, extra: object = {}) => ({
    id: 'p',
    title: { fr: 'P', en: 'P' },
    pictogram: 'mouse',
    description: { fr: 'd', en: 'd' },
    exercises,
    minutes,
    recap: [rule, rule, rule],
    ...extra,
  });

  it('checks the touch-screen texts: both languages, and not a copy of the plain text', () => {
    const base = example();
    const half = exerciseSchema.safeParse({ ...base, instructionsTouch: { fr: 'Touchez…' } });
    expect(half.error?.issues.map((i) => formatJsonPath(i.path))).toContain('instructionsTouch.en');
    const { problems } = validateContent([
      file('exercises/souris-cibles.json', 'exercise', {
        ...base,
        instructionsTouch: base.instructions,
        hintTouch: { fr: 'Touchez la touche.', en: 'Tap the key.' },
      }),
    ]);
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.jsonPath)).toEqual([
      'instructionsTouch.fr',
      'instructionsTouch.en',
    ]);
  });

  it('flags duplicate ids, a missing exercise and a wrong duration', () => {
    const { problems } = validateContent([
      file('exercises/souris-cibles.json', 'exercise', example()),
      file('exercises/copie/souris-cibles.json', 'exercise', example()),
      file('parcours/p.json', 'parcours', parcours(['souris-cibles', 'absent'], 2)),
    ]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'exercises/copie/souris-cibles.json',
          jsonPath: 'id',
          severity: 'error',
        }),
        expect.objectContaining({
          file: 'parcours/p.json',
          jsonPath: 'exercises[1]',
          severity: 'error',
        }),
      ]),
    );
  });
  it('checks that a parcours’ minutes add up', () => {
    const { problems } = validateContent([
      file('exercises/souris-cibles.json', 'exercise', example()),
      file('parcours/p.json', 'parcours', parcours(['souris-cibles'], 9)),
    ]);
    expect(problems).toContainEqual(
      expect.objectContaining({ jsonPath: 'minutes', severity: 'error' }),
    );
  });
});

describe('teaching checks', () => {
  const file = (p: string, kind: ContentFile['kind'], data: unknown): ContentFile => ({
    path: p,
    kind,
    text: JSON.stringify(data),
  });
  const rules = (n: number) => Array.from({ length: n }, () => ({ fr: 'Règle.', en: 'Rule.' }));
  const parcours = (id: string, extra: object) => ({
    id,
    title: { fr: id, en: id },
    pictogram: 'mouse',
    description: { fr: 'd', en: 'd' },
    exercises: ['souris-cibles'],
    minutes: 2,
    recap: rules(3),
    ...extra,
  });
  const check = (...files: ContentFile[]) =>
    validateContent([file('exercises/souris-cibles.json', 'exercise', example()), ...files])
      .problems;

  it('accepts a level-1 parcours offering an existing level-2 one', () => {
    const problems = check(
      file('parcours/un.json', 'parcours', parcours('un', { nextLevel: 'deux' })),
      file('parcours/deux.json', 'parcours', parcours('deux', { level: 2 })),
    );
    expect(problems).toEqual([]);
  });
  it('refuses a next level that is not level 2, or offered by a level-2 parcours', () => {
    const problems = check(
      file('parcours/un.json', 'parcours', parcours('un', { nextLevel: 'autre' })),
      file('parcours/autre.json', 'parcours', parcours('autre', {})),
      file('parcours/deux.json', 'parcours', parcours('deux', { level: 2, nextLevel: 'un' })),
    );
    expect(problems.map((p) => `${p.file} ${p.jsonPath} ${p.severity}`)).toEqual(
      expect.arrayContaining([
        'parcours/un.json nextLevel error',
        'parcours/deux.json nextLevel error',
        'parcours/deux.json level warning',
      ]),
    );
  });
  it('wants 3 to 5 recap rules, and an explanation of the right answer', () => {
    const noCorrect = example();
    noCorrect.feedback = { default: { fr: 'Non.', en: 'No.' } };
    const problems = validateContent([
      file('exercises/souris-cibles.json', 'exercise', noCorrect),
      file('parcours/court.json', 'parcours', parcours('court', { recap: rules(2) })),
      file('parcours/long.json', 'parcours', parcours('long', { recap: rules(6) })),
    ]).problems;
    expect(problems.map((p) => `${p.file} ${p.jsonPath}`)).toEqual(
      expect.arrayContaining([
        'exercises/souris-cibles.json feedback.correct',
        'parcours/court.json recap',
        'parcours/long.json recap',
      ]),
    );
  });
  it('counts sentences without splitting on a dot inside an address or a number', () => {
    expect(countSentences('Tapez elodie.lefevre@exemple.fr puis Valider.')).toBe(1);
    expect(countSentences('Payez 1,99 € ici. Ou pas !')).toBe(2);
    expect(countSentences('Une phrase… Puis une autre ? Et une troisième')).toBe(3);
  });
});

describe('npm run content:check', () => {
  const run = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        path.join(ROOT, 'scripts', 'content-check.ts'),
        ...args,
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );

  it('passes on the shipped content', () => {
    const result = run();
    expect(result.stdout).toMatch(/Contenu valide : \d+ exercices, \d+ parcours/);
    expect(result.status).toBe(0);
  });

  it('fails on the broken fixture, printing each error with its file and JSON path', () => {
    const result = run(BROKEN);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('exercises/exercice-casse.json › title.en');
    expect(result.stderr).toContain('exercises/exercice-casse.json › competence');
    expect(result.stderr).toContain(
      'exercises/exercice-casse.json › steps[0].answer.tolerances : T2 interdit',
    );
    expect(result.stderr).toContain('exercises/exercice-casse.json › steps[1].type');
    expect(result.stderr).toContain('exercises/illisible.json : JSON illisible');
    expect(result.stderr).toContain(
      'exercises/mauvais-nom.json › id : le fichier doit s’appeler un-autre-id.json',
    );
    expect(result.stderr).toContain(
      'parcours/parcours-casse.json › exercises[1] : exercice « exercice-fantome » introuvable',
    );
    // What the content teaches: lessons, right-answer explanations, recap, levels.
    expect(result.stderr).toContain(
      'exercises/lecon-cassee.json › lesson.text.fr : 3 phrases, 2 au plus',
    );
    expect(result.stderr).toContain('exercises/lecon-cassee.json › lesson.animation');
    expect(result.stderr).toContain(
      'exercises/explication-longue.json › feedback.correct.en : 2 phrases, une seule attendue',
    );
    expect(result.stderr).toContain(
      'exercises/mauvais-nom.json › feedback.correct : explication de la bonne réponse manquante',
    );
    expect(result.stderr).toContain('parcours/parcours-casse.json › recap : de 3 à 5 règles');
    expect(result.stderr).toContain(
      'parcours/parcours-casse.json › nextLevel : parcours « parcours-fantome » introuvable',
    );
  }, 30_000);
});

describe('the build plugin', () => {
  it('fails the build on the broken fixture, listing the problems', async () => {
    const { contentCheckPlugin } =
      await import('../../../renderer/features/citizen/content/vitePlugin');
    const plugin = contentCheckPlugin(BROKEN);
    const configResolved = plugin.configResolved as (config: unknown) => void;
    const buildStart = plugin.buildStart as (this: { error: (message: string) => never }) => void;
    configResolved({ command: 'build', logger: { warn: () => undefined } });
    const error = (message: string): never => {
      throw new Error(message);
    };
    expect(() => buildStart.call({ error })).toThrow(
      /parcours\/parcours-casse.json › exercises\[1\]/,
    );
  }, 30_000);
});
