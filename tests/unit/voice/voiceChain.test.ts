import { describe, expect, it } from 'vitest';
import {
  isRealSpeechError,
  pickVoice,
  planAfterFailure,
  planReadAloud,
  type VoiceInfo,
} from '../../../renderer/lib/voiceChain';

const v = (name: string, lang: string, localService = true): VoiceInfo => ({
  name,
  lang,
  localService,
});

// What Chromium lists through speech-dispatcher with espeak-ng (observed on Debian 12).
const ESPEAK = [
  v('Afrikaans espeak-ng', 'af'),
  v('French (Belgium) espeak-ng', 'fr-BE'),
  v('French (Belgium)+Adam espeak-ng', 'fr-BE'),
  v('French (France)+Adam espeak-ng', 'fr-FR'),
  v('French (France) espeak-ng', 'fr-FR'),
  v('English (America) espeak-ng', 'en-US'),
  v('English (Great Britain) espeak-ng', 'en-GB'),
];
// What Windows 11 lists (a French and an English voice, and an online one).
const WINDOWS = [
  v('Microsoft Hortense - French (France)', 'fr-FR'),
  v('Microsoft Zira - English (United States)', 'en-US'),
  v('Google français', 'fr-FR', false),
];

describe('pickVoice', () => {
  it('prefers France’s French, on the device, without an espeak-ng variant', () => {
    expect(pickVoice(ESPEAK, 'fr')?.name).toBe('French (France) espeak-ng');
    expect(pickVoice(ESPEAK, 'en')?.name).toBe('English (Great Britain) espeak-ng');
  });
  it('takes an on-device voice over an online one', () => {
    expect(pickVoice([...WINDOWS].reverse(), 'fr')?.name).toBe(
      'Microsoft Hortense - French (France)',
    );
  });
  it('falls back to another region of the language, never another language', () => {
    expect(pickVoice(WINDOWS, 'en')?.name).toBe('Microsoft Zira - English (United States)');
    expect(pickVoice([v('Belgique', 'fr_BE')], 'fr')?.name).toBe('Belgique');
    expect(pickVoice([v('Deutsch', 'de-DE'), v('Afrikaans', 'af')], 'fr')).toBeUndefined();
    expect(pickVoice([], 'fr')).toBeUndefined();
  });
});

describe('planReadAloud', () => {
  const base = { hasSpeechEngine: true, voices: ESPEAK, lang: 'fr', recordedSrc: undefined };

  it('plays the recorded file first, keeping the system voice as its fallback', () => {
    const plan = planReadAloud({ ...base, recordedSrc: '/assets/consigne.mp3' });
    expect(plan).toEqual({
      kind: 'recorded',
      src: '/assets/consigne.mp3',
      voice: v('French (France) espeak-ng', 'fr-FR'),
    });
    expect(planAfterFailure(plan)).toEqual({
      kind: 'system',
      voice: plan.kind === 'recorded' && plan.voice,
    });
  });
  it('uses the system voice when there is no recording', () => {
    expect(planReadAloud(base)).toEqual({
      kind: 'system',
      voice: v('French (France) espeak-ng', 'fr-FR'),
    });
  });
  it('says why when nothing can speak', () => {
    expect(planReadAloud({ ...base, voices: [] })).toEqual({ kind: 'none', reason: 'no-voice' });
    expect(planReadAloud({ ...base, voices: [v('Deutsch', 'de-DE')] })).toEqual({
      kind: 'none',
      reason: 'no-voice',
    });
    expect(planReadAloud({ ...base, hasSpeechEngine: false })).toEqual({
      kind: 'none',
      reason: 'no-speech-engine',
    });
  });
  it('still plays a recording where the system has no voice', () => {
    const plan = planReadAloud({ ...base, voices: [], recordedSrc: '/a.ogg' });
    expect(plan).toEqual({ kind: 'recorded', src: '/a.ogg', voice: undefined });
    expect(planAfterFailure(plan)).toEqual({ kind: 'none', reason: 'failed' });
  });
  it('reports a failed system voice as a failure', () => {
    expect(planAfterFailure(planReadAloud(base))).toEqual({ kind: 'none', reason: 'failed' });
  });
});

describe('isRealSpeechError', () => {
  it('does not count our own stop as an error', () => {
    expect(isRealSpeechError('interrupted')).toBe(false);
    expect(isRealSpeechError('canceled')).toBe(false);
    expect(isRealSpeechError('synthesis-failed')).toBe(true);
    expect(isRealSpeechError('audio-hardware')).toBe(true);
  });
});
