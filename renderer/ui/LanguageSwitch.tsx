import { useTranslation } from 'react-i18next';
import { useKiosk } from '../app/KioskContext';
import { contentLanguage, usableLanguages } from '../i18n/contentLanguages';

/** One big button per enabled language, each labelled in its own language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { boot, language, setLanguage } = useKiosk();
  const { enabled, preview } = boot.config.languages;
  const offered = usableLanguages(enabled, preview);
  if (offered.length < 2) return null;
  return (
    <div role="group" aria-label={t('attract.chooseLanguage')} className="language-switch">
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
            <span className="language-switch__code" aria-hidden="true">
              {lang.toUpperCase()}
            </span>
            {meta ? meta.name : t(lang === 'en' ? 'language.en' : 'language.fr')}
          </button>
        );
      })}
    </div>
  );
}
