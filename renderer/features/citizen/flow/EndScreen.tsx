import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../electron/shared/config-schema';
import { COMPETENCE_NAMES } from '../content/competenceNames';
import { COMPETENCE_CODES, type CompetenceCode } from '../content/competences';
import { findParcours, withPreparedLanguages } from '../content/load';
import { textIn } from '../content/localize';
import type { Parcours } from '../content/schema';
import { AgentSummary } from '../ending/AgentSummary';
import { DoneList, RuleList } from '../ending/Lists';
import { tally } from '../ending/outcomes';
import { TakeawaySheet } from '../ending/TakeawaySheet';
import { exerciseTitle } from '../ending/titles';
import { MetWords } from '../glossary/MetWords';
import type { Outcome } from './ExerciseRunner';

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
  parcours: Parcours;
  outcomes: readonly Outcome[];
  lang: Language;
  launchedBy: 'citizen' | 'agent';
  /** Plays these exercises again (the skipped ones), then comes back here. */
  onRetry: (exerciseIds: string[]) => void;
  onStartParcours: (parcoursId: string) => void;
  onAnother: () => void;
  onFinish: () => void;
}

/**
 * The end of a parcours, truthfully: "Bravo" for what was done only; skipped exercises listed,
 * each retryable at once; the rules learnt in plain words, the French words met, then the Pix
 * competences; level 2 offered after level 1; the sheet to take home; the médiateur's summary
 * in agent mode.
 */
export function EndScreen(props: EndScreenProps) {
  const { parcours, outcomes, lang, launchedBy, onRetry, onStartParcours } = props;
  const { t } = useTranslation('ending');
  const text = textIn(lang);
  const competenceNames = withPreparedLanguages(COMPETENCE_NAMES, 'competences');
  const [sheet, setSheet] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!sheet) heading.current?.focus();
  }, [sheet]);
  const { done, skipped, verdict } = tally(outcomes);
  const next = parcours.nextLevel ? findParcours(parcours.nextLevel) : undefined;
  const title = text(parcours.title);

  if (sheet)
    return (
      <TakeawaySheet parcours={parcours} done={done} lang={lang} onBack={() => setSheet(false)} />
    );

  return (
    <div className="end">
      <h1 ref={heading} tabIndex={-1}>
        {verdict === 'all'
          ? t('title.all', { title })
          : verdict === 'some'
            ? t('title.some', { count: done.length })
            : t('title.none', { title })}
      </h1>
      {verdict === 'none' && <p>{t('noneDone')}</p>}
      {done.length > 0 && (
        <section aria-labelledby="end-done">
          <h2 id="end-done">{t('doneTitle')}</h2>
          <DoneList ids={done} lang={lang} className="end__list" />
        </section>
      )}
      {skipped.length > 0 && (
        <section aria-labelledby="end-skipped" className="end__skipped">
          <h2 id="end-skipped">{t('skippedTitle')}</h2>
          <p>{t('skippedIntro')}</p>
          <ul className="end__list">
            {skipped.map((id) => (
              <li key={id}>
                <button type="button" className="button" onClick={() => onRetry([id])}>
                  {t('retry', { title: exerciseTitle(id, lang) })}
                </button>
              </li>
            ))}
          </ul>
          {skipped.length > 1 && (
            <button type="button" className="button" onClick={() => onRetry(skipped)}>
              {t('retryAll')}
            </button>
          )}
        </section>
      )}
      {parcours.recap.length > 0 && (
        <section aria-labelledby="end-recap" className="end__recap">
          <h2 id="end-recap">{t('recapTitle')}</h2>
          <RuleList rules={parcours.recap} lang={lang} />
        </section>
      )}
      <MetWords lang={lang} />
      <section aria-labelledby="end-practised">
        <h2 id="end-practised">{t('competencesTitle')}</h2>
        <ul className="end__competences">
          {summarise(outcomes).map((s) => (
            <li key={s.code} className="end__competence">
              <span className="end__code">
                {t('competence', { code: s.code, name: text(competenceNames[s.code]) })}
              </span>
              <span>
                {s.done > 0 && t('done', { count: s.done })}
                {s.done > 0 && s.skipped > 0 && ' · '}
                {s.skipped > 0 && t('skipped', { count: s.skipped })}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {next && (
        <section aria-labelledby="end-next-level" className="end__next-level">
          <h2 id="end-next-level">{t('nextLevelTitle')}</h2>
          <button
            type="button"
            className="button button--primary"
            onClick={() => onStartParcours(next.id)}
          >
            {t('nextLevel', { title: text(next.title) })}
          </button>
        </section>
      )}
      <section aria-labelledby="end-next" className="end__next">
        <h2 id="end-next">{t('nextTitle')}</h2>
        <p>{t('pix')}</p>
        <p>{t('agent')}</p>
      </section>
      {launchedBy === 'agent' && <AgentSummary outcomes={outcomes} lang={lang} />}
      <div className="end__actions">
        <button type="button" className="button" onClick={() => setSheet(true)}>
          {t('takeaway')}
        </button>
        <button type="button" className="button" onClick={props.onAnother}>
          {t('another')}
        </button>
        <button type="button" className="button button--primary" onClick={props.onFinish}>
          {t('finish')}
        </button>
      </div>
    </div>
  );
}
