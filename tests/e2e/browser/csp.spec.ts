import { CONTENT_SECURITY_POLICY } from '../../../electron/csp';
import { test, expect, openKiosk } from './fixtures';

const dev = process.env.E2E_DEV === '1';

test.describe('Content-Security-Policy of the built app', () => {
  test.skip(
    dev,
    'the Vite dev server serves no CSP (hot reload needs an inline script); run on the build',
  );

  test('the page carries the same policy as Electron’s protocol', async ({ page }) => {
    const html = await (await page.request.get('./')).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(html)?.[1]
      ?.replaceAll('&#39;', "'");
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });

  test('an injected inline script and eval do not run', async ({ page }) => {
    await openKiosk(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const outcome = await page.evaluate(() => {
      const w = window as unknown as { injected?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
      let evaluated = false;
      try {
        evaluated = (0, eval)('true') as boolean;
      } catch {
        evaluated = false;
      }
      return { injected: w.injected === true, evaluated };
    });
    expect(outcome).toEqual({ injected: false, evaluated: false });
  });
});
