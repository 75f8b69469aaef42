import { useTranslation } from 'react-i18next';
import { useKiosk } from '../app/KioskContext';

/**
 * One big button per enabled language, each labelled in its own language. `compact` (the
 * learner area's bar) shows the code only, the language's name staying in the button's name.
 * The code is part of the name too, so the name contains what is seen (WCAG 2.5.3).
 */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { boot, language, setLanguage } = useKiosk();
  const enabled = boot.config.languages.enabled;
  if (enabled.length < 2) return null;
  return (
    <div
      role="group"
      aria-label={t('attract.chooseLanguage')}
      className={compact ? 'language-switch language-switch--compact' : 'language-switch'}
    >
      {enabled.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="language-switch__button"
          aria-pressed={language === lang}
          onClick={() => setLanguage(lang)}
        >
          <span className="language-switch__code">{lang.toUpperCase()}</span>
          <span className={compact ? 'visually-hidden' : undefined}>{t(`language.${lang}`)}</span>
        </button>
      ))}
    </div>
  );
}
