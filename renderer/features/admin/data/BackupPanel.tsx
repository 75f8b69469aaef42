import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk, useServices } from '../../../app/KioskContext';
import type { BackupFile } from '../../../platform/types';
import { backupNow, formatBytes, LAST_BACKUP_KEY, type BackupOutcome } from '../../backup';
import { ImportReport, ProgressBar, useBundleImport } from '../../exports';
import { ConfirmBox } from './ConfirmBox';

const when = (iso: string, lang: string): string =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));

/** "Sauvegarder maintenant", the last backup, and restore from a chosen backup. */
export function BackupPanel({ onChanged }: { onChanged: () => void }) {
  const { store, settings } = useServices();
  const { t } = useTranslation('stats');
  const { platform, boot, language } = useKiosk();
  const [last, setLast] = useState<BackupOutcome | null>(null);
  const [files, setFiles] = useState<BackupFile[]>([]);
  const [busy, setBusy] = useState<'backup' | 'restore' | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const restoring = useBundleImport('backup.restore');

  // Bumped after a backup so the last backup and the list are read again.
  const [reads, setReads] = useState(0);
  const refresh = () => setReads((n) => n + 1);

  useEffect(() => {
    let current = true;
    void Promise.all([settings.get<BackupOutcome>(LAST_BACKUP_KEY), platform.listBackups()]).then(
      ([lastBackup, list]) => {
        if (!current) return;
        setLast(lastBackup ?? null);
        setFiles(list);
      },
    );
    return () => {
      current = false;
    };
  }, [platform, reads, settings]);

  const saveNow = async () => {
    setBusy('backup');
    setMessage(null);
    try {
      const outcome = await backupNow({ store, settings }, platform, boot.config);
      setMessage({
        ok: outcome.ok,
        text: outcome.ok
          ? t('data.backedUp', { path: outcome.detail })
          : t('data.backupFailed', { reason: outcome.detail }),
      });
      refresh();
    } finally {
      setBusy(null);
    }
  };

  const restore = async (name: string) => {
    setConfirming(null);
    setBusy('restore');
    try {
      const size = files.find((file) => file.name === name)?.size;
      await restoring.run({
        ...(size === undefined ? {} : { size }),
        read: () => platform.readBackup(name),
      });
      onChanged();
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <section className="stats-card" aria-labelledby="data-backup-title">
        <h2 id="data-backup-title">{t('data.backupTitle')}</h2>
        <p>{t('data.backupWhen', { keep: boot.config.backup.keep })}</p>
        <p>
          {!last
            ? t('data.noBackup')
            : last.ok
              ? t('data.lastBackup', { date: when(last.at, language), count: last.entries })
              : t('data.lastBackupFailed', { date: when(last.at, language), reason: last.detail })}
        </p>
        <button
          type="button"
          className="button button--primary"
          disabled={busy !== null}
          onClick={() => void saveNow()}
        >
          {busy === 'backup' ? t('data.backingUp') : t('data.backupNow')}
        </button>
        <div aria-live="polite">
          {message?.ok && <p className="stats-alert stats-alert--ok">{message.text}</p>}
        </div>
        {message && !message.ok && (
          <p className="stats-alert stats-alert--error" role="alert">
            {message.text}
          </p>
        )}
      </section>
      <section className="stats-card" aria-labelledby="data-restore-title">
        <h2 id="data-restore-title">{t('data.restoreTitle')}</h2>
        <p>{t('data.restoreIntro')}</p>
        {files.length === 0 ? (
          <p>{t('data.noBackups')}</p>
        ) : (
          <table className="stats-table">
            <caption>{t('data.backupsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('data.file')}</th>
                <th scope="col">{t('data.date')}</th>
                <th scope="col">{t('data.size')}</th>
                <th scope="col">{t('data.action')}</th>
              </tr>
            </thead>
            <tbody>
              {files.map((file) => (
                <tr key={file.name}>
                  <th scope="row">{file.name}</th>
                  <td>{when(file.modifiedAt, language)}</td>
                  <td>{formatBytes(file.size, language)}</td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      disabled={busy !== null}
                      onClick={() => setConfirming(file.name)}
                    >
                      {t('data.restore', { name: file.name })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {confirming && (
          <ConfirmBox
            question={t('data.confirmRestore', { name: confirming })}
            confirmLabel={t('data.confirm')}
            cancelLabel={t('data.cancel')}
            onConfirm={() => void restore(confirming)}
            onCancel={() => setConfirming(null)}
          />
        )}
        {busy === 'restore' && <p role="status">{t('data.restoring')}</p>}
        {restoring.progress && <ProgressBar progress={restoring.progress} />}
        <ImportReport outcome={restoring.outcome} />
      </section>
    </>
  );
}
