// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../renderer/i18n';
import { ListenButton } from '../../../renderer/ui/ListenButton';

initI18n('fr');

/** A stand-in for the browser's speechSynthesis: records what is spoken, fires its events. */
class FakeSynth extends EventTarget {
  spoken: FakeUtterance[] = [];
  constructor(public voices: { name: string; lang: string; localService: boolean }[]) {
    super();
  }
  getVoices() {
    return this.voices;
  }
  speak(u: FakeUtterance) {
    this.spoken.push(u);
  }
  cancel() {
    for (const u of this.spoken)
      u.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
  }
}
class FakeUtterance extends EventTarget {
  voice: unknown = null;
  lang = '';
  rate = 1;
  constructor(public text: string) {
    super();
  }
}

const FRENCH = { name: 'French (France) espeak-ng', lang: 'fr-FR', localService: true };
let synth: FakeSynth;

beforeEach(() => {
  synth = new FakeSynth([FRENCH]);
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const listen = () => screen.getByRole('button', { name: /Écouter/ });

describe('ListenButton', () => {
  it('speaks the text with the French system voice, then offers to stop', () => {
    const onStart = vi.fn();
    render(<ListenButton text={() => 'Touchez la cible.'} lang="fr" onStart={onStart} />);
    fireEvent.click(listen());
    expect(synth.spoken.map((u) => [u.text, u.voice])).toEqual([['Touchez la cible.', FRENCH]]);
    expect(onStart).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: /Arrêter la lecture/ })).toBeTruthy();
    act(() => void synth.spoken[0]?.dispatchEvent(new Event('end')));
    expect(listen()).toBeTruthy();
  });

  it('stays in place and says why when no voice speaks the language', () => {
    synth.voices = [{ name: 'Deutsch', lang: 'de-DE', localService: true }];
    render(<ListenButton text={() => 'Texte'} lang="fr" />);
    fireEvent.click(listen());
    expect(synth.spoken).toEqual([]);
    expect(screen.getByRole('status').textContent).toMatch(
      /Aucune voix n’est installée sur ce poste/,
    );
    const described = document.getElementById(listen().getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toMatch(/Aucune voix/);
  });

  it('says the browser cannot speak where there is no speech synthesis', () => {
    vi.stubGlobal('speechSynthesis', undefined);
    render(<ListenButton text={() => 'Texte'} lang="fr" />);
    fireEvent.click(listen());
    expect(screen.getByRole('status').textContent).toMatch(
      /ne sait pas lire le texte à voix haute/,
    );
  });

  it('tells at once when the system voice fails (no sound device)', () => {
    render(<ListenButton text={() => 'Texte'} lang="fr" />);
    fireEvent.click(listen());
    act(
      () =>
        void synth.spoken[0]?.dispatchEvent(
          Object.assign(new Event('error'), { error: 'audio-hardware' }),
        ),
    );
    expect(screen.getByRole('status').textContent).toMatch(/La lecture n’a pas marché/);
  });

  it('plays the recorded file instead of the system voice', async () => {
    const play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    render(<ListenButton text={() => 'Texte'} lang="fr" recordedSrc="/assets/consigne.mp3" />);
    fireEvent.click(listen());
    await act(async () => undefined);
    expect(play).toHaveBeenCalledOnce();
    expect((play.mock.contexts[0] as HTMLAudioElement).src).toMatch(/\/assets\/consigne\.mp3$/);
    expect(synth.spoken).toEqual([]);
  });

  it('falls back to the system voice when the recording cannot play', async () => {
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockRejectedValue(new Error('NotSupported'));
    render(<ListenButton text={() => 'Texte lu'} lang="fr" recordedSrc="/assets/absent.mp3" />);
    fireEvent.click(listen());
    await act(async () => undefined);
    expect(synth.spoken.map((u) => u.text)).toEqual(['Texte lu']);
  });
});
