/**
 * The app's own UI texts, read from the i18next catalogues, so a solver finds a control by the
 * name a person sees in either language (`say('citizen:player.check')` → "Valider" / "Check").
 */
import { resources } from '../../../../renderer/i18n/resources';

export type Lang = 'fr' | 'en';
type Tree = { readonly [key: string]: string | Tree };

export function say(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const [ns = '', path = ''] = key.includes(':') ? key.split(':') : ['common', key];
  const catalogue = (resources[lang] as unknown as Record<string, Tree>)[ns];
  let node: string | Tree | undefined = catalogue;
  const parts = path.split('.');
  // i18next plurals: `key_one` / `key_other` when a count is given.
  const last = parts.pop() ?? '';
  for (const part of parts) node = typeof node === 'object' ? node[part] : undefined;
  const leaf =
    typeof node === 'object'
      ? (node[last] ??
        (typeof vars.count === 'number'
          ? node[`${last}_${vars.count === 1 ? 'one' : 'other'}`]
          : undefined))
      : undefined;
  if (typeof leaf !== 'string') throw new Error(`no UI text ${lang}:${key}`);
  return leaf.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? `{{${name}}}`));
}
