/**
 * The end of a parcours in Arabic, as a person who reads Arabic lives it on a touch kiosk
 * (taps only, 1366×768, largest text, high contrast): the end screen tells what was done and
 * what was skipped, the French words met with their meaning in Arabic, then the sheet to take
 * home, whose QR code a phone reads as the address the sheet prints — and nothing else.
 * axe-core, no sideways overflow in RTL, screenshots kept as artifacts.
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Locator } from '@playwright/test';
import { test, expect, expectNoSeriousA11yViolations, keepScreenshot, openKiosk } from './fixtures';
import { horizontalOverflow } from './citizen-helpers';
import { loadContent, readContentJson } from './solvers/content';
import { createDriver } from './solvers/driver';
import { solveExercise } from './solvers/exercise';
import { containing } from './solvers/names';
import { say } from './solvers/say';
import { applyOverlay } from '../../../renderer/features/citizen/content/overlay';
import { glossarySchema } from '../../../renderer/features/citizen/glossary/schema';
import type { LocalizedText } from '../../../renderer/features/citizen/interactions/types';

/** The word bank with its Arabic texts, as the kiosk merges them. */
const GLOSSARY = applyOverlay(
  glossarySchema.parse(readContentJson('glossary.json')),
  readContentJson('locales/ar/glossary.json'),
  'ar',
  false,
).terms;

const CONTENT = loadContent('ar');
const DEMARCHE = CONTENT.find((p) => p.parcours.id === 'je-fais-une-demarche-en-ligne');
const MOUSE = CONTENT.find((p) => p.parcours.id === 'je-decouvre-la-souris');
if (!DEMARCHE || !MOUSE) throw new Error('a parcours of this test is missing from the content');
const { parcours, exercises } = DEMARCHE;
const ar = (value: LocalizedText) => value.ar ?? value.fr;
const FRANCECONNECT = exercises.find((e) => e.id === 'franceconnect-sign-in');
if (!FRANCECONNECT) throw new Error('the FranceConnect exercise is missing');
const fcStep = FRANCECONNECT.steps[0];
if (fcStep?.type !== 'franceconnect') throw new Error('FranceConnect step expected');

const SITE_URL = 'https://www.exemple.fr/continuer-chez-soi';
const say_ = (key: string, vars?: Record<string, string | number>) => say('ar', key, vars);

test.use({ hasTouch: true, viewport: { width: 1366, height: 768 } });

/** What a phone's camera reads from the QR code as the screen shows it. */
async function readQrCode(qr: Locator): Promise<string | null> {
  const png = PNG.sync.read(await qr.screenshot());
  const data = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length);
  return jsQR(data, png.width, png.height)?.data ?? null;
}

/**
 * Whether `first` shows to the left of `last` in the text of `element`, as a person reads a
 * phone number or a French address: the page's Arabic (right-to-left) must not reorder them.
 */
function readsLeftToRight(element: Locator, first: string, last: string): Promise<boolean> {
  return element.evaluate(
    (el, [a, b]) => {
      const text = el.firstChild;
      const value = text?.textContent ?? '';
      if (!text || !value.startsWith(a) || !value.endsWith(b)) return false;
      const box = (start: number, end: number) => {
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, end);
        return range.getBoundingClientRect();
      };
      return box(0, a.length).left < box(value.length - b.length, value.length).left;
    },
    [first, last] as const,
  );
}

test('end screen and takeaway sheet in Arabic: what was done, the French words met, a QR code that reads as the address printed', async ({
  page,
}) => {
  // Counts the print action instead of opening the system's print dialog.
  await page.addInitScript(() => {
    const w = window as unknown as { __printed: number };
    w.__printed = 0;
    window.print = () => void (w.__printed += 1);
  });
  await openKiosk(page, {
    config: {
      languages: { default: 'fr', enabled: ['fr', 'en', 'ar'] },
      takeaway: {
        printer: 'Accueil-HP',
        continueUrl: SITE_URL,
        places: [
          {
            name: 'France Services de Test',
            address: '1 place de la Mairie, 00000 Test',
            hours: 'Lundi-vendredi 9 h-12 h',
            phone: '01 23 45 67 89',
          },
        ],
      },
    },
  });
  const driver = createDriver(page, 'touch', 'ar');
  await page.getByRole('button', { name: 'العربية' }).tap();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: containing(say_('attract.start')) }).tap();
  await page.getByRole('button', { name: say_('a11y.textXLarge') }).tap();
  await page.getByRole('button', { name: say_('a11y.contrast') }).tap();
  await page
    .getByRole('button', { name: containing(ar(parcours.title)) })
    .first()
    .tap();

  // The FranceConnect exercise done by taps (the on-screen keyboard types), the others skipped.
  for (const exercise of exercises) {
    await expect(page.getByRole('heading', { level: 1, name: ar(exercise.title) })).toBeVisible();
    if (exercise === FRANCECONNECT) await solveExercise(page, driver, 'ar', exercise);
    else await page.getByRole('button', { name: say_('citizen:player.skip'), exact: true }).tap();
  }

  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText(say_('ending:title.some', { count: 1 }));
  await expect(
    page.getByRole('region', { name: say_('ending:doneTitle') }).getByRole('listitem'),
  ).toHaveText([`✓ ${ar(FRANCECONNECT.title)}`]);
  const skipped = page.getByRole('region', { name: say_('ending:skippedTitle') });
  for (const exercise of exercises.filter((e) => e !== FRANCECONNECT))
    await expect(
      skipped.getByRole('button', { name: say_('ending:retry', { title: ar(exercise.title) }) }),
    ).toBeVisible();

  // The French words of the FranceConnect screens, each kept French with its meaning in Arabic.
  const words = page.getByRole('region', { name: say_('words:met') });
  for (const id of ['franceconnect', 'identifiant', 'mot-de-passe', 'se-connecter']) {
    const term = GLOSSARY.find((t) => t.id === id);
    if (!term) throw new Error(`${id} is not in the word bank`);
    const word = words.getByText(term.term, { exact: true });
    await expect(word).toBeVisible();
    await expect(word).toHaveAttribute('lang', 'fr');
    // The French word lines up with its Arabic meaning, from the right, not on the far left.
    const side = await word.evaluate((el) => {
      const item = el.closest('div')?.getBoundingClientRect();
      return item && el.getBoundingClientRect().left > item.left + item.width / 2;
    });
    expect(side, `${term.term} on the right of its box`).toBe(true);
    await expect(words.getByText(ar(term.meaning), { exact: true })).toBeVisible();
  }
  // Before the Pix competences, after the rules learnt.
  const boxes = await Promise.all(
    [
      page.getByRole('heading', { level: 2, name: say_('ending:recapTitle') }),
      page.getByRole('heading', { level: 2, name: say_('words:met') }),
      page.getByRole('heading', { level: 2, name: say_('ending:competencesTitle') }),
    ].map((h) => h.boundingBox()),
  );
  const ys = boxes.map((b) => b?.y ?? Number.NaN);
  expect(ys).toEqual([...ys].sort((a, b) => a - b));
  // The competence practised is named in Arabic (locales/ar/competences.json), not in French.
  const code = FRANCECONNECT.competence;
  const competenceInArabic = readContentJson<Record<string, string>>('locales/ar/competences.json')[
    code
  ];
  const competenceInFrench =
    readContentJson<Record<string, { fr: string }>>('competences.json')[code]?.fr;
  if (!competenceInArabic || !competenceInFrench) throw new Error(`competence ${code} unnamed`);
  await expect(page.getByText(competenceInArabic, { exact: false })).toBeVisible();
  await expect(page.getByText(competenceInFrench, { exact: false })).toHaveCount(0);
  expect(await horizontalOverflow(page)).toEqual([]);
  await keepScreenshot(page, 'ar-end-screen-xl-contrast');
  await expectNoSeriousA11yViolations(page, 'end screen (ar, largest text, high contrast)');

  // The sheet to take home.
  await page.getByRole('button', { name: say_('ending:takeaway'), exact: true }).tap();
  await expect(
    page.getByRole('heading', { level: 1, name: say_('ending:sheet.title') }),
  ).toBeFocused();
  const sheet = page.getByRole('article');
  await expect(sheet).toContainText(say_('ending:sheet.practised', { title: ar(parcours.title) }));
  await expect(sheet).toContainText(ar(FRANCECONNECT.title));
  // The place's phone number and address read as written, not reordered by the Arabic around.
  expect(await readsLeftToRight(sheet.getByText('01 23 45 67 89'), '01', '89')).toBe(true);
  expect(
    await readsLeftToRight(sheet.getByText('1 place de la Mairie, 00000 Test'), '1', 'Test'),
  ).toBe(true);
  const qr = sheet.getByRole('img', { name: say_('ending:sheet.qrLabel', { url: SITE_URL }) });
  await expect(qr).toBeVisible();
  // What the sheet promises: this address, printed beside the code, and nothing more — not
  // the identifier or the password typed a moment ago.
  await expect(sheet.getByText(SITE_URL, { exact: true })).toBeVisible();
  const read = await readQrCode(qr);
  expect(read).toBe(SITE_URL);
  for (const typed of [fcStep.identifier, fcStep.password, fcStep.code])
    expect(read).not.toContain(typed);
  expect(await horizontalOverflow(page)).toEqual([]);
  await keepScreenshot(page, 'ar-takeaway-xl-contrast');
  await expectNoSeriousA11yViolations(page, 'takeaway sheet (ar, largest text, high contrast)');

  await page.getByRole('button', { name: say_('ending:sheet.print'), exact: true }).tap();
  await expect(page.getByRole('status')).toHaveText(say_('ending:sheet.printed'));
  await page.getByRole('button', { name: say_('ending:sheet.back'), exact: true }).tap();
  await expect(title).toHaveText(say_('ending:title.some', { count: 1 }));

  // Ending the visit wipes the words met: the next person, who skips a whole parcours without
  // a French site, has met none.
  await page.getByRole('button', { name: say_('ending:finish'), exact: true }).tap();
  await page.getByRole('button', { name: 'العربية' }).tap();
  await page.getByRole('button', { name: containing(say_('attract.start')) }).tap();
  await page
    .getByRole('button', { name: containing(ar(MOUSE.parcours.title)) })
    .first()
    .tap();
  for (const exercise of MOUSE.exercises) {
    await expect(page.getByRole('heading', { level: 1, name: ar(exercise.title) })).toBeVisible();
    await page.getByRole('button', { name: say_('citizen:player.skip'), exact: true }).tap();
  }
  await expect(title).toHaveText(say_('ending:title.none', { title: ar(MOUSE.parcours.title) }));
  await expect(
    page.getByRole('heading', { level: 2, name: say_('ending:recapTitle') }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: say_('words:met') })).toHaveCount(0);
});
