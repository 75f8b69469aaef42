import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import {
  hasSpeechEngine,
  onVoicesChanged,
  startReading,
  stopSpeaking,
  systemVoiceFor,
} from './speech';
import {
  planAfterFailure,
  planReadAloud,
  type ReadAloudPlan,
  type SilentReason,
} from './voiceChain';

export interface ReadAloud {
  reading: boolean;
  /** Why nothing can be heard, or null while a way to speak exists. */
  reason: SilentReason | null;
  /** Starts reading `text()` (the text is read at the moment of the tap), or stops. */
  toggle(text: () => string): void;
}

interface Setters {
  setReading(reading: boolean): void;
  setFailedFor(plan: ReadAloudPlan): void;
}

/** Plays `current`; on failure walks on down the chain, remembering the `first` plan tried. */
function play(first: ReadAloudPlan, current: ReadAloudPlan, text: string, set: Setters): void {
  if (current.kind === 'none') {
    set.setReading(false);
    set.setFailedFor(first);
    return;
  }
  set.setReading(true);
  startReading(current, text, {
    onEnd: () => set.setReading(false),
    onFail: () => play(first, planAfterFailure(current), text, set),
  });
}

/**
 * One "Écouter" control's state: follows late voice loading, walks the voice chain (recorded
 * file → system voice → reason) and falls back when playing fails.
 */
export function useReadAloud(lang: string, recordedSrc?: string): ReadAloud {
  const voiceSnapshot = useCallback(() => systemVoiceFor(lang), [lang]);
  const voice = useSyncExternalStore(onVoicesChanged, voiceSnapshot);
  const plan = useMemo(
    () =>
      planReadAloud({
        recordedSrc,
        hasSpeechEngine: hasSpeechEngine(),
        voices: voice ? [voice] : [],
        lang,
      }),
    [recordedSrc, voice, lang],
  );
  const [reading, setReading] = useState(false);
  // A failure belongs to the plan that failed: new voices or another language start afresh.
  const [failedFor, setFailedFor] = useState<ReadAloudPlan | null>(null);
  const readingRef = useRef(false);
  useEffect(() => {
    readingRef.current = reading;
  }, [reading]);

  // Leaving the screen stops what this control started.
  useEffect(() => () => void (readingRef.current && stopSpeaking()), []);

  const toggle = (text: () => string) => {
    if (reading) {
      stopSpeaking();
      setReading(false);
      return;
    }
    setFailedFor(null);
    if (plan.kind !== 'none') play(plan, plan, text(), { setReading, setFailedFor });
  };

  const reason = plan.kind === 'none' ? plan.reason : failedFor === plan ? 'failed' : null;
  return { reading, reason, toggle };
}
