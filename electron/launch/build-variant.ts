/**
 * Which build this is, from the `kiosqueVariant` field that electron-builder.test.yml writes
 * into the packaged package.json (extraMetadata). Anything unreadable or unknown counts as the
 * production build: the strict rules are the default.
 */
import type { BuildVariant } from './launch-policy';

export function readBuildVariant(packageJsonText: () => string): BuildVariant {
  try {
    const parsed = JSON.parse(packageJsonText()) as { kiosqueVariant?: unknown };
    return parsed.kiosqueVariant === 'test' ? 'test' : 'production';
  } catch {
    return 'production';
  }
}
