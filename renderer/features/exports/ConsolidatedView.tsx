import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk, useServices } from '../../app/KioskContext';
import { displayDate, formatCount } from '../stats';
import { loadSitesAndPostes, type SitePosteSummary } from '../stats';

/** Every site and poste in the (consolidated) journal, computed when asked for. */
export function ConsolidatedView() {
  const { store } = useServices();
  const { t } = useTranslation('stats');
  const { language } = useKiosk();
  const [rows, setRows] = useState<SitePosteSummary[] | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async () => {
    setBusy(true);
    try {
      setRows(await loadSitesAndPostes(store));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stats-card" aria-labelledby="consolidated-title">
      <h2 id="consolidated-title">{t('consolidated.title')}</h2>
      <p>{t('consolidated.intro')}</p>
      <button type="button" className="button" disabled={busy} onClick={() => void load()}>
        {t('consolidated.load')}
      </button>
      {busy && <p role="status">{t('loading')}</p>}
      {rows && rows.length === 0 && <p>{t('consolidated.none')}</p>}
      {rows && rows.length > 0 && (
        <table className="stats-table">
          <caption>{t('consolidated.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.site')}</th>
              <th scope="col">{t('table.poste')}</th>
              <th scope="col">{t('table.count')}</th>
              <th scope="col">{t('consolidated.lastDate')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.siteId}/${row.posteId}`}>
                <th scope="row">{row.siteId}</th>
                <td>{row.posteId}</td>
                <td>{formatCount(row.count, language)}</td>
                <td>{row.lastDate ? displayDate(row.lastDate) : t('kpi.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
