import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/KioskContext';
import type { BackupFile } from '../../platform/types';
import { ImportReport } from './ImportReport';
import { ProgressBar } from './ProgressBar';
import { useBundleImport } from './useBundleImport';

/**
 * Imports another counter's bundle. Browser kiosk: a file input, inside the signed-in agent
 * area only. Electron: the files main lists in the backup folder (no OS dialog a citizen could
 * reach).
 */
export function ImportPanel() {
  const { t } = useTranslation('stats');
  const { platform } = useKiosk();
  const fileId = useId();
  const { progress, outcome, busy, run } = useBundleImport('import.bundle');
  const [files, setFiles] = useState<BackupFile[]>([]);

  useEffect(() => {
    if (platform.importFrom !== 'backup-folder') return;
    let current = true;
    void platform.listBackups().then((list) => current && setFiles(list));
    return () => {
      current = false;
    };
  }, [platform]);

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
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = ''; // choosing the same file again must import again
              if (file) void run({ size: file.size, read: () => file.text() });
            }}
          />
        </div>
      ) : (
        <FileList
          files={files}
          busy={busy}
          onImport={(file) =>
            void run({ size: file.size, read: () => platform.readBackup(file.name) })
          }
        />
      )}
      {progress && <ProgressBar progress={progress} />}
      <ImportReport outcome={outcome} />
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
  onImport: (file: BackupFile) => void;
}) {
  const { t } = useTranslation('stats');
  if (files.length === 0) return <p>{t('import.noFiles')}</p>;
  return (
    <ul className="stats-files" aria-label={t('import.listTitle')}>
      {files.map((file) => (
        <li key={file.name}>
          <button type="button" className="button" disabled={busy} onClick={() => onImport(file)}>
            {t('import.importFile', { name: file.name })}
          </button>
        </li>
      ))}
    </ul>
  );
}
