import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import { displayDate } from './labels';
import {
  PERIOD_KINDS,
  periodContaining,
  shiftPeriod,
  type Period,
  type PeriodKind,
} from './period';
import { isIsoDate, localIsoDate } from '../../lib/dates';

interface PeriodPickerProps {
  period: Period;
  onChange: (period: Period) => void;
}

/**
 * Chooses the period: one pressed button per kind (day, week, month, year, chosen dates),
 * previous/next buttons, and two date fields for chosen dates. Every control is a native
 * button or input: keyboard and touch work alike.
 */
export function PeriodPicker({ period, onChange }: PeriodPickerProps) {
  const { t } = useTranslation('stats');
  const fromId = useId();
  const toId = useId();
  const errorId = useId();
  const choose = (kind: PeriodKind) => {
    if (kind === 'custom') onChange({ kind, from: period.from, to: period.to });
    else onChange(periodContaining(kind, kind === period.kind ? localIsoDate() : period.from));
  };
  const invalid = period.to < period.from;
  const summary =
    period.from === period.to
      ? t('period.single', { date: displayDate(period.from) })
      : t('period.range', { from: displayDate(period.from), to: displayDate(period.to) });

  return (
    <fieldset className="stats-period">
      <legend>{t('period.legend')}</legend>
      <div className="stats-period__kinds">
        {PERIOD_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="stats-toggle"
            aria-pressed={period.kind === kind}
            onClick={() => choose(kind)}
          >
            {t(`period.kinds.${kind}`)}
          </button>
        ))}
      </div>
      <div className="stats-period__range">
        <button
          type="button"
          className="button stats-period__step"
          onClick={() => onChange(shiftPeriod(period, -1))}
          disabled={invalid}
        >
          <Icon name="back" />
          <span className="visually-hidden">{t('period.previous')}</span>
        </button>
        {period.kind === 'custom' ? (
          <div className="stats-period__dates">
            <label htmlFor={fromId}>{t('period.from')}</label>
            <input
              id={fromId}
              type="date"
              className="stats-input"
              value={period.from}
              aria-describedby={invalid ? errorId : undefined}
              onChange={(e) =>
                isIsoDate(e.target.value) && onChange({ ...period, from: e.target.value })
              }
            />
            <label htmlFor={toId}>{t('period.to')}</label>
            <input
              id={toId}
              type="date"
              className="stats-input"
              value={period.to}
              aria-invalid={invalid}
              aria-describedby={invalid ? errorId : undefined}
              onChange={(e) =>
                isIsoDate(e.target.value) && onChange({ ...period, to: e.target.value })
              }
            />
          </div>
        ) : (
          <p className="stats-period__summary" aria-live="polite">
            {summary}
          </p>
        )}
        <button
          type="button"
          className="button stats-period__step"
          onClick={() => onChange(shiftPeriod(period, 1))}
          disabled={invalid}
        >
          <span className="stats-period__next">
            <Icon name="back" />
          </span>
          <span className="visually-hidden">{t('period.next')}</span>
        </button>
      </div>
      {invalid && (
        <p id={errorId} className="stats-alert stats-alert--error" role="alert">
          {t('period.invalid')}
        </p>
      )}
    </fieldset>
  );
}
