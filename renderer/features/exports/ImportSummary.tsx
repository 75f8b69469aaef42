import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/KioskContext';
import { formatCount } from '../stats';
import type { MergeSummary } from './mergeRules';
import type { RefusalReport } from './refusals';

const FIELDS = [
  'added',
  'updated',
  'unchanged',
  'ignoredOlder',
  'ignoredExpired',
  'auditAdded',
] as const;

/** What an import or a restore changed, line by line, and how much of the file it refused. */
export function ImportSummary({
  summary,
  refused,
  title,
}: {
  summary: MergeSummary;
  refused: RefusalReport;
  title: string;
}) {
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
        <div>
          <dt>{t('import.summary.refusedEntries')}</dt>
          <dd>{formatCount(refused.entries, language)}</dd>
        </div>
        <div>
          <dt>{t('import.summary.refusedAudit')}</dt>
          <dd>{formatCount(refused.audit, language)}</dd>
        </div>
      </dl>
    </div>
  );
}
