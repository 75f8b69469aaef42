import { useTranslation } from 'react-i18next';
import { SimIcon } from '../../sims/SimIcon';
import type { StrengthCriterion, StrengthReport } from './strength';

const LEVELS = ['veryWeak', 'weak', 'medium', 'strong', 'veryStrong'] as const;
const CRITERIA: StrengthCriterion[] = ['length', 'variety', 'notCommon', 'noSequence'];

/** The strength bar (an ARIA meter) and, below it, why: each rule met or not yet. */
export function StrengthMeter({
  id,
  report,
  empty,
}: {
  id: string;
  report: StrengthReport;
  empty: boolean;
}) {
  const { t } = useTranslation('sims');
  const level = t(`password.level.${LEVELS[report.score] ?? 'veryWeak'}`);
  return (
    <div className="sim-meter" id={id}>
      <div
        role="meter"
        aria-label={t('password.meter')}
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={report.score}
        aria-valuetext={empty ? t('password.emptyLevel') : level}
        className="sim-meter__bar"
        data-score={empty ? 'empty' : report.score}
      >
        {[0, 1, 2, 3].map((i) => (
          <span
            key={i}
            className={
              !empty && i < Math.max(1, report.score)
                ? 'sim-meter__seg sim-meter__seg--on'
                : 'sim-meter__seg'
            }
          />
        ))}
      </div>
      <p className="sim-meter__level">
        {t('password.levelIntro')} <strong>{empty ? t('password.emptyLevel') : level}</strong>
      </p>
      <ul className="sim-meter__criteria">
        {CRITERIA.map((c) => (
          <li key={c} className={report.met[c] ? 'sim-meter__ok' : 'sim-meter__todo'}>
            <SimIcon name={report.met[c] ? 'check' : 'cross'} />
            <span>
              {t(`password.criteria.${c}`)}
              <span className="visually-hidden">
                {' '}
                ({report.met[c] ? t('password.met') : t('password.notMet')})
              </span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
