import { chromium } from '@playwright/test';
import { test, expect, openKiosk } from './fixtures';
import { CHROMIUM_ARGS, findChromium } from '../chromium';
import {
  createSpeechSandbox,
  samplesLoudness,
  speechDispatcherMissing,
} from '../speech-dispatcher';

/**
 * The real chain on Linux, nothing stubbed: Chromium started as the kiosk starts it
 * (`--enable-speech-dispatcher`), Debian's speech-dispatcher and espeak-ng, and the sound
 * written to a file by ALSA. "Écouter" on the attract screen must make espeak-ng speak French.
 */
const missing = speechDispatcherMissing();

test.describe('real speech through speech-dispatcher and espeak-ng', () => {
  test.skip(missing !== null, `cannot run here: ${missing}`);

  test('lists a French voice and speaks the attract screen aloud', async ({ baseURL }) => {
    await speakAttractScreen(baseURL, {
      voiceLang: 'fr-FR',
      voiceName: 'French (France) espeak-ng',
      listen: 'Écouter',
      stop: 'Arrêter la lecture',
      failed: /La lecture n’a pas marché/,
    });
  });

  test('in Arabic, speaks the attract screen with espeak-ng’s Arabic voice', async ({
    baseURL,
  }) => {
    await speakAttractScreen(baseURL, {
      arabic: true,
      voiceLang: 'ar',
      voiceName: 'Arabic espeak-ng',
      listen: 'استمع',
      stop: 'أوقف القراءة',
      failed: /لم تنجح القراءة/,
    });
  });
});

interface Speech {
  arabic?: boolean;
  /** The language of the voice the kiosk must find (as Chromium lists it). */
  voiceLang: string;
  voiceName: string;
  /** The button's name before and while it reads, and the start of its failure message. */
  listen: string;
  stop: string;
  failed: RegExp;
}

async function speakAttractScreen(baseURL: string | undefined, speech: Speech): Promise<void> {
  test.setTimeout(90_000);
  const sandbox = createSpeechSandbox();
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, '--enable-speech-dispatcher'],
    env: sandbox.env,
  });
  try {
    const page = await browser.newPage({ baseURL, viewport: { width: 1366, height: 768 } });
    // A new browser kiosk first asks for the admin PIN (it waited there, never reaching
    // « Écouter », when this test blamed the timeout on speech).
    await openKiosk(page, {
      config: { languages: { default: 'fr', enabled: ['fr', 'en', 'ar'] } },
    });
    if (speech.arabic) await page.getByRole('button', { name: 'العربية' }).click();
    const voices = await page.evaluate(
      (lang) =>
        new Promise<string[]>((resolve) => {
          const list = () =>
            speechSynthesis
              .getVoices()
              .filter((v) => v.lang === lang)
              .map((v) => v.name);
          if (list().length) resolve(list());
          speechSynthesis.addEventListener('voiceschanged', () => resolve(list()), {
            once: true,
          });
        }),
      speech.voiceLang,
    );
    expect(voices).toContain(speech.voiceName);

    await page.getByRole('button', { name: speech.listen }).click();
    // The stop button while espeak-ng speaks, the listen button again at its end event.
    await expect(page.getByRole('button', { name: speech.stop })).toBeVisible();
    await expect(page.getByRole('button', { name: speech.listen })).toBeVisible({
      timeout: 60_000,
    });
    await expect(page.getByText(speech.failed)).toHaveCount(0);
    const { samples, rms } = samplesLoudness(sandbox.samplesFile);
    test.info().annotations.push({
      type: 'speech',
      description: `${speech.voiceLang}: ${samples} samples, RMS ${rms.toFixed(0)}`,
    });
    expect(samples).toBeGreaterThan(22_050); // More than a second of sound at 22 kHz.
    expect(rms).toBeGreaterThan(100); // Not silence.
  } finally {
    await browser.close();
    sandbox.dispose();
  }
}
