import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/KioskContext';
import { formatCount } from '../stats';
import type { MergeSummary } from './mergeRules';

const FIELDS = [
  'added',
  'updated',
  'unchanged',
  'ignoredOlder',
  'ignoredExpired',
  'auditAdded',
] as const;

/** What an import or a restore changed, line by line. */
export function ImportSummary({ summary, title }: { summary: MergeSummary; title: string }) {
  const { t } = useTranslation('stats');
  const { language } = useKiosk();
  return (
    <div className="stats-alert stats-alert--ok">
      <p>{title}</p>
      <dl className="stats-summary">
        {FIELDS.map((field) => (
          <div key={field}>
            <dt>{t(`import.summary.${field}`)}</dt>
            <dd>{formatCount(summary[field], language)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
