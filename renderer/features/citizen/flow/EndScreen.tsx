import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../electron/shared/config-schema';
import { COMPETENCE_CODES, COMPETENCE_NAMES, type CompetenceCode } from '../content/competences';
import type { Outcome } from './ExerciseRunner';
import { textIn } from '../content/localize';

export interface CompetenceSummary {
  code: CompetenceCode;
  done: number;
  skipped: number;
}

/** Outcomes grouped per Pix competence, in the framework's order. */
export function summarise(outcomes: readonly Outcome[]): CompetenceSummary[] {
  return COMPETENCE_CODES.map((code) => ({
    code,
    done: outcomes.filter((o) => o.competence === code && o.result === 'success').length,
    skipped: outcomes.filter((o) => o.competence === code && o.result === 'skipped').length,
  })).filter((s) => s.done + s.skipped > 0);
}

interface EndScreenProps {
  outcomes: readonly Outcome[];
  lang: Language;
  onAnother: () => void;
  onFinish: () => void;
}

/** What was practised, per Pix competence, and the next step; "Terminer" goes back to the start. */
export function EndScreen({ outcomes, lang, onAnother, onFinish }: EndScreenProps) {
  const { t } = useTranslation('citizen');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <div className="end">
      <h1 ref={heading} tabIndex={-1}>
        {t('end.title')}
      </h1>
      <section aria-labelledby="end-practised">
        <h2 id="end-practised">{t('end.practised')}</h2>
        <ul className="end__competences">
          {summarise(outcomes).map((s) => (
            <li key={s.code} className="end__competence">
              <span className="end__code">
                {t('end.competence', {
                  code: s.code,
                  name: textIn(lang)(COMPETENCE_NAMES[s.code]),
                })}
              </span>
              <span>
                {s.done > 0 && t('end.done', { count: s.done })}
                {s.done > 0 && s.skipped > 0 && ' · '}
                {s.skipped > 0 && t('end.skipped', { count: s.skipped })}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="end-next" className="end__next">
        <h2 id="end-next">{t('end.nextTitle')}</h2>
        <p>{t('end.pix')}</p>
        <p>{t('end.agent')}</p>
      </section>
      <div className="end__actions">
        <button type="button" className="button" onClick={onAnother}>
          {t('end.another')}
        </button>
        <button type="button" className="button button--primary" onClick={onFinish}>
          {t('end.finish')}
        </button>
      </div>
    </div>
  );
}
