import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk, useServices } from '../../app/KioskContext';
import { periodContaining, type Period } from '../stats';
import { localIsoDate } from '../../lib/dates';
import { PeriodPicker } from '../stats';
import { bundleFileName } from './bundleFormat';
import { exportBundleText, exportJournalCsv, exportStatsCsv } from './exportData';
import type { Progress } from './progress';
import { ProgressBar } from './ProgressBar';
import { useExportTargets } from './useExportTargets';
import { describePlatformError } from '../../lib/platformError';

type Kind = 'journalCsv' | 'statsCsv' | 'bundle';
type Message = { kind: 'ok' | 'error'; text: string } | null;

/** The three exports of the period (or of the whole journal for the bundle), with progress. */
export function ExportPanel() {
  const { store, catalogue } = useServices();
  const { t } = useTranslation('stats');
  const { platform, boot } = useKiosk();
  const targets = useExportTargets(platform);
  const targetFieldId = useId();
  const [targetId, setTargetId] = useState<string | null>(null);
  const [period, setPeriod] = useState<Period>(() => periodContaining('month', localIsoDate()));
  const [progress, setProgress] = useState<Progress | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const chosenTarget = targetId ?? targets[0]?.id ?? null;
  const { siteId, posteId } = boot.config;
  const span = `${period.from}_${period.to}`;

  const run = async (kind: Kind) => {
    if (!chosenTarget) return;
    setMessage(null);
    setProgress({ phase: 'reading', done: 0, total: 0 });
    try {
      let fileName: string;
      let content: string | Uint8Array<ArrayBuffer>;
      let rows: number | null = null;
      if (kind === 'journalCsv') {
        ({ content, rows } = await exportJournalCsv({ store, catalogue }, period, setProgress));
        fileName = `journal-${siteId}-${posteId}-${span}.csv`;
      } else if (kind === 'statsCsv') {
        content = await exportStatsCsv({ store, catalogue }, period);
        fileName = `statistiques-${siteId}-${posteId}-${span}.csv`;
      } else {
        let entries: number;
        ({ content, entries } = await exportBundleText(store, boot.config, setProgress));
        rows = entries;
        fileName = bundleFileName(boot.config, new Date(), true);
      }
      setProgress({ phase: 'saving', done: 0, total: 1 });
      const result = await platform.saveExport({ targetId: chosenTarget, fileName, content });
      if (result.ok) {
        setMessage({
          kind: 'ok',
          text:
            rows === null
              ? t('exports.saved', { path: result.path })
              : t('exports.savedRows', { path: result.path, count: rows }),
        });
      } else {
        setMessage({
          kind: 'error',
          text: t('exports.failed', { reason: describePlatformError(result.error) }),
        });
      }
      void platform.log({
        level: result.ok ? 'info' : 'error',
        event: `export.${kind}`,
        details: { ok: result.ok, rows: rows ?? -1 },
      });
    } catch (error) {
      setMessage({
        kind: 'error',
        text: t('exports.failed', {
          reason: error instanceof Error ? error.message : String(error),
        }),
      });
    } finally {
      setProgress(null);
    }
  };

  const busy = progress !== null;
  return (
    <section className="stats-card" aria-labelledby="exports-files-title">
      <h2 id="exports-files-title">{t('exports.filesTitle')}</h2>
      <PeriodPicker period={period} onChange={setPeriod} />
      {targets.length > 1 && (
        <div className="stats-field">
          <label htmlFor={targetFieldId}>{t('exports.target')}</label>
          <select
            id={targetFieldId}
            className="stats-input"
            value={chosenTarget ?? ''}
            onChange={(e) => setTargetId(e.target.value)}
          >
            {targets.map((target) => (
              <option key={target.id} value={target.id}>
                {target.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="stats-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy || !chosenTarget || period.to < period.from}
          onClick={() => void run('journalCsv')}
        >
          {t('exports.journalCsv')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || !chosenTarget || period.to < period.from}
          onClick={() => void run('statsCsv')}
        >
          {t('exports.statsCsv')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || !chosenTarget}
          onClick={() => void run('bundle')}
        >
          {t('exports.bundle')}
        </button>
      </div>
      <p className="stats-note">{t('exports.bundleHint')}</p>
      {progress && <ProgressBar progress={progress} />}
      <div aria-live="polite">
        {message?.kind === 'ok' && <p className="stats-alert stats-alert--ok">{message.text}</p>}
      </div>
      {message?.kind === 'error' && (
        <p className="stats-alert stats-alert--error" role="alert">
          {message.text}
        </p>
      )}
    </section>
  );
}
