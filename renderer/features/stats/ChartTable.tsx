import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/KioskContext';
import { BarChart } from './BarChart';
import { formatCount, formatShare } from './labels';

export interface ChartRow {
  code: string;
  label: string;
  count: number;
}

interface ChartTableProps {
  title: string;
  rows: ChartRow[];
  /** Count the shares are computed on (the period's démarches). */
  total: number;
  horizontal?: boolean;
}

/**
 * One figure of the statistics: a titled bar chart and, beside it, the same numbers as a
 * table with a caption (what a screen reader or a keyboard user reads).
 */
export function ChartTable({ title, rows, total, horizontal = true }: ChartTableProps) {
  const { t } = useTranslation('stats');
  const { language } = useKiosk();
  const labels = useMemo(() => rows.map((r) => r.label), [rows]);
  const values = useMemo(() => rows.map((r) => r.count), [rows]);
  return (
    <section className="stats-figure" aria-label={title}>
      <h3 className="stats-figure__title">{title}</h3>
      <div className="stats-figure__body">
        {rows.length > 0 && total > 0 && (
          <BarChart
            labels={labels}
            values={values}
            horizontal={horizontal}
            label={t('charts.chartLabel', { title })}
          />
        )}
        <table className="stats-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.category')}</th>
              <th scope="col">{t('table.count')}</th>
              <th scope="col">{t('table.share')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={3}>{t('table.noData')}</td>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={row.code}>
                <th scope="row">{row.label}</th>
                <td>{formatCount(row.count, language)}</td>
                <td>{total > 0 ? formatShare(row.count / total, language) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
