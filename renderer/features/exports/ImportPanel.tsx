import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk, useServices } from '../../app/KioskContext';
import type { BackupFile } from '../../platform/types';
import { importBundleText, type ImportOutcome } from './importBundle';
import { ImportSummary } from './ImportSummary';
import { problemText } from './problemText';
import type { Progress } from './progress';
import { ProgressBar } from './ProgressBar';

/**
 * Imports another counter's bundle. Browser kiosk: a file input, inside the signed-in agent
 * area only. Electron: the files main lists in the backup folder (no OS dialog a citizen could
 * reach).
 */
export function ImportPanel() {
  const { store } = useServices();
  const { t } = useTranslation('stats');
  const { platform, boot } = useKiosk();
  const fileId = useId();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [files, setFiles] = useState<BackupFile[]>([]);

  useEffect(() => {
    if (platform.importFrom !== 'backup-folder') return;
    let current = true;
    void platform.listBackups().then((list) => current && setFiles(list));
    return () => {
      current = false;
    };
  }, [platform]);

  const run = async (read: () => Promise<string>) => {
    setOutcome(null);
    setProgress({ phase: 'checking', done: 0, total: 0 });
    try {
      let text: string;
      try {
        text = await read();
      } catch {
        setOutcome({ ok: false, problem: { code: 'read-failed' } });
        return;
      }
      const result = await importBundleText(store, text, boot.config.retentionMonths, setProgress);
      setOutcome(result);
      void platform.log({
        level: result.ok ? 'info' : 'warn',
        event: 'import.bundle',
        details: result.ok ? { ...result.summary } : { refused: result.problem.code },
      });
    } finally {
      setProgress(null);
    }
  };

  return (
    <section className="stats-card" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <p>{t('import.intro')}</p>
      {platform.importFrom === 'file-input' ? (
        <div className="stats-field">
          <label htmlFor={fileId}>{t('import.file')}</label>
          <input
            id={fileId}
            type="file"
            accept=".json,application/json"
            className="stats-input stats-input--file"
            disabled={progress !== null}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = ''; // choosing the same file again must import again
              if (file) void run(() => file.text());
            }}
          />
        </div>
      ) : (
        <FileList
          files={files}
          busy={progress !== null}
          onImport={(name) => void run(() => platform.readBackup(name))}
        />
      )}
      {progress && <ProgressBar progress={progress} />}
      <div aria-live="polite">
        {outcome?.ok && <ImportSummary summary={outcome.summary} title={t('import.done')} />}
      </div>
      {outcome && !outcome.ok && (
        <p className="stats-alert stats-alert--error" role="alert">
          {problemText(t, outcome.problem)}
        </p>
      )}
    </section>
  );
}

function FileList({
  files,
  busy,
  onImport,
}: {
  files: BackupFile[];
  busy: boolean;
  onImport: (name: string) => void;
}) {
  const { t } = useTranslation('stats');
  if (files.length === 0) return <p>{t('import.noFiles')}</p>;
  return (
    <ul className="stats-files" aria-label={t('import.listTitle')}>
      {files.map((file) => (
        <li key={file.name}>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => onImport(file.name)}
          >
            {t('import.importFile', { name: file.name })}
          </button>
        </li>
      ))}
    </ul>
  );
}
