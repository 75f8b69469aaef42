import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bundleStillScript,
  insertAfterRoot,
  takeEntryModule,
} from '../../../scripts/build/inlineStillScript';

const PAGE = '<body><div id="root"></div><script type="module" src="./a.js"></script></body>';

describe('the still painter written into index.html', () => {
  it('goes just after the empty root, before the entry module', () => {
    expect(insertAfterRoot(PAGE, 'paint()')).toBe(
      '<body><div id="root"></div><script>paint()</script><script type="module" src="./a.js"></script></body>',
    );
  });

  it('refuses code that would close its element early, and a page without the root', () => {
    expect(() => insertAfterRoot(PAGE, 'x("</script>")')).toThrow('</script');
    expect(() => insertAfterRoot(PAGE, 'x("</SCRIPT")')).toThrow('</script');
    expect(() => insertAfterRoot('<body><main></main></body>', 'paint()')).toThrow('root');
  });

  it('takes the place of the entry module’s tag, whose address it keeps', () => {
    const vite =
      '<head><script type="module" crossorigin src="./assets/index-Ab1.js"></script>\n</head>' +
      '<body><div id="root"></div></body>';
    expect(takeEntryModule(vite)).toEqual({
      html: '<head></head><body><div id="root"></div></body>',
      src: './assets/index-Ab1.js',
    });
    expect(() => takeEntryModule(PAGE.replace('crossorigin ', ''))).toThrow('one entry module');
    const twice = vite.replace('</head>', `${vite.slice(6, 80)}</head>`);
    expect(() => takeEntryModule(twice)).toThrow('one entry module');
  });

  it('is the painter as one classic script: no import, the version and entry filled in', async () => {
    const entry = path.resolve(import.meta.dirname, '../../../renderer/still.ts');
    const code = await bundleStillScript(entry, {
      __APP_VERSION__: '"7.7.7-test"',
      __ENTRY_MODULE__: '"./assets/index-Test.js"',
    });
    expect(code).toMatch(/^\(function\(\)\{/);
    expect(code).not.toMatch(/\bimport\b|\bexport\b|__APP_VERSION__|__ENTRY_MODULE__/);
    expect(code).toContain('7.7.7-test');
    expect(code).toContain('./assets/index-Test.js');
    expect(code).toContain('kiosque:attract-still');
    // Nothing of the app beyond the painter: no React, no i18next, no database.
    expect(code.length).toBeLessThan(6000);
    expect(code).not.toMatch(/react|i18next|indexedDB/i);
  });
});
