/**
 * The app's own UI texts, read from the i18next catalogues, so a solver finds a control by the
 * name a person sees in each language (`say('citizen:player.check')` → "Valider" / "Check" /
 * "تحقّق"). Arabic is a language added as content: its catalogues are the JSON files of
 * resources/content/locales/ar/ui, and the words of the simulated French sites stay French there.
 */
import { resources } from '../../../../renderer/i18n/resources';
import { readContentJson } from './content';

export type Lang = 'fr' | 'en' | 'ar';
type Tree = { readonly [key: string]: string | Tree };

const contentCatalogues = new Map<string, Tree>();
function contentCatalogue(lang: string, ns: string): Tree {
  const file = `locales/${lang}/ui/${ns}.json`;
  let catalogue = contentCatalogues.get(file);
  if (!catalogue) {
    catalogue = readContentJson<Tree>(file);
    contentCatalogues.set(file, catalogue);
  }
  return catalogue;
}

/**
 * The simulated sites' own words (`SiteWord` in renderer/features/citizen/sims): French in a
 * language added as content, as on the real sites.
 */
const SITE_WORDS = new Set([
  'sims:fc.connectWith',
  'sims:fc.identifier',
  'sims:fc.password',
  'sims:fc.signIn',
  'sims:mail.attach',
  'sims:mail.delete',
  'sims:mail.reply',
  'sims:mail.report',
  'sims:mail.send',
  'sims:mail.subject',
  'sims:mail.to',
  'sims:picker.attach',
  'sims:site.search',
]);

export function say(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const [ns = '', path = ''] = key.includes(':') ? key.split(':') : ['common', key];
  if (lang === 'ar' && SITE_WORDS.has(`${ns}:${path}`)) return say('fr', key, vars);
  const catalogue =
    lang === 'ar'
      ? contentCatalogue(lang, ns)
      : (resources[lang] as unknown as Record<string, Tree>)[ns];
  let node: string | Tree | undefined = catalogue;
  const parts = path.split('.');
  // i18next plurals: `key_one` / `key_other` (Arabic also has zero, two, few, many).
  const last = parts.pop() ?? '';
  for (const part of parts) node = typeof node === 'object' ? node[part] : undefined;
  const plural =
    typeof vars.count === 'number' ? new Intl.PluralRules(lang).select(vars.count) : undefined;
  const leaf =
    typeof node === 'object'
      ? (node[last] ?? (plural ? (node[`${last}_${plural}`] ?? node[`${last}_other`]) : undefined))
      : undefined;
  if (typeof leaf !== 'string') throw new Error(`no UI text ${lang}:${key}`);
  return leaf.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? `{{${name}}}`));
}
