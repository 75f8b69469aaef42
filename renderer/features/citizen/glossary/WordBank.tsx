import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../electron/shared/config-schema';
import { Icon } from '../../../ui/Icon';
import { glossaryTerms } from './terms';
import { TermEntry } from './TermEntry';

interface WordBankProps {
  lang: Language;
  onBack: () => void;
}

/** The French word bank: every word the online services use, its meaning and an example. */
export function WordBank({ lang, onBack }: WordBankProps) {
  const { t } = useTranslation('words');
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return (
    <section className="words" aria-labelledby="words-title">
      <h1 id="words-title" ref={title} tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="words__intro">{t('intro')}</p>
      <dl className="words__list">
        {glossaryTerms().map((term) => (
          <div key={term.id} className="words__item">
            <TermEntry term={term} lang={lang} exampleClassName="words__example" />
          </div>
        ))}
      </dl>
      <button type="button" className="button" onClick={onBack}>
        <Icon name="back" /> {t('back')}
      </button>
    </section>
  );
}

/** The way into the word bank, under the parcours list. */
export function WordBankButton({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation('words');
  return (
    <button type="button" className="button words__open" onClick={onOpen}>
      <span aria-hidden="true" className="french-words__badge" lang="fr" dir="ltr">
        Fr
      </span>
      <span className="words__open-text">
        {t('open')}
        <span className="words__open-hint">{t('openHint')}</span>
      </span>
    </button>
  );
}
