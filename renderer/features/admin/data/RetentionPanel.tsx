import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk, useServices } from '../../../app/KioskContext';
import { previewPurge, purgeBefore, retentionCutoff, type PurgeReport } from '../../backup';
import { displayDate } from '../../stats';
import { localIsoDate } from '../../../lib/dates';
import { ConfirmBox } from './ConfirmBox';

/** The retention purge: what would go, a confirmation, then what went. */
export function RetentionPanel({
  refreshKey,
  onChanged,
}: {
  refreshKey: number;
  onChanged: () => void;
}) {
  const { store } = useServices();
  const { t } = useTranslation('stats');
  const { boot, platform } = useKiosk();
  const months = boot.config.retentionMonths;
  const cutoff = retentionCutoff(localIsoDate(), months);
  const [preview, setPreview] = useState<PurgeReport | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<PurgeReport | null>(null);

  useEffect(() => {
    let current = true;
    void previewPurge(store, cutoff).then((p) => current && setPreview(p));
    return () => {
      current = false;
    };
  }, [cutoff, refreshKey, store]);

  const purge = async () => {
    setConfirming(false);
    setBusy(true);
    try {
      const done = await purgeBefore(store, cutoff);
      setReport(done);
      void platform.log({
        level: 'info',
        event: 'retention.purge',
        details: { entries: done.entries, audit: done.auditRecords },
      });
      onChanged();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stats-card" aria-labelledby="data-retention-title">
      <h2 id="data-retention-title">{t('data.retentionTitle')}</h2>
      <p>{t('data.retentionIntro', { months })}</p>
      {preview && (
        <p>{t('data.purgePreview', { count: preview.entries, date: displayDate(cutoff) })}</p>
      )}
      <button
        type="button"
        className="button"
        disabled={busy || !preview || preview.entries === 0}
        onClick={() => setConfirming(true)}
      >
        {t('data.purge')}
      </button>
      {confirming && (
        <ConfirmBox
          question={t('data.confirmPurge')}
          confirmLabel={t('data.confirmPurgeButton')}
          cancelLabel={t('data.cancel')}
          onConfirm={() => void purge()}
          onCancel={() => setConfirming(false)}
        />
      )}
      {busy && <p role="status">{t('data.purging')}</p>}
      <div aria-live="polite">
        {report && (
          <p className="stats-alert stats-alert--ok">
            {report.entries === 0
              ? t('data.purgedNothing')
              : t('data.purged', {
                  entries: report.entries,
                  oldest: report.oldest ? displayDate(report.oldest) : '',
                  newest: report.newest ? displayDate(report.newest) : '',
                  audit: report.auditRecords,
                })}
          </p>
        )}
      </div>
    </section>
  );
}
