import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { detectPersonalData } from '../personalData';
import { NOTE_MAX } from '../validation';

interface NoteFieldProps {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

/**
 * The short note, screened as it is typed: when it looks like personal data the reasons are
 * shown at once and saving is refused (the text is never logged anywhere).
 */
export function NoteField({ value, onChange, error }: NoteFieldProps) {
  const { t } = useTranslation('agent');
  const id = useId();
  const warningId = useId();
  const countId = useId();
  const reasons = detectPersonalData(value);
  const warning =
    reasons.length > 0
      ? t('quickLog.personalData.intro', {
          reasons: reasons.map((r) => t(`quickLog.personalData.${r}`)).join(', '),
        })
      : error;
  return (
    <div className="field field--wide">
      <label htmlFor={id}>{t('quickLog.note')}</label>
      <textarea
        id={id}
        rows={2}
        maxLength={NOTE_MAX}
        value={value}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={warning ? true : undefined}
        aria-describedby={`${countId}${warning ? ` ${warningId}` : ''}`}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={countId} className="form-hint">
        {t('quickLog.noteCount', { count: value.length })}
      </p>
      {warning && (
        <p id={warningId} className="field-error" role="alert">
          {warning}
        </p>
      )}
    </div>
  );
}

/** True when the note would be refused (so the form can block saving). */
export const noteIsRefused = (note: string): boolean => detectPersonalData(note).length > 0;
