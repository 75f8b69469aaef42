import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from './ChoiceGroup';

interface DurationFieldProps {
  presets: readonly number[];
  preset: number | null;
  custom: string;
  /** A preset clears the custom value and typing a custom value clears the preset. */
  onChange: (preset: number | null, custom: string) => void;
  error: string | undefined;
}

/** Duration: one tap on a preset, or a number of minutes typed in. */
export function DurationField({ presets, preset, custom, onChange, error }: DurationFieldProps) {
  const { t } = useTranslation('agent');
  const customId = useId();
  const errorId = useId();
  return (
    <div className="duration-field">
      <ChoiceGroup
        legend={t('quickLog.duration')}
        value={preset}
        onChange={(minutes) => onChange(minutes, '')}
        errorId={error ? errorId : undefined}
        options={presets.map((m) => ({ value: m, label: t('quickLog.minutes', { count: m }) }))}
      />
      <div className="field field--inline">
        <label htmlFor={customId}>{t('quickLog.customDuration')}</label>
        <input
          id={customId}
          type="number"
          inputMode="numeric"
          min={1}
          max={480}
          value={custom}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => onChange(null, e.target.value)}
        />
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
