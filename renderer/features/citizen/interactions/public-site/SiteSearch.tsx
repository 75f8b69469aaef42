import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../electron/shared/config-schema';
import type { LocalizedText } from '../types';
import { SimIcon } from '../../sims/SimIcon';
import type { SitePage } from './schema';
import { searchPages } from './search';
import { SiteWord } from '../../sims/SiteWord';

export interface SiteSearchProps {
  pages: readonly SitePage[];
  lang: Language;
  text: (value: LocalizedText) => string;
  onGo: (id: string) => void;
}

/** The simulated site's search box and its results (searched in memory, nothing is sent). */
export function SiteSearch({ pages, lang, text, onGo }: SiteSearchProps) {
  const { t } = useTranslation('sims');
  const id = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SitePage[] | null>(null);

  return (
    <div className="sim-site__search">
      <form
        noValidate
        role="search"
        aria-label={t('site.searchLabel')}
        onSubmit={(e) => {
          e.preventDefault();
          setResults(searchPages(pages, query, lang));
        }}
      >
        <label htmlFor={`${id}-q`} className="visually-hidden">
          {t('site.searchLabel')}
        </label>
        <input
          id={`${id}-q`}
          className="sim-field__input"
          type="search"
          autoComplete="off"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="submit" className="button">
          <SimIcon name="search" /> <SiteWord term="rechercher" label="site.search" />
        </button>
      </form>
      {results === null ? null : (
        <div role="status" className="sim-site__results">
          {results.length === 0 ? (
            <p>{t('site.noResult')}</p>
          ) : (
            <>
              <p>{t('site.results', { count: results.length })}</p>
              <ul>
                {results.map((page) => (
                  <li key={page.id}>
                    <button
                      type="button"
                      className="sim-site__link"
                      onClick={() => {
                        setResults(null);
                        onGo(page.id);
                      }}
                    >
                      {text(page.title)}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
