import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../../../platform/types';
import type { RendererDiagnostics } from '../../../../electron/ipc/contract';
import { Card } from './Card';
import { describePlatformError } from '../../../lib/platformError';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; path: string }
  | { kind: 'failed'; reason: string };

/** The button that writes the support bundle (to the backup folder, or as a download). */
export function SupportBundle({
  platform,
  facts,
}: {
  platform: Platform;
  facts: () => RendererDiagnostics;
}) {
  const { t } = useTranslation('deploy');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const create = async () => {
    setStatus({ kind: 'busy' });
    try {
      const result = await platform.writeSupportBundle(facts());
      setStatus(
        result.ok
          ? { kind: 'done', path: result.path }
          : { kind: 'failed', reason: describePlatformError(result.error) },
      );
    } catch (error) {
      setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <Card title={t('bundle.title')} wide>
      <p>{t('bundle.intro')}</p>
      <p>
        <button
          type="button"
          className="button button--primary"
          disabled={status.kind === 'busy'}
          onClick={() => void create()}
        >
          {t('bundle.create')}
        </button>
      </p>
      <div aria-live="polite">
        {status.kind === 'busy' && <p>{t('bundle.creating')}</p>}
        {status.kind === 'done' && (
          <p className="agent-alert agent-alert--success">
            {t('bundle.created', { path: status.path })}
          </p>
        )}
        {status.kind === 'failed' && (
          <p className="agent-alert agent-alert--error">
            {t('bundle.failed', { reason: status.reason })}
          </p>
        )}
      </div>
    </Card>
  );
}
