/**
 * Reads a content folder (`exercises/*.json`, `parcours/*.json`, the names in `audio/`) from
 * disk for the content check and the build plugin. Node only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentFile } from '../renderer/features/citizen/content/validate';

export const DEFAULT_CONTENT_FOLDER = path.resolve(
  import.meta.dirname,
  '..',
  'resources',
  'content',
);

export function readContentFolder(folder: string): ContentFile[] {
  const files: ContentFile[] = [];
  for (const [sub, kind] of [
    ['exercises', 'exercise'],
    ['parcours', 'parcours'],
  ] as const) {
    const dir = path.join(folder, sub);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      files.push({
        path: `${sub}/${name}`,
        kind,
        text: readFileSync(path.join(dir, name), 'utf8'),
      });
    }
  }
  return files;
}

/** The names of the recorded files in the folder's `audio/` (none when it does not exist). */
export function listAudioFiles(folder: string): string[] {
  const dir = path.join(folder, 'audio');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}
