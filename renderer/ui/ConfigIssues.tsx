import { useTranslation } from 'react-i18next';
import type { BootInfo } from '../platform/types';

/** Says which config fields are wrong and why; shown to staff on the attract and admin screens. */
export function ConfigIssues({ issues }: { issues: BootInfo['configIssues'] }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <section className="config-issues" aria-labelledby="config-issues-title">
      <h2 id="config-issues-title">{t('config.issuesTitle')}</h2>
      <p>{t('config.issuesIntro')}</p>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            <code>{issue.path || t('config.wholeFile')}</code> : {issue.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
