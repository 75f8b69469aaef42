import { useId, type ReactNode } from 'react';

export interface Choice<T extends string | number> {
  value: T;
  label: ReactNode;
}

interface ChoiceGroupProps<T extends string | number> {
  legend: string;
  options: readonly Choice<T>[];
  value: T | null;
  onChange: (value: T) => void;
  /** Id of an error message describing the group. */
  errorId?: string | undefined;
  className?: string;
}

/**
 * A single choice shown as big tappable tiles: native radio buttons (arrow keys move between
 * them, screen readers announce "radio, 2 of 7"), each covering its whole tile.
 */
export function ChoiceGroup<T extends string | number>({
  legend,
  options,
  value,
  onChange,
  errorId,
  className,
}: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset className={`choice-group ${className ?? ''}`} aria-describedby={errorId}>
      <legend className="choice-group__legend">{legend}</legend>
      <div className="choice-group__options">
        {options.map((option) => (
          <label key={String(option.value)} className="choice">
            <input
              type="radio"
              name={name}
              className="choice__input"
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span className="choice__label">{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
