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

  test('an injected inline script does not run, and the browser reports the violation', async ({
    page,
  }) => {
    await openKiosk(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // (eval cannot be probed from here: DevTools evaluation is exempt from the page's CSP.)
    const outcome = await page.evaluate(
      () =>
        new Promise<{ injected: boolean; violated: string | null }>((resolve) => {
          const w = window as unknown as { injected?: boolean };
          let violated: string | null = null;
          document.addEventListener(
            'securitypolicyviolation',
            (e) => (violated = e.effectiveDirective),
          );
          const script = document.createElement('script');
          script.textContent = 'window.injected = true;';
          document.body.append(script);
          setTimeout(() => resolve({ injected: w.injected === true, violated }), 100);
        }),
    );
    expect(outcome).toEqual({ injected: false, violated: 'script-src-elem' });
  });
});
