import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/KioskContext';
import { formatCount, formatMinutes, formatShare } from './labels';
import type { StatsResult } from './types';

/** The headline figures of the period, as a description list (read in order by screen readers). */
export function KeyFigures({ stats }: { stats: StatsResult }) {
  const { t } = useTranslation('stats');
  const { language } = useKiosk();
  const minutes = (v: number | null) =>
    v === null ? t('kpi.none') : t('kpi.minutes', { value: formatMinutes(v, language) });
  const figures: Array<[string, string]> = [
    [t('kpi.count'), formatCount(stats.count, language)],
    [t('kpi.people'), formatCount(stats.people, language)],
    [t('kpi.median'), minutes(stats.medianMinutes)],
    [t('kpi.mean'), minutes(stats.meanMinutes)],
    [t('kpi.finalisee'), formatShare(stats.shares.finalisee, language)],
    [t('kpi.aFinaliser'), formatShare(stats.shares.aFinaliser, language)],
    [t('kpi.doitRevenir'), formatShare(stats.shares.doitRevenir, language)],
    [t('kpi.oriente'), formatShare(stats.shares.oriente, language)],
  ];
  return (
    <section className="stats-kpis" aria-labelledby="stats-kpis-title">
      <h2 id="stats-kpis-title">{t('kpi.title')}</h2>
      <dl className="stats-kpis__list">
        {figures.map(([label, value]) => (
          <div key={label} className="stats-kpis__item">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
