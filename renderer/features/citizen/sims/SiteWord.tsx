import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { BUILTIN_LANGUAGES } from '../../../i18n/contentLanguages';

interface SiteWordProps {
  /** Its entry in the French word bank (resources/content/glossary.json). */
  term: string;
  label: ParseKeys<'sims'>;
}

/**
 * A word written by a simulated French site (a field label, a button). Real sites are in
 * French, so in a language added as content it stays French — marked, so the learner can ask
 * what it means (see glossary/FrenchWords.tsx).
 */
export function SiteWord({ term, label }: SiteWordProps) {
  const { t, i18n } = useTranslation('sims');
  const { t: inFrench } = useTranslation('sims', { lng: 'fr' });
  const french = !BUILTIN_LANGUAGES.includes(i18n.language);
  return (
    <span data-term={term} lang={french ? 'fr' : undefined} dir={french ? 'ltr' : undefined}>
      {french ? inFrench(label) : t(label)}
    </span>
  );
}
