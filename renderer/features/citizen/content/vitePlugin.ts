/**
 * Vite plugin: validates the content folder when the app builds, and fails the build with
 * every problem (file and JSON path). In the dev server the same problems are printed as
 * warnings so a médiateur editing a file sees them without the server stopping.
 * The JSON files themselves are served by Vite as ordinary JSON modules.
 */
import type { Plugin, ResolvedConfig } from 'vite';
import { DEFAULT_CONTENT_FOLDER, readContentFolder } from '../../../../scripts/content-files';
import { validateContent, type ContentProblem } from './validate';

const describe = (p: ContentProblem): string => `${p.file}${p.jsonPath ? ` › ${p.jsonPath}` : ''} : ${p.message}`;

export function contentCheckPlugin(folder: string = DEFAULT_CONTENT_FOLDER): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'kiosque-content-check',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      const { problems } = validateContent(readContentFolder(folder));
      const errors = problems.filter((p) => p.severity === 'error');
      if (errors.length === 0) return;
      const list = errors.map(describe).join('\n  ');
      if (config?.command === 'build') this.error(`Contenu invalide (npm run content:check) :\n  ${list}`);
      else config?.logger.warn(`Contenu invalide :\n  ${list}`);
    },
  };
}
