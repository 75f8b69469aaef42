import { useTranslation } from 'react-i18next';
import type { MainDiagnostics } from '../../../platform/types';
import { Card, Fact } from './Card';
import { formatBytes } from './rendererFacts';

const UPDATE_STATES = [
  'off',
  'dev',
  'unsupported',
  'managed',
  'no-key',
  'refused',
  'idle',
  'checking',
  'up-to-date',
  'downloading',
  'downloaded',
  'installing',
  'error',
  'browser',
] as const;
type UpdateStateKey = (typeof UPDATE_STATES)[number];
const isUpdateState = (s: string): s is UpdateStateKey =>
  (UPDATE_STATES as readonly string[]).includes(s);

/** Folders, last backup, updates and the end of the technical log, as reported by the host. */
export function HostCards({ host, kind }: { host: MainDiagnostics; kind: 'electron' | 'web' }) {
  const { t, i18n } = useTranslation('deploy');
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' });
  const backup = host.lastBackup;
  const state = host.updates.state;

  return (
    <>
      <Card title={t('folders.title')} wide>
        <dl>
          <Fact label={t('folders.backups')}>
            <code>{host.backupFolder}</code>
          </Fact>
          <Fact label={t('folders.lastBackup')}>
            {backup
              ? t('folders.lastBackupValue', {
                  name: backup.name,
                  date: date.format(new Date(backup.modifiedAt)),
                  size: formatBytes(backup.size, t, i18n.language),
                })
              : t('folders.noBackup')}
          </Fact>
          <Fact label={t('folders.logs')}>
            {host.logFolder ? <code>{host.logFolder}</code> : t('none')}
          </Fact>
          <Fact label={t('folders.userData')}>
            <code>{host.userDataFolder}</code>
          </Fact>
        </dl>
      </Card>
      <Card title={t('updates.title')} wide>
        <dl>
          <Fact label={t('updates.state')}>
            {isUpdateState(state) ? t(`updates.states.${state}`) : state}
          </Fact>
        </dl>
      </Card>
      <Card title={t('logs.title')} wide>
        {host.logTail.length > 0 ? (
          <pre
            className="diagnostics__log"
            // Focusable so the lines can be scrolled with the keyboard.
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            tabIndex={0}
            role="region"
            aria-label={t('logs.region', { count: host.logTail.length })}
          >
            {host.logTail.join('\n')}
          </pre>
        ) : (
          <p>{kind === 'web' ? t('logs.browser') : t('logs.empty')}</p>
        )}
      </Card>
    </>
  );
}
