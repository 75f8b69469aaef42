import { useTranslation } from 'react-i18next';
import { useDisplaySettings, type TextScaleStep } from './displaySettings';
import { Icon } from './Icon';
import { ListenButton } from './ListenButton';

const STEPS: {
  step: TextScaleStep;
  key: 'textNormal' | 'textLarge' | 'textXLarge';
  glyph: string;
}[] = [
  { step: 0, key: 'textNormal', glyph: 'A' },
  { step: 1, key: 'textLarge', glyph: 'A+' },
  { step: 2, key: 'textXLarge', glyph: 'A++' },
];

/** Reads what the screen marks with `data-read-aloud`, else the main region's text. */
function screenText(): string {
  const marked = document.querySelector<HTMLElement>('[data-read-aloud]');
  const main = marked ?? document.querySelector<HTMLElement>('main');
  return main?.innerText.trim() ?? '';
}

/** Text size in three steps, high contrast and read-aloud: on every citizen screen. */
export function AccessibilityBar() {
  const { t } = useTranslation();
  const { display, setDisplay, language } = useDisplaySettings();

  return (
    <nav className="a11y-bar" aria-label={t('a11y.bar')}>
      <div role="group" aria-label={t('a11y.textSize')} className="a11y-bar__group">
        {STEPS.map(({ step, key, glyph }) => (
          <button
            key={step}
            type="button"
            className="a11y-bar__button"
            aria-pressed={display.textScale === step}
            title={t(`a11y.${key}`)}
            onClick={() => setDisplay({ ...display, textScale: step })}
          >
            {/* The name starts with what is seen ("A+"), then says it in words (WCAG 2.5.3); the
                glyph is read left to right, or Arabic shows "++A". */}
            <span dir="ltr">{glyph}</span>{' '}
            <span className="visually-hidden">{t(`a11y.${key}`)}</span>
          </button>
        ))}
      </div>
      <button
        type="button"
        className="a11y-bar__button a11y-bar__button--wide"
        aria-pressed={display.highContrast}
        onClick={() => setDisplay({ ...display, highContrast: !display.highContrast })}
      >
        <Icon name="contrast" /> {t('a11y.contrast')}
      </button>
      <ListenButton
        text={screenText}
        lang={language}
        className="a11y-bar__button a11y-bar__button--wide"
      />
    </nav>
  );
}
