import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../electron/shared/config-schema';
import { useMetTerms } from './metTerms';
import { termsOf } from './terms';
import { TermEntry } from './TermEntry';

/**
 * The end screen's recap of the French words met during this visit: each word as the sites
 * write it (French, left to right), and its meaning in the learner's language. Nothing shown
 * when no marked word was met.
 */
export function MetWords({ lang }: { lang: Language }) {
  const { t } = useTranslation('words');
  const { met } = useMetTerms();
  const terms = termsOf(met);
  if (terms.length === 0) return null;
  return (
    <section aria-labelledby="end-words" className="end__words">
      <h2 id="end-words">{t('met')}</h2>
      <dl className="words__list">
        {terms.map((term) => (
          <div key={term.id} className="words__item">
            <TermEntry term={term} lang={lang} />
          </div>
        ))}
      </dl>
    </section>
  );
}
