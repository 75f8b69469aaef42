import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk, useServices } from '../../app/KioskContext';
import type { SectionProps } from '../../app/sectionTypes';
import { startDataLifecycle } from '../backup';
import { ConsolidatedView } from './ConsolidatedView';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

/** Section "Exports": files for Excel and for consolidation; import is for the admin. */
export default function ExportsSection({ session }: SectionProps) {
  const { store, settings } = useServices();
  const { t } = useTranslation('stats');
  const { platform, boot } = useKiosk();
  useEffect(() => {
    void startDataLifecycle({ store, settings }, platform, boot);
  }, [platform, boot, store, settings]);
  return (
    <div className="stats-section">
      <h1>{t('exports.title')}</h1>
      <p>{t('exports.intro')}</p>
      <ExportPanel />
      {session.role === 'admin' && <ImportPanel />}
      <ConsolidatedView />
    </div>
  );
}
