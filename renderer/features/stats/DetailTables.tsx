import { useTranslation } from 'react-i18next';
import { builtinLanguage } from '../../../electron/shared/config-schema';
import { useKiosk } from '../../app/KioskContext';
import { ISSUES, ORGANISMES, THEMATIQUES, type Term } from '../journal/taxonomies';
import { formatCount, formatMinutes, formatShare, termLabel } from './labels';
import type { DurationRow, ProfileRow, StatsResult } from './types';

/** Outcomes per organisme: where partner procedures fail. */
export function OutcomesByOrganisme({ stats }: { stats: StatsResult }) {
  const { t } = useTranslation('stats');
  const { language } = useKiosk();
  if (stats.outcomesByOrganisme.length === 0) return null;
  return (
    <section className="stats-figure stats-figure--wide">
      <h3 className="stats-figure__title">{t('charts.outcomesByOrganisme')}</h3>
      <div className="stats-scroll">
        <table className="stats-table">
          <caption>{t('charts.outcomesByOrganisme')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.category')}</th>
              <th scope="col">{t('table.total')}</th>
              {ISSUES.map((i) => (
                <th key={i.code} scope="col">
                  {i[builtinLanguage(language)]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stats.outcomesByOrganisme.map((row) => (
              <tr key={row.code}>
                <th scope="row">{termLabel(ORGANISMES, row.code, language)}</th>
                <td>{formatCount(row.total, language)}</td>
                {ISSUES.map((i) => {
                  const n = row.byIssue[i.code] ?? 0;
                  return (
                    <td
                      key={i.code}
                    >{`${formatCount(n, language)} (${formatShare(row.total ? n / row.total : 0, language)})`}</td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Mean and median duration per group (thématique or organisme). */
export function DurationTable({
  title,
  rows,
  list,
}: {
  title: string;
  rows: DurationRow[];
  list: readonly Term[];
}) {
  const { t } = useTranslation('stats');
  const { language } = useKiosk();
  if (rows.length === 0) return null;
  const minutes = (v: number | null) => (v === null ? t('kpi.none') : formatMinutes(v, language));
  return (
    <section className="stats-figure">
      <h3 className="stats-figure__title">{title}</h3>
      <table className="stats-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.category')}</th>
            <th scope="col">{t('table.count')}</th>
            <th scope="col">{t('table.mean')}</th>
            <th scope="col">{t('table.median')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">{termLabel(list, row.code, language)}</th>
              <td>{formatCount(row.count, language)}</td>
              <td>{minutes(row.mean)}</td>
              <td>{minutes(row.median)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Public profile (age band, commune): cells under 5 shown as "< 5" and explained. */
export function ProfileTable({
  title,
  rows,
  list,
}: {
  title: string;
  rows: ProfileRow[];
  list: readonly Term[] | null;
}) {
  const { t } = useTranslation('stats');
  const { language } = useKiosk();
  if (rows.length === 0) return null;
  const anySuppressed = rows.some((r) => r.suppressed);
  return (
    <section className="stats-figure">
      <h3 className="stats-figure__title">{title}</h3>
      <table className="stats-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.category')}</th>
            <th scope="col">{t('table.count')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">{termLabel(list, row.code, language)}</th>
              <td>
                {row.count === null ? (
                  <abbr title={t('table.suppressedNote')}>{t('table.suppressed')}</abbr>
                ) : (
                  formatCount(row.count, language)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {anySuppressed && <p className="stats-note">{t('table.suppressedNote')}</p>}
    </section>
  );
}

/** Démarches per site and poste, shown when the journal holds several. */
export function SitePosteTable({ stats }: { stats: StatsResult }) {
  const { t } = useTranslation('stats');
  const { language } = useKiosk();
  if (stats.bySitePoste.length < 2) return null;
  return (
    <section className="stats-figure">
      <h3 className="stats-figure__title">{t('charts.sitePoste')}</h3>
      <table className="stats-table">
        <caption>{t('charts.sitePoste')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.site')}</th>
            <th scope="col">{t('table.poste')}</th>
            <th scope="col">{t('table.count')}</th>
            <th scope="col">{t('table.share')}</th>
          </tr>
        </thead>
        <tbody>
          {stats.bySitePoste.map((row) => (
            <tr key={`${row.siteId}/${row.posteId}`}>
              <th scope="row">{row.siteId}</th>
              <td>{row.posteId}</td>
              <td>{formatCount(row.count, language)}</td>
              <td>{formatShare(stats.count ? row.count / stats.count : 0, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export const DURATION_LISTS = { thematique: THEMATIQUES, organisme: ORGANISMES } as const;
