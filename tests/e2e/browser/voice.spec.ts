import type { Page } from '@playwright/test';
import { test, expect, openKiosk } from './fixtures';
import { openParcoursList, startParcours } from './citizen-helpers';

/**
 * "Écouter" in the page, with the browser's speech engine observed: each `speak()` is recorded
 * (and still passed to the real engine). `voices: []` makes a machine with no voice.
 */
async function observeSpeech(page: Page, voices: 'system' | 'none'): Promise<void> {
  await page.addInitScript((mode) => {
    const spoken: { text: string; lang: string; voice: string | null }[] = [];
    Object.assign(window, { spoken });
    const engine = window.speechSynthesis;
    if (mode === 'none') {
      engine.getVoices = () => [];
      return;
    }
    // A French and an English voice, as Windows lists them. The engine only takes its own voice
    // objects, so the utterance is stood in for too (same fields and events).
    const fake = (name: string, lang: string) =>
      ({ name, lang, localService: true, default: false, voiceURI: name }) as SpeechSynthesisVoice;
    engine.getVoices = () => [fake('Hortense', 'fr-FR'), fake('Zira', 'en-US')];
    class Utterance extends EventTarget {
      voice: SpeechSynthesisVoice | null = null;
      lang = '';
      rate = 1;
      constructor(public text: string) {
        super();
      }
    }
    Object.assign(window, { SpeechSynthesisUtterance: Utterance });
    engine.speak = (u: SpeechSynthesisUtterance) => {
      spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null });
      // The engine here has no sound: end the utterance as a real one would.
      setTimeout(() => u.dispatchEvent(new Event('end')), 50);
    };
  }, voices);
}

const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);

test.describe('Écouter', () => {
  test('reads the attract screen with the French voice, then the English one', async ({ page }) => {
    await observeSpeech(page, 'system');
    await openKiosk(page);
    await page.getByRole('button', { name: 'Écouter' }).click();
    await expect.poll(() => spoken(page)).toHaveLength(1);
    const [first] = await spoken(page);
    expect(first?.text).toContain('Entraînez-vous aux gestes du numérique');
    expect(first?.lang).toBe('fr-FR');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Listen' }).click();
    await expect.poll(() => spoken(page)).toHaveLength(2);
    expect((await spoken(page))[1]).toMatchObject({ lang: 'en-US' });
  });

  test('reads an exercise’s instructions', async ({ page }) => {
    await observeSpeech(page, 'system');
    await openParcoursList(page);
    await startParcours(page, /Je découvre le clavier/);
    const tools = page.getByRole('group', { name: 'Aide pour cet exercice' });
    await tools.getByRole('button', { name: 'Écouter' }).click();
    await expect.poll(() => spoken(page)).toHaveLength(1);
    expect((await spoken(page))[0]?.text.length).toBeGreaterThan(20);
  });

  test('stays on screen and says why when the computer has no voice', async ({ page }) => {
    await observeSpeech(page, 'none');
    await openKiosk(page);
    const listen = page.getByRole('button', { name: 'Écouter' });
    await expect(listen).toBeVisible();
    await listen.click();
    await expect(page.getByText(/Aucune voix n’est installée sur ce poste/)).toBeVisible();

    await page.getByRole('button', { name: /Touchez l’écran pour commencer/ }).click();
    await startParcours(page, /Je découvre la souris/);
    const tools = page.getByRole('group', { name: 'Aide pour cet exercice' });
    await tools.getByRole('button', { name: 'Écouter' }).click();
    await expect(tools.getByText(/Aucune voix n’est installée sur ce poste/)).toBeVisible();
  });
});
