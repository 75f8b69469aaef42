/**
 * The schema of the content files (`resources/content/exercises/*.json` and
 * `resources/content/parcours/*.json`). Pure zod: used by the player, the build plugin and
 * `npm run content:check`. docs/content.md documents every field.
 */
import { z } from 'zod';
import { STEP_SCHEMAS } from '../interactions/schemas';
import { COMPETENCE_CODES } from './competences';
import { LESSON_ANIMATIONS } from './lessonAnimations';
import {
  contentId,
  illustrationName,
  localizedText,
  shortText,
  spokenShortText,
  spokenText,
} from './primitives';

export {
  localizedText,
  spokenText,
  answerSpec,
  contentId,
  illustrationName,
  TOLERANCES,
} from './primitives';
export type { LocalizedTextData, SpokenTextData, AnswerSpec, Tolerance } from './primitives';

/** One step of an exercise: its interaction type's own fields, chosen by `type`. */
export const stepSchema = z.discriminatedUnion('type', STEP_SCHEMAS);

export const competenceCode = z.enum(COMPETENCE_CODES);

/**
 * A short lesson shown before practice: one or two sentences and an animation of the gesture.
 * `readAloud` is what "Écouter" says during the lesson (the text itself when absent).
 */
export const lessonSchema = z.strictObject({
  text: shortText(2),
  animation: z.enum(LESSON_ANIMATIONS),
  readAloud: localizedText.optional(),
});

export const exerciseSchema = z.strictObject({
  $schema: z.string().optional(),
  id: contentId,
  title: localizedText,
  competence: competenceCode,
  /** Pix level: 1–2 for beginners; up to 8 allowed. */
  level: z.number().int().min(1).max(8),
  minutes: z.number().int().min(1).max(15),
  /** Short sentences, one idea each. */
  instructions: localizedText,
  /** Replaces `instructions` when the on-screen keyboard is the person's keyboard (touch kiosk). */
  instructionsTouch: localizedText.optional(),
  /** What "Écouter" reads (may have a recorded file per language). */
  readAloud: spokenText,
  steps: z.array(stepSchema).min(1, 'au moins une étape'),
  /** Shown after a first mistake. */
  hint: spokenText,
  /** Replaces `hint` with the on-screen keyboard (where its keys are, what Majuscule does). */
  hintTouch: localizedText.optional(),
  /**
   * Feedback per wrong answer id, plus `default` for any other mistake, and `correct`: one
   * sentence saying why the right answer is right (the content check requires it). Each may
   * have recorded files.
   */
  feedback: z
    .record(contentId, spokenText)
    .and(z.object({ default: spokenText, correct: spokenShortText(1).optional() })),
  /** Optional lesson before the first step. */
  lesson: lessonSchema.optional(),
  illustration: illustrationName,
  tags: z.array(contentId).default([]),
});

export const parcoursSchema = z.strictObject({
  $schema: z.string().optional(),
  id: contentId,
  title: localizedText,
  /** One of the illustration names, drawn as the parcours' pictogram. */
  pictogram: illustrationName,
  description: localizedText,
  exercises: z.array(contentId).min(1, 'au moins un exercice'),
  /** Sum of the exercises' minutes (checked by the content check). */
  minutes: z.number().int().min(1).max(60),
  /** Recommended order on the parcours screen (smaller first). */
  order: z.number().int().min(0).default(0),
  /** 1: first steps; 2: the same skills, a little harder (offered at the end of level 1). */
  level: z.union([z.literal(1), z.literal(2)]).default(1),
  /** Id of the level-2 parcours offered on the end screen of this one. */
  nextLevel: contentId.optional(),
  /** The 3 to 5 rules learnt, in plain words, one sentence each (the content check requires them). */
  recap: z.array(shortText(1)).max(5, 'recap : 5 règles au plus').default([]),
});

export type Step = z.infer<typeof stepSchema>;
export type StepType = Step['type'];
export type Exercise = z.infer<typeof exerciseSchema>;
export type Parcours = z.infer<typeof parcoursSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
