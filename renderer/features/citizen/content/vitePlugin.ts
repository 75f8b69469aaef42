/**
 * Vite plugin: validates the content folder when the app builds and fails the build listing
 * every problem (file and JSON path). In the dev server the problems are printed as warnings
 * so a médiateur editing a file keeps a running server. The JSON files themselves are served
 * by Vite as ordinary JSON modules.
 *
 * Build tooling, never bundled into the renderer. It runs `scripts/content-check.ts` in a
 * child process (through tsx) so that Vite's config loader does not have to bundle the zod
 * schemas and their TypeScript imports.
 */
/* eslint-disable no-restricted-imports -- Node build tooling living beside the schema it checks. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
/* eslint-enable no-restricted-imports */
import type { Plugin, ResolvedConfig } from 'vite';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..', '..');

/** Runs the content check on `folder` (default resources/content); returns its exit code and output. */
export function runContentCheck(folder?: string): { ok: boolean; output: string } {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const args = [tsx, path.join(ROOT, 'scripts', 'content-check.ts'), ...(folder ? [folder] : [])];
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

export function contentCheckPlugin(folder?: string): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'kiosque-content-check',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      const { ok, output } = runContentCheck(folder);
      if (ok) return;
      if (config?.command === 'build')
        this.error(`Contenu invalide (npm run content:check) :\n${output}`);
      else config?.logger.warn(`Contenu invalide :\n${output}`);
    },
  };
}
