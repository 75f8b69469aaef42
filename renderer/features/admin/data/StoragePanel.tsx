import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk, useServices } from '../../../app/KioskContext';
import { formatBytes, readStorageState, type StorageState } from '../../backup';

/** Persistence state, space used and the size of the journal. */
export function StoragePanel({ refreshKey }: { refreshKey: number }) {
  const { journal } = useServices();
  const { t } = useTranslation('stats');
  const { language } = useKiosk();
  const [state, setState] = useState<StorageState | null>(null);
  const [entries, setEntries] = useState<number | null>(null);

  useEffect(() => {
    let current = true;
    void Promise.all([readStorageState(), journal.total()]).then(([storage, count]) => {
      if (!current) return;
      setState(storage);
      setEntries(count);
    });
    return () => {
      current = false;
    };
  }, [journal, refreshKey]);

  const persistText =
    state?.persist === 'persisted'
      ? t('data.persisted')
      : state?.persist === 'refused'
        ? t('data.notPersisted')
        : t('data.unsupported');
  return (
    <section className="stats-card" aria-labelledby="data-storage-title">
      <h2 id="data-storage-title">{t('data.storageTitle')}</h2>
      {state && (
        <>
          <p className={state.persist === 'persisted' ? '' : 'stats-alert stats-alert--warning'}>
            {persistText}
          </p>
          <p>
            {state.usage !== null && state.quota !== null
              ? t('data.usage', {
                  used: formatBytes(state.usage, language),
                  quota: formatBytes(state.quota, language),
                })
              : t('data.usageUnknown')}
          </p>
        </>
      )}
      {entries !== null && <p>{t('data.entries', { count: entries })}</p>}
    </section>
  );
}
