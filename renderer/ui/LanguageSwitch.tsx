import { useTranslation } from 'react-i18next';
import { contentLanguage } from '../i18n/contentLanguages';
import { useDisplaySettings } from './displaySettings';

/**
 * One big button per enabled language, each labelled in its own language. `compact` (the
 * learner area's bar) shows the code only, the language's name staying in the button's name.
 * The code is part of the name too, so the name contains what is seen (WCAG 2.5.3).
 */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { language, setLanguage, languages: offered } = useDisplaySettings();
  if (offered.length < 2) return null;
  return (
    <div
      role="group"
      aria-label={t('attract.chooseLanguage')}
      className={compact ? 'language-switch language-switch--compact' : 'language-switch'}
    >
      {offered.map((lang) => {
        const meta = contentLanguage(lang);
        return (
          <button
            key={lang}
            type="button"
            lang={lang}
            dir={meta?.dir}
            className="language-switch__button"
            aria-pressed={language === lang}
            onClick={() => setLanguage(lang)}
          >
            <span className="language-switch__code">{lang.toUpperCase()}</span>{' '}
            <span className={compact ? 'visually-hidden' : undefined}>
              {meta ? meta.name : t(lang === 'en' ? 'language.en' : 'language.fr')}
            </span>
          </button>
        );
      })}
    </div>
  );
}
