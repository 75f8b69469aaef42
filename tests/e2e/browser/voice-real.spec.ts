import { chromium } from '@playwright/test';
import { test, expect, serveConfig } from './fixtures';
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
    test.setTimeout(90_000);
    const sandbox = createSpeechSandbox();
    const browser = await chromium.launch({
      executablePath: findChromium(),
      args: [...CHROMIUM_ARGS, '--enable-speech-dispatcher'],
      env: sandbox.env,
    });
    try {
      const page = await browser.newPage({ baseURL, viewport: { width: 1366, height: 768 } });
      await serveConfig(page);
      await page.goto('./');
      const french = await page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const list = () =>
              speechSynthesis
                .getVoices()
                .filter((v) => v.lang === 'fr-FR')
                .map((v) => v.name);
            if (list().length) resolve(list());
            speechSynthesis.addEventListener('voiceschanged', () => resolve(list()), {
              once: true,
            });
          }),
      );
      expect(french).toContain('French (France) espeak-ng');

      await page.getByRole('button', { name: 'Écouter' }).click();
      // "Arrêter la lecture" while espeak-ng speaks, "Écouter" again at its end event.
      await expect(page.getByRole('button', { name: 'Arrêter la lecture' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Écouter' })).toBeVisible({ timeout: 60_000 });
      await expect(page.getByText(/La lecture n’a pas marché/)).toHaveCount(0);
      const { samples, rms } = samplesLoudness(sandbox.samplesFile);
      test.info().annotations.push({
        type: 'speech',
        description: `${samples} samples, RMS ${rms.toFixed(0)}`,
      });
      expect(samples).toBeGreaterThan(22_050); // More than a second of sound at 22 kHz.
      expect(rms).toBeGreaterThan(100); // Not silence.
    } finally {
      await browser.close();
      sandbox.dispose();
    }
  });
});
