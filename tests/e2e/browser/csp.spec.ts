import {
  browserKioskPageHeaders,
  contentSecurityPolicy,
  inlineScriptHashes,
  inlineStyleHashes,
} from '../../../electron/csp';
import type { Page } from '@playwright/test';
import { test, expect, openKiosk } from './fixtures';

const dev = process.env.E2E_DEV === '1';

test.describe('Content-Security-Policy of the built app', () => {
  test.skip(
    dev,
    'the Vite dev server serves no CSP (hot reload needs an inline script); run on the build',
  );

  test('the page carries the same policy as Electron’s protocol', async ({ page }) => {
    const response = await page.request.get('./');
    const html = await response.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(html)?.[1]
      ?.replaceAll('&#39;', "'");
    // One inline sheet, the first screen's, and one inline script, the still's painter, each
    // allowed by its hash in the meta tag and the header.
    const styles = inlineStyleHashes(html);
    const scripts = inlineScriptHashes(html);
    expect(styles).toHaveLength(1);
    expect(scripts).toHaveLength(1);
    expect(meta).toBe(contentSecurityPolicy(styles, scripts));
    expect(response.headers()['content-security-policy']).toBe(
      browserKioskPageHeaders(html)['Content-Security-Policy'],
    );
  });

  test('the first screen’s styles apply without a style sheet request', async ({ page }) => {
    const sheets: string[] = [];
    page.on('request', (r) => r.resourceType() === 'stylesheet' && sheets.push(r.url()));
    await openKiosk(page);
    const start = page.getByRole('button', { name: /Touchez l’écran pour commencer/ });
    await expect(start).toBeVisible();
    // The design's blue (--primary), not the browser's grey button.
    await expect(start).toHaveCSS('background-color', 'rgb(0, 0, 145)');
    expect(sheets).toEqual([]);
  });

  /** Adds an inline element of `tag` holding `text`; the directive the browser reported. */
  const inject = (page: Page, tag: 'style' | 'script', text: string) =>
    page.evaluate(
      ([name, content]) =>
        new Promise<string | null>((resolve) => {
          let violated: string | null = null;
          document.addEventListener(
            'securitypolicyviolation',
            (e) => (violated = e.effectiveDirective),
          );
          const element = document.createElement(name);
          element.textContent = content;
          document.head.append(element);
          setTimeout(() => resolve(violated), 100);
        }),
      [tag, text] as const,
    );

  test('an injected inline style is refused, and the browser reports the violation', async ({
    page,
  }) => {
    await openKiosk(page);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeVisible();
    const before = await heading.evaluate((h) => getComputedStyle(h).color);
    expect(before).not.toBe('rgb(1, 2, 3)');
    expect(await inject(page, 'style', 'h1 { color: rgb(1, 2, 3) !important; }')).toBe(
      'style-src-elem',
    );
    await expect(heading).toHaveCSS('color', before);
  });

  test('an injected inline script does not run, and the browser reports the violation', async ({
    page,
  }) => {
    await openKiosk(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // (eval cannot be probed from here: DevTools evaluation is exempt from the page's CSP.)
    expect(await inject(page, 'script', 'window.injected = true;')).toBe('script-src-elem');
    expect(await page.evaluate(() => (window as { injected?: boolean }).injected)).toBeUndefined();
  });
});
