import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatsFilter } from './types';

interface PlaceFilterProps {
  places: Array<[string, string]>;
  filter: StatsFilter;
  onChange: (filter: StatsFilter) => void;
}

const SEP = '\u001f';

/** Site/poste filter of the consolidated statistics; shown only when several are present. */
export function PlaceFilter({ places, filter, onChange }: PlaceFilterProps) {
  const { t } = useTranslation('stats');
  const id = useId();
  if (places.length < 2) return null;
  const sites = [...new Set(places.map(([site]) => site))];
  const value = filter.posteId ? `${filter.siteId}${SEP}${filter.posteId}` : (filter.siteId ?? '');
  return (
    <div className="stats-field">
      <label htmlFor={id}>{t('filter.label')}</label>
      <select
        id={id}
        className="stats-input"
        value={value}
        onChange={(e) => {
          const [siteId = null, posteId = null] =
            e.target.value === '' ? [] : e.target.value.split(SEP);
          onChange({ siteId, posteId });
        }}
      >
        <option value="">{t('filter.all')}</option>
        {sites.length > 1 &&
          sites.map((site) => (
            <option key={site} value={site}>
              {t('filter.site', { site })}
            </option>
          ))}
        {places.map(([site, poste]) => (
          <option key={`${site}${SEP}${poste}`} value={`${site}${SEP}${poste}`}>
            {t('filter.poste', { site, poste })}
          </option>
        ))}
      </select>
    </div>
  );
}
