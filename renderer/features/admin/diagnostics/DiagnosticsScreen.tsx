import { useTranslation } from 'react-i18next';
import { useKiosk, useServices } from '../../../app/KioskContext';
import type { SectionProps } from '../../../app/sectionTypes';
import { HubStatusPanel } from '../../hub';
import { HostCards } from './HostCards';
import { IdentityCards } from './IdentityCards';
import { StorageCard } from './StorageCard';
import { SupportBundle } from './SupportBundle';
import { bundleFacts } from './rendererFacts';
import { useDiagnostics } from './useDiagnostics';

/**
 * The admin's "Diagnostic" section: answers "what is wrong with this counter?" without a
 * debugger — versions, config file and its errors, identity, lockdown, database and storage,
 * folders and last backup, updates, the end of the technical log — and writes a support bundle.
 */
export default function DiagnosticsScreen(_props: SectionProps) {
  const { countRows } = useServices();
  const { t, i18n } = useTranslation('deploy');
  const { boot, platform } = useKiosk();
  const { data, reload } = useDiagnostics(platform, countRows);

  return (
    <section className="agent-section diagnostics" aria-labelledby="diagnostics-title">
      <div className="diagnostics__header">
        <h1 id="diagnostics-title">{t('section.title')}</h1>
        <button type="button" className="button" onClick={reload}>
          {t('refresh')}
        </button>
      </div>
      <p>{t('intro')}</p>
      <div className="diagnostics__grid">
        <IdentityCards boot={boot} kind={platform.kind} />
        <HubStatusPanel className="diagnostics__card diagnostics__card--wide" withPasswordForm />
        {data === null ? (
          <p role="status">{t('loading')}</p>
        ) : (
          <>
            <StorageCard counts={data.counts} storage={data.storage} onChanged={reload} />
            {data.host ? (
              <HostCards host={data.host} kind={platform.kind} />
            ) : (
              <p className="agent-alert agent-alert--error" role="alert">
                {data.hostError}
              </p>
            )}
            <SupportBundle
              platform={platform}
              facts={() =>
                bundleFacts({
                  boot,
                  counts: data.counts,
                  storage: data.storage,
                  language: i18n.language,
                })
              }
            />
          </>
        )}
      </div>
    </section>
  );
}
