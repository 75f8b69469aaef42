/**
 * Read-aloud through the Web Speech API. The "Écouter" buttons hide when the system has no
 * voice for the language (common on a bare Linux counter PC).
 */
const voiceFor = (lang: string): SpeechSynthesisVoice | undefined =>
  typeof speechSynthesis === 'undefined'
    ? undefined
    : speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith(lang));

export const canSpeak = (lang: string): boolean => voiceFor(lang) !== undefined;

/** Calls `listener` when the list of voices changes (Chromium fills it asynchronously). */
export function onVoicesChanged(listener: () => void): () => void {
  if (typeof speechSynthesis === 'undefined') return () => undefined;
  speechSynthesis.addEventListener('voiceschanged', listener);
  return () => speechSynthesis.removeEventListener('voiceschanged', listener);
}

export function speak(text: string, lang: string, onEnd?: () => void): void {
  const voice = voiceFor(lang);
  if (!voice) return;
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.9; // A little slower: many listeners are beginners.
  if (onEnd) utterance.addEventListener('end', onEnd);
  speechSynthesis.speak(utterance);
}

export function stopSpeaking(): void {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
}
