import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/KioskContext';
import {
  AUTONOMIES,
  CANAUX,
  ISSUES,
  ORGANISMES,
  ORIENTATIONS,
  THEMATIQUES,
  TRANCHES_AGE,
  type Term,
} from '../../data/taxonomies';
import { ChartTable, type ChartRow } from './ChartTable';
import { DurationTable, OutcomesByOrganisme, ProfileTable, SitePosteTable } from './DetailTables';
import { DURATION_BANDS } from '../../data/durationBands';
import { KeyFigures } from './KeyFigures';
import { bucketLabel, termLabel } from './labels';
import { periodContaining, type Period } from './period';
import { localIsoDate } from '../../lib/dates';
import { PeriodPicker } from './PeriodPicker';
import { PlaceFilter } from './PlaceFilter';
import type { CountRow, StatsFilter, StatsResult } from './types';
import { usePlaces, useStats } from './useStats';

/** The activity statistics: period, site filter, key figures, then every chart with its table. */
export function ActivityStats() {
  const { t } = useTranslation('stats');
  const [period, setPeriod] = useState<Period>(() => periodContaining('month', localIsoDate()));
  const [filter, setFilter] = useState<StatsFilter>({});
  const places = usePlaces();
  const state = useStats(period, filter);

  return (
    <div className="stats-activity">
      <div className="stats-controls">
        <PeriodPicker period={period} onChange={setPeriod} />
        <PlaceFilter places={places} filter={filter} onChange={setFilter} />
      </div>
      <div aria-live="polite" className="stats-status">
        {state.status === 'loading' && <p role="status">{t('loading')}</p>}
        {state.status === 'ready' && state.stats.count === 0 && <p>{t('empty')}</p>}
      </div>
      {state.status === 'failed' && (
        <p className="stats-alert stats-alert--error" role="alert">
          {t('failed')}
        </p>
      )}
      {state.status === 'ready' && state.stats.count > 0 && <StatsFigures stats={state.stats} />}
    </div>
  );
}

function StatsFigures({ stats }: { stats: StatsResult }) {
  const { t } = useTranslation('stats');
  const { language } = useKiosk();
  const rows = useMemo(() => {
    const from = (list: readonly Term[] | null, counts: CountRow[]): ChartRow[] =>
      counts.map((r) => ({
        code: r.code,
        count: r.count,
        label: termLabel(list, r.code, language),
      }));
    return {
      thematique: from(THEMATIQUES, stats.byThematique),
      organisme: from(ORGANISMES, stats.byOrganisme),
      canal: from(CANAUX, stats.byCanal),
      issue: from(ISSUES, stats.byIssue),
      autonomie: from(AUTONOMIES, stats.byAutonomie),
      duration: from(DURATION_BANDS, stats.byDurationBand),
      orientation: from(ORIENTATIONS, stats.byOrientation),
      overTime: stats.overTime.buckets.map((r) => ({ ...r, label: bucketLabel(r.code) })),
    };
  }, [stats, language]);

  return (
    <>
      <KeyFigures stats={stats} />
      <h2>{t('charts.title')}</h2>
      <div className="stats-grid">
        <ChartTable
          title={t(`charts.overTime_${stats.overTime.granularity}`)}
          rows={rows.overTime}
          total={stats.count}
          horizontal={false}
        />
        <ChartTable title={t('charts.thematique')} rows={rows.thematique} total={stats.count} />
        <ChartTable title={t('charts.organisme')} rows={rows.organisme} total={stats.count} />
        <ChartTable title={t('charts.issue')} rows={rows.issue} total={stats.count} />
        <ChartTable title={t('charts.canal')} rows={rows.canal} total={stats.count} />
        <ChartTable title={t('charts.autonomie')} rows={rows.autonomie} total={stats.count} />
        <ChartTable title={t('charts.duration')} rows={rows.duration} total={stats.count} />
        {rows.orientation.length > 0 && (
          <ChartTable title={t('charts.orientation')} rows={rows.orientation} total={stats.count} />
        )}
        <OutcomesByOrganisme stats={stats} />
        <DurationTable
          title={t('charts.durationByThematique')}
          rows={stats.durationByThematique}
          list={THEMATIQUES}
        />
        <DurationTable
          title={t('charts.durationByOrganisme')}
          rows={stats.durationByOrganisme}
          list={ORGANISMES}
        />
        <SitePosteTable stats={stats} />
        <ProfileTable
          title={t('charts.trancheAge')}
          rows={stats.byTrancheAge}
          list={TRANCHES_AGE}
        />
        <ProfileTable title={t('charts.commune')} rows={stats.byCommune.slice(0, 30)} list={null} />
      </div>
    </>
  );
}
