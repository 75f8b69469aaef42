import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../electron/shared/config-schema';
import { textIn } from '../content/localize';
import type { GlossaryTerm } from './schema';

interface TermEntryProps {
  term: GlossaryTerm;
  lang: Language;
  /** The class of the example line, shown only when given (the end screen's recap has none). */
  exampleClassName?: string;
}

/**
 * One word of the word bank inside a `<dl>` item: the word as the sites write it (French, left
 * to right, isolated inside so it lines up with its meaning, on the right in Arabic), then its
 * meaning in the learner's language, then an example.
 */
export function TermEntry({ term, lang, exampleClassName }: TermEntryProps) {
  const { t } = useTranslation('words');
  const text = textIn(lang);
  return (
    <>
      <dt className="words__term">
        <bdi lang="fr" dir="ltr">
          {term.term}
        </bdi>
      </dt>
      <dd>{text(term.meaning)}</dd>
      {exampleClassName !== undefined && (
        <dd className={exampleClassName} dir="auto">
          {t('exampleLine', { example: text(term.example) })}
        </dd>
      )}
    </>
  );
}
