import { useTranslation } from 'react-i18next';
import type { BootInfo } from '../../../platform/types';
import { ConfigIssues } from '../../../ui/ConfigIssues';
import { Card, Fact } from './Card';

/** Which counter this is, what runs on it, and which config file it read (from the boot info). */
export function IdentityCards({ boot, kind }: { boot: BootInfo; kind: 'electron' | 'web' }) {
  const { t } = useTranslation('deploy');
  const { t: tAccess } = useTranslation('access');
  const access = boot.adminAccess;
  const pinState =
    access.state === 'ready'
      ? tAccess(access.pin === 'configured' ? 'adminPin.configured' : 'adminPin.stored')
      : tAccess(access.state === 'first-run' ? 'adminPin.firstRun' : 'adminPin.blocked');
  const na = t('versions.notApplicable');
  return (
    <>
      <Card title={t('identity.title')}>
        <dl>
          <Fact label={t('identity.site')}>
            {t('identity.siteValue', { name: boot.config.siteName, id: boot.config.siteId })}
          </Fact>
          <Fact label={t('identity.poste')}>{boot.config.posteId}</Fact>
          <Fact label={t('identity.platform')}>
            {t(kind === 'electron' ? 'identity.platformElectron' : 'identity.platformWeb', {
              os: boot.platform || t('unknown'),
            })}
          </Fact>
          <Fact label={t('identity.lockdown')}>
            {t(boot.lockdown ? 'identity.lockdownOn' : 'identity.lockdownOff')}
          </Fact>
        </dl>
      </Card>
      <Card title={t('versions.title')}>
        <dl>
          <Fact label={t('versions.app')}>{boot.versions.app}</Fact>
          <Fact label={t('versions.electron')}>{boot.versions.electron || na}</Fact>
          <Fact label={t('versions.chrome')}>{boot.versions.chrome || t('unknown')}</Fact>
          <Fact label={t('versions.node')}>{boot.versions.node || na}</Fact>
        </dl>
      </Card>
      <Card title={t('config.title')} wide>
        <dl>
          <Fact label={t('config.source')}>
            {boot.configSource ? <code>{boot.configSource}</code> : t('config.defaults')}
          </Fact>
          <Fact label={tAccess('adminPin.label')}>{pinState}</Fact>
        </dl>
        {boot.configHashIgnored && (
          <p className="agent-alert agent-alert--warning">{tAccess('adminPin.hashIgnored')}</p>
        )}
        {boot.configIssues.length > 0 ? (
          <ConfigIssues issues={boot.configIssues} />
        ) : (
          <p>{t('config.valid')}</p>
        )}
      </Card>
    </>
  );
}
