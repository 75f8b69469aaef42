import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, Fact } from './Card';
import { formatBytes, type StorageFacts } from './rendererFacts';
import { type TableCount } from '../../../data/tableCounts';

const KNOWN_TABLES = [
  'settings',
  'agents',
  'journalDays',
  'dayStats',
  'monthStats',
  'catalogue',
  'practice',
  'backups',
] as const;
type KnownTable = (typeof KNOWN_TABLES)[number];
const isKnown = (name: string): name is KnownTable =>
  (KNOWN_TABLES as readonly string[]).includes(name);

/** Rows per table, space used, and whether the browser may clear the data under pressure. */
export function StorageCard({
  counts,
  storage,
  onChanged,
}: {
  counts: TableCount[];
  storage: StorageFacts;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation('deploy');
  const [refused, setRefused] = useState(false);
  const number = new Intl.NumberFormat(i18n.language);

  const requestPersistence = async () => {
    const granted = await navigator.storage.persist().catch(() => false);
    setRefused(!granted);
    onChanged();
  };

  return (
    <Card title={t('storage.title')} wide>
      <table className="diagnostics__table">
        <caption>{t('storage.countsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('storage.table')}</th>
            <th scope="col">{t('storage.rows')}</th>
          </tr>
        </thead>
        <tbody>
          {counts.map(({ name, rows }) => (
            <tr key={name}>
              <th scope="row">
                {isKnown(name) ? t(`storage.tables.${name}`) : name} <code>{name}</code>
              </th>
              <td>{rows === null ? t('unknown') : number.format(rows)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl>
        <Fact label={t('storage.usage')}>
          {storage.usage !== null && storage.quota !== null
            ? t('storage.usageValue', {
                used: formatBytes(storage.usage, t, i18n.language),
                quota: formatBytes(storage.quota, t, i18n.language),
              })
            : t('unknown')}
        </Fact>
        <Fact label={t('storage.persisted')}>
          {storage.persisted === null
            ? t('unknown')
            : t(storage.persisted ? 'storage.persistedYes' : 'storage.persistedNo')}
        </Fact>
      </dl>
      {storage.persisted === false && (
        <p>
          <button type="button" className="button" onClick={() => void requestPersistence()}>
            {t('storage.persist')}
          </button>
        </p>
      )}
      {refused && <p role="status">{t('storage.persistRefused')}</p>}
    </Card>
  );
}
