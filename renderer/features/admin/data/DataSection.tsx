import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk, useServices } from '../../../app/KioskContext';
import type { SectionProps } from '../../../app/sectionTypes';
import { startDataLifecycle } from '../../backup';
import { HubStatusPanel } from '../../hub';
import { BackupPanel } from './BackupPanel';
import { RetentionPanel } from './RetentionPanel';
import { StoragePanel } from './StoragePanel';

/** Section "Données" (admin): storage, backups, restore, retention purge. */
export default function DataSection(_props: SectionProps) {
  const { store, settings } = useServices();
  const { t } = useTranslation('stats');
  const { platform, boot } = useKiosk();
  // Bumped after a restore or a purge so the counts and the preview are read again.
  const [refreshKey, setRefreshKey] = useState(0);
  const changed = () => setRefreshKey((k) => k + 1);

  useEffect(() => {
    void startDataLifecycle({ store, settings }, platform, boot).then(() =>
      setRefreshKey((k) => k + 1),
    );
  }, [platform, boot, store, settings]);

  return (
    <div className="stats-section">
      <h1>{t('data.title')}</h1>
      <p>{t('data.intro')}</p>
      <StoragePanel refreshKey={refreshKey} />
      <HubStatusPanel className="stats-card" />
      <BackupPanel key={refreshKey === 0 ? 'first' : 'ready'} onChanged={changed} />
      <RetentionPanel refreshKey={refreshKey} onChanged={changed} />
      <p className="stats-note">{t('data.crashSafety')}</p>
    </div>
  );
}
