/**
 * Read-aloud on the page: plays a recorded file or speaks with the system voice (Web Speech
 * API), one text at a time. Which of the two (or why neither) is decided by voiceChain.ts.
 * On Linux, Chromium only lists voices when started with `--enable-speech-dispatcher` and the
 * speech-dispatcher + espeak-ng packages are installed (docs/deployment.md).
 */
import { isRealSpeechError, pickVoice, type ReadAloudPlan, type VoiceInfo } from './voiceChain';

export const hasSpeechEngine = (): boolean => typeof speechSynthesis !== 'undefined';

// Chromium builds a new list on every getVoices() call (thousands of entries with espeak-ng):
// read it once, again only when it changes.
let voices: SpeechSynthesisVoice[] | null = null;
const chosen = new Map<string, SpeechSynthesisVoice | undefined>();
/** The engine the cache was filled from (tests swap it). */
let cachedFrom: SpeechSynthesis | null = null;

function forgetVoices(): void {
  voices = null;
  chosen.clear();
}

export function systemVoices(): readonly SpeechSynthesisVoice[] {
  if (!hasSpeechEngine()) return [];
  if (cachedFrom !== speechSynthesis) {
    forgetVoices();
    cachedFrom = speechSynthesis;
  }
  voices ??= speechSynthesis.getVoices();
  return voices;
}

/** The system voice the chain would use for `lang` (cached until the list changes). */
export function systemVoiceFor(lang: string): SpeechSynthesisVoice | undefined {
  if (cachedFrom !== (hasSpeechEngine() ? speechSynthesis : null)) systemVoices();
  if (!chosen.has(lang)) {
    const picked = pickVoice(systemVoices(), lang);
    if (picked) chosen.set(lang, picked as SpeechSynthesisVoice);
    else if (systemVoices().length > 0) chosen.set(lang, undefined);
    else return undefined; // Not filled yet: ask again next time.
  }
  return chosen.get(lang);
}

/** Calls `listener` when the list of voices changes (Chromium fills it asynchronously). */
export function onVoicesChanged(listener: () => void): () => void {
  if (!hasSpeechEngine()) return () => undefined;
  const changed = () => {
    forgetVoices();
    listener();
  };
  const engine = speechSynthesis;
  engine.addEventListener('voiceschanged', changed);
  return () => engine.removeEventListener('voiceschanged', changed);
}

export interface ReadingHandlers {
  /** Played to the end, or stopped. */
  onEnd(): void;
  /** The system could not play it (the caller decides what comes next). */
  onFail(): void;
}

/** Stops what is being read now, whichever button started it. */
let stopCurrent: (() => void) | null = null;

export function stopSpeaking(): void {
  const stop = stopCurrent;
  stopCurrent = null;
  stop?.();
  if (hasSpeechEngine()) speechSynthesis.cancel();
}

/**
 * Wraps the handlers so that exactly one of them runs once: the engine's late "interrupted"
 * event after a stop, or a second error event, is then ignored.
 */
function settleOnce(handlers: ReadingHandlers, onSettle: () => void) {
  let settled = false;
  return (failed: boolean) => {
    if (settled) return;
    settled = true;
    onSettle();
    if (failed) handlers.onFail();
    else handlers.onEnd();
  };
}

function playRecorded(src: string, handlers: ReadingHandlers): void {
  const audio = new Audio(src);
  const stop = () => {
    audio.pause();
    settle(false);
  };
  const settle = settleOnce(handlers, () => {
    if (stopCurrent === stop) stopCurrent = null;
  });
  audio.addEventListener('ended', () => settle(false));
  audio.addEventListener('error', () => settle(true));
  stopCurrent = stop;
  audio.play().catch(() => settle(true));
}

function speakWith(voice: VoiceInfo, text: string, handlers: ReadingHandlers): void {
  const utterance = new SpeechSynthesisUtterance(text);
  // The chain chose among systemVoices(): give the engine its own object back.
  const own = systemVoices().find((v) => v.name === voice.name && v.lang === voice.lang);
  if (own) utterance.voice = own;
  utterance.lang = voice.lang;
  utterance.rate = 0.9; // A little slower: many listeners are beginners.
  const stop = () => settle(false);
  const settle = settleOnce(handlers, () => {
    if (stopCurrent === stop) stopCurrent = null;
  });
  utterance.addEventListener('end', () => settle(false));
  utterance.addEventListener('error', (event) => settle(isRealSpeechError(event.error)));
  stopCurrent = stop;
  speechSynthesis.speak(utterance);
}

/** Starts reading `text` as `plan` says; a 'none' plan fails at once. */
export function startReading(plan: ReadAloudPlan, text: string, handlers: ReadingHandlers): void {
  stopSpeaking();
  if (plan.kind === 'recorded') playRecorded(plan.src, handlers);
  else if (plan.kind === 'system') speakWith(plan.voice, text, handlers);
  else handlers.onFail();
}
