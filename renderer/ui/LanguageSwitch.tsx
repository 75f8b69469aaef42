import { useTranslation } from 'react-i18next';
import { useKiosk } from '../app/KioskContext';

/** One big button per enabled language, each labelled in its own language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { boot, language, setLanguage } = useKiosk();
  const enabled = boot.config.languages.enabled;
  if (enabled.length < 2) return null;
  return (
    <div role="group" aria-label={t('attract.chooseLanguage')} className="language-switch">
      {enabled.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="language-switch__button"
          aria-pressed={language === lang}
          onClick={() => setLanguage(lang)}
        >
          <span className="language-switch__code" aria-hidden="true">
            {lang.toUpperCase()}
          </span>
          {t(`language.${lang}`)}
        </button>
      ))}
    </div>
  );
}
