import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk, useServices } from '../../app/KioskContext';
import { ConfigIssues } from '../../ui/ConfigIssues';
import type { SectionProps } from '../../app/sectionTypes';

/** The admin's landing page: this counter's identity, config problems, and the admin sections. */
export default function AdminHomeSection({ open, menu }: SectionProps) {
  const { agents } = useServices();
  const { t } = useTranslation(['admin', 'agent', 'stats', 'deploy', 'citizen', 'common']);
  const { boot } = useKiosk();
  const [activeCount, setActiveCount] = useState<number | null>(null);

  useEffect(() => {
    void agents.listActive().then((rows) => setActiveCount(rows.length));
  }, [agents]);

  const links = menu.filter((s) => s.id !== 'admin-home');

  return (
    <section className="agent-section admin-home" aria-labelledby="admin-home-title">
      <h1 id="admin-home-title">{t('admin:home.title')}</h1>
      <p>{t('admin:home.intro', { site: boot.config.siteName, poste: boot.config.posteId })}</p>
      {boot.configIssues.length > 0 ? (
        <ConfigIssues issues={boot.configIssues} />
      ) : (
        <p className="agent-alert agent-alert--success">{t('admin:home.configOk')}</p>
      )}
      {activeCount !== null && <p>{t('admin:home.agents', { count: activeCount })}</p>}
      <ul className="admin-home__links">
        {links.map((section) => (
          <li key={section.id}>
            <button type="button" className="button button--large" onClick={() => open(section.id)}>
              {section.title(t)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
