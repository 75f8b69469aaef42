/**
 * The attract screen's still painter (renderer/still.ts) bundled on its own and written into
 * index.html, just after the root element. As the entry module, it was a request and a module
 * evaluation the still waited for, after the page's first frame: about half the attract
 * screen's distance to a one-button page (docs/mesures.md). Inline, it runs while the page is
 * parsed, and it loads the entry module itself, whose tag it replaces. The page's CSP allows
 * that one script by its hash (electron/csp.ts), never inline scripts at large.
 */
import { build, type Rolldown } from 'vite';

const ROOT = '<div id="root"></div>';
const ENTRY = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/g;

/** `html` without Vite's tag of the entry module, and that module's address. */
export function takeEntryModule(html: string): { html: string; src: string } {
  const tags = [...html.matchAll(ENTRY)];
  const src = tags[0]?.[1];
  if (tags.length !== 1 || !src) throw new Error('index.html should load exactly one entry module');
  return { html: html.replace(ENTRY, ''), src };
}

/** The script minified to one IIFE, with the same compile-time constants as the app. */
export async function bundleStillScript(
  entry: string,
  define: Record<string, string>,
): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    define,
    build: {
      write: false,
      minify: true,
      target: 'chrome120',
      lib: { entry, formats: ['iife'], name: 'kiosqueStill', fileName: () => 'still.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((file) => file.type === 'chunk');
  if (!chunk) throw new Error(`the still script ${entry} built to no code`);
  return chunk.code.trim();
}

/** `html` with `code` as a classic script just after the (empty) root element. */
export function insertAfterRoot(html: string, code: string): string {
  // A script that would close its element early, or a page without its root, is a build error.
  if (/<\/script/i.test(code)) throw new Error('the still script contains "</script"');
  if (!html.includes(ROOT)) throw new Error(`index.html lacks ${ROOT}`);
  return html.replace(ROOT, `${ROOT}<script>${code}</script>`);
}
