import { useTranslation } from 'react-i18next';
import { displayDate } from '../stats';
import { CLOCK_SKEW_MINUTES, EDITABLE_FIELDS, type EditableField } from '../journal';
import type { ImportOutcome } from './importBundle';
import { ImportSummary } from './ImportSummary';
import { problemText } from './problemText';
import type { Refusal, RefusalField, RefusalReport } from './refusals';

/** Fields the journal already names (namespace `agent`, as in "Historique des modifications"). */
type AgentField = EditableField | 'deletedAt';
const AGENT_FIELDS = new Set<string>([...EDITABLE_FIELDS, 'deletedAt']);
const isAgentField = (field: RefusalField): field is AgentField => AGENT_FIELDS.has(field);

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
  const date = refusal.date ? displayDate(refusal.date) : t('import.refusals.noDate');
  const record =
    refusal.kind === 'entry'
      ? t('import.refusals.entry', { position: refusal.position, date })
      : t('import.refusals.audit', {
          position: refusal.position,
          owner:
            refusal.entryPosition === null
              ? t('import.refusals.noOwner')
              : t('import.refusals.owner', { position: refusal.entryPosition, date }),
        });
  const kinds = (refusal.personalData ?? [])
    .map((kind) => ta(`quickLog.personalData.${kind}`))
    .join(', ');
  const reason = t(`import.refusals.reasons.${refusal.reason}`, {
    kinds,
    minutes: CLOCK_SKEW_MINUTES,
  });
  if (refusal.field === null) return <>{t('import.refusals.withoutField', { record, reason })}</>;
  const field = isAgentField(refusal.field)
    ? ta(`fields.${refusal.field}`)
    : t(`import.refusals.fields.${refusal.field}`);
  return <>{t('import.refusals.withField', { record, field, reason })}</>;
}
