/**
 * Which way "Écouter" speaks, decided in one place: the recorded file the content provides,
 * else the system voice for the language, else a plain reason why it cannot. Pure (no DOM):
 * unit-tested with made-up voice lists.
 */

/** What the voice chain needs to know about a system voice (a SpeechSynthesisVoice fits). */
export interface VoiceInfo {
  name: string;
  lang: string;
  localService: boolean;
}

/** Why nothing can be heard, told to the person instead of hiding the button. */
export type SilentReason =
  /** The browser has no speech synthesis at all. */
  | 'no-speech-engine'
  /** Speech synthesis exists but no voice speaks this language (e.g. no speech-dispatcher). */
  | 'no-voice'
  /** Speaking was tried and the system reported an error (no sound device, engine crash). */
  | 'failed';

export type ReadAloudPlan =
  | { kind: 'recorded'; src: string; voice: VoiceInfo | undefined }
  | { kind: 'system'; voice: VoiceInfo }
  | { kind: 'none'; reason: SilentReason };

/** The region preferred for each language: France's French, British English. */
const PREFERRED_REGION: Record<string, string> = { fr: 'fr-fr', en: 'en-gb' };

const baseLang = (tag: string): string => tag.toLowerCase().replace('_', '-').split('-')[0] ?? '';

/**
 * The best voice for `lang` among `voices`, or undefined. Prefers the language's main region,
 * an on-device voice (no network at the counter) and a plain voice over espeak-ng's variants
 * (`French (France)+Adam`); among equals, the system's own order.
 */
export function pickVoice(voices: readonly VoiceInfo[], lang: string): VoiceInfo | undefined {
  const wanted = baseLang(lang);
  const region = PREFERRED_REGION[wanted];
  let best: VoiceInfo | undefined;
  let bestScore = -1;
  for (const voice of voices) {
    const tag = voice.lang.toLowerCase().replace('_', '-');
    if (baseLang(tag) !== wanted) continue;
    const score =
      (tag === region ? 4 : 0) + (voice.localService ? 2 : 0) + (voice.name.includes('+') ? 0 : 1);
    if (score > bestScore) {
      best = voice;
      bestScore = score;
    }
  }
  return best;
}

export interface ChainInput {
  /** URL of the recorded file for this text and language, when the content has one. */
  recordedSrc: string | undefined;
  /** False where `speechSynthesis` does not exist. */
  hasSpeechEngine: boolean;
  voices: readonly VoiceInfo[];
  lang: string;
}

/** The plan for one text: recorded audio first, then the system voice, then the reason. */
export function planReadAloud(input: ChainInput): ReadAloudPlan {
  const voice = input.hasSpeechEngine ? pickVoice(input.voices, input.lang) : undefined;
  if (input.recordedSrc) return { kind: 'recorded', src: input.recordedSrc, voice };
  if (voice) return { kind: 'system', voice };
  return { kind: 'none', reason: input.hasSpeechEngine ? 'no-voice' : 'no-speech-engine' };
}

/**
 * What to do after a plan failed while playing: a recorded file that would not play falls back
 * to the system voice; a system voice that failed leaves only the reason.
 */
export function planAfterFailure(failed: ReadAloudPlan): ReadAloudPlan {
  if (failed.kind === 'recorded' && failed.voice) return { kind: 'system', voice: failed.voice };
  return { kind: 'none', reason: 'failed' };
}

/**
 * Speech errors that are not failures: `interrupted` and `canceled` come from our own "Arrêter"
 * or from the next text replacing this one.
 */
export const isRealSpeechError = (error: string): boolean =>
  error !== 'interrupted' && error !== 'canceled';
