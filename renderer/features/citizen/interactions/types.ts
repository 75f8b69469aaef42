/**
 * The contract between the exercise player and each interaction type.
 *
 * An interaction type is a folder `interactions/<type>/` with:
 *  - `schema.ts`: the zod schema of its step data (`type: '<type>'` plus its own fields), pure;
 *  - `<Name>.tsx`: a React component taking `InteractionProps<Step>` (default export);
 *  - its tests.
 * It is listed once in `interactions/schemas.ts` (for the content check) and once in
 * `interactions/components.ts` (lazy import, so each type loads on demand).
 */
import type { Language } from '../../../../electron/shared/config-schema';

/** Text in every language the kiosk speaks; French is required and is the fallback. */
export interface LocalizedText {
  fr: string;
  en: string;
  /** Languages added as content files get their text merged in at load time. */
  [lang: string]: string | undefined;
}

/**
 * What one try at a step gave. `feedbackId` picks the feedback written for that wrong answer;
 * `detail` is one sentence naming the exact mistake, in the UI language, shown before it.
 */
export type AttemptResult =
  { correct: true } | { correct: false; feedbackId?: string; detail?: string };

export interface InteractionProps<Step> {
  /** The validated step data from the exercise's JSON file. */
  step: Step;
  lang: Language;
  /** Called on every try; the player shows feedback, the hint after a first mistake, and moves on. */
  onAttempt: (result: AttemptResult) => void;
  /** Returns the text of a LocalizedText in the current language (French as fallback). */
  text: (value: LocalizedText) => string;
}
