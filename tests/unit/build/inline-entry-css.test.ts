import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from '../../../scripts/build/inlineEntryCss';

const sheets: Record<string, string> = {
  'assets/index-abc.css':
    '@font-face{src:url(./font.woff2)format("woff2"),url("./font.woff")}' +
    '.a{background:url(data:image/png;base64,AAAA)}.b{background:url(/root.png)}' +
    ".c{mask:url(#shape)}.d{background:url('../img/x.png')}",
  'assets/closing.css': '.x{content:"</style><script>"}',
};
const read = (file: string) => sheets[file] ?? null;
const page = (href: string) =>
  `<head><link rel="stylesheet" crossorigin href="./${href}"></head><body></body>`;

describe('the entry’s style sheet written into index.html', () => {
  it('replaces the link with the sheet’s text, and keeps a disabled link for Vite’s loader', () => {
    const { html, inlined } = inlineStylesheets(page('assets/index-abc.css'), read);
    expect(inlined).toEqual(['assets/index-abc.css']);
    expect(html).not.toContain('crossorigin');
    expect(html).toMatch(
      /^<head><style>@font-face\{.*\}<\/style><link rel="stylesheet" href="\.\/assets\/index-abc\.css" disabled><\/head>/,
    );
  });

  it('rebases relative urls from the sheet’s folder to the page’s, and leaves the others', () => {
    const { html } = inlineStylesheets(page('assets/index-abc.css'), read);
    expect(html).toContain('url(./assets/font.woff2)format("woff2")');
    expect(html).toContain('url("./assets/font.woff")');
    expect(html).toContain("url('./img/x.png')");
    expect(html).toContain('url(data:image/png;base64,AAAA)');
    expect(html).toContain('url(/root.png)');
    expect(html).toContain('url(#shape)');
  });

  it('leaves linked a sheet it does not know, or one that would close the element', () => {
    for (const href of ['assets/other.css', 'assets/closing.css']) {
      const { html, inlined } = inlineStylesheets(page(href), read);
      expect(inlined).toEqual([]);
      expect(html).toBe(page(href));
    }
  });
});
