import { useTranslation } from 'react-i18next';
import type { ImportOutcome } from './importBundle';
import { ImportSummary } from './ImportSummary';
import { problemText } from './problemText';
import { refusalText } from './refusalText';
import type { Refusal, RefusalReport } from './refusals';

/**
 * What an import or a restore did, as the agent sees it: the refusal of the whole file (an
 * alert), or the summary with the entries and history lines refused one by one, and why.
 */
export function ImportReport({ outcome }: { outcome: ImportOutcome | null }) {
  const { t } = useTranslation('stats');
  return (
    <>
      <div aria-live="polite">
        {outcome?.ok && (
          <>
            <ImportSummary
              summary={outcome.summary}
              refused={outcome.refused}
              title={t('import.done')}
            />
            {outcome.refused.listed.length > 0 && <Refusals report={outcome.refused} />}
          </>
        )}
      </div>
      {outcome && !outcome.ok && (
        <p className="stats-alert stats-alert--error" role="alert">
          {problemText(t, outcome.problem)}
        </p>
      )}
    </>
  );
}

function Refusals({ report }: { report: RefusalReport }) {
  const { t } = useTranslation('stats');
  const more = report.entries + report.audit - report.listed.length;
  return (
    <section className="stats-alert stats-alert--warning" aria-labelledby="import-refusals-title">
      <h3 id="import-refusals-title">{t('import.refusals.title')}</h3>
      <p>{t('import.refusals.intro')}</p>
      <ul>
        {report.listed.map((refusal) => (
          <li key={`${refusal.kind}-${refusal.position}`}>
            <RefusalText refusal={refusal} />
          </li>
        ))}
      </ul>
      {more > 0 && <p>{t('import.refusals.more', { count: more })}</p>}
    </section>
  );
}

function RefusalText({ refusal }: { refusal: Refusal }) {
  const { t } = useTranslation('stats');
  const { t: ta } = useTranslation('agent');
  return <>{refusalText(t, ta, refusal)}</>;
}
