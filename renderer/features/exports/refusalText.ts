/**
 * The sentence that says which record of a file was refused and why (its position, its date,
 * the field, the reason), never the refused value: the import screen and `npm run hub:push`
 * both say it this way.
 */
import type { TFunction } from 'i18next';
import { displayDate } from '../stats';
import { CLOCK_SKEW_MINUTES, EDITABLE_FIELDS, type EditableField } from '../journal';
import type { Refusal, RefusalField } from './refusals';

/** Fields the journal already names (namespace `agent`, as in "Historique des modifications"). */
type AgentField = EditableField | 'deletedAt';
const AGENT_FIELDS = new Set<string>([...EDITABLE_FIELDS, 'deletedAt']);
const isAgentField = (field: RefusalField): field is AgentField => AGENT_FIELDS.has(field);

export function refusalText(
  t: TFunction<'stats'>,
  ta: TFunction<'agent'>,
  refusal: Refusal,
): string {
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
  if (refusal.field === null) return t('import.refusals.withoutField', { record, reason });
  const field = isAgentField(refusal.field)
    ? ta(`fields.${refusal.field}`)
    : t(`import.refusals.fields.${refusal.field}`);
  return t('import.refusals.withField', { record, field, reason });
}
