import { useTranslation } from 'react-i18next';
import { EDITABLE_FIELDS, type EditableField } from '../model';
import { type AuditRecord } from '../../../data/types';
import { auditValueText } from './auditText';

interface AuditTrailProps {
  records: readonly AuditRecord[];
  labels: ReadonlyMap<string, string>;
}

/** Fields with a label in the agent namespace: what an agent edits, and the deletion date. */
type FieldKey = EditableField | 'deletedAt';
const FIELDS = new Set<string>([...EDITABLE_FIELDS, 'deletedAt']);

/** Who (agent code) changed what and when; the note's text is never part of it. */
export function AuditTrail({ records, labels }: AuditTrailProps) {
  const { t, i18n } = useTranslation('agent');
  const lang = i18n.language === 'en' ? 'en' : 'fr';

  const describe = (record: AuditRecord): string[] =>
    Object.entries(record.changes).map(([field, [before, after]]) => {
      if (field === 'note') {
        if (before && after) return t('entry.audit.noteChanged');
        return after ? t('entry.audit.noteAdded') : t('entry.audit.noteRemoved');
      }
      if (field === 'deletedAt')
        return t(after ? 'entry.audit.actions.delete' : 'entry.audit.actions.restore');
      const name = FIELDS.has(field) ? t(`fields.${field as FieldKey}`) : field;
      return `${name} : ${auditValueText(field, before, lang, labels)} → ${auditValueText(field, after, lang, labels)}`;
    });

  return (
    <section className="audit-trail" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('entry.audit.title')}</h2>
      {records.length === 0 ? (
        <p>{t('entry.audit.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('entry.audit.when')}</th>
              <th scope="col">{t('entry.audit.who')}</th>
              <th scope="col">{t('entry.audit.what')}</th>
            </tr>
          </thead>
          <tbody>
            {/* The trail only grows at its end, so a position is a stable key. */}
            {records.map((record, position) => (
              <tr key={`${position}-${record.at}-${record.action}`}>
                <td>{new Date(record.at).toLocaleString(lang === 'en' ? 'en-GB' : 'fr-FR')}</td>
                <td>{record.agentCode}</td>
                <td>
                  <strong>{t(`entry.audit.actions.${record.action}`)}</strong>
                  {record.action === 'update' && (
                    <ul>
                      {describe(record).map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
