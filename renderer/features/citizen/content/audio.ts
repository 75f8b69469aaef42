/**
 * Recorded files of `resources/content/audio/`, bundled as assets (never inlined: the CSP
 * has no `data:` for media). A text's `audio` names a file there per language.
 */
import type { Language } from '../../../../electron/shared/config-schema';
import type { SpokenTextData } from './primitives';

const files = import.meta.glob<string>(
  '../../../../resources/content/audio/*.{mp3,ogg,opus,wav,webm}',
  { query: '?url', import: 'default', eager: true },
);

const urls = new Map(
  Object.entries(files).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]),
);

/** The URL of the recorded file for `text` in `lang`, if its content gives one. */
export function recordedAudio(
  text: SpokenTextData | undefined,
  lang: Language,
): string | undefined {
  // Recorded files exist for the built-in languages only; other languages use the system voice.
  const files: Partial<Record<string, string>> | undefined = text?.audio;
  const name = files?.[lang];
  return name ? urls.get(name) : undefined;
}
