import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttemptResult, InteractionProps } from '../types';
import type { ChoiceStep } from './schema';

/** Grades a set of picked choice ids (compared by id, never normalised). */
export function gradeChoice(step: ChoiceStep, picked: readonly string[]): AttemptResult {
  const wrong = step.choices.find((c) => !c.correct && picked.includes(c.id));
  if (wrong) return { correct: false, feedbackId: wrong.id };
  const missing = step.choices.some((c) => c.correct && !picked.includes(c.id));
  if (missing) return { correct: false, feedbackId: 'missing' };
  return { correct: true };
}

/**
 * Single choice: a tap picks and checks. Multiple choice: tick every right answer, then
 * "Valider". Each wrong choice has its own feedback.
 */
export default function ChoiceTask({ step, onAttempt, text }: InteractionProps<ChoiceStep>) {
  const { t } = useTranslation('citizen');
  const [picked, setPicked] = useState<string[]>([]);

  const toggle = (id: string) => {
    if (!step.multiple) {
      setPicked([id]);
      onAttempt(gradeChoice(step, [id]));
      return;
    }
    setPicked(picked.includes(id) ? picked.filter((p) => p !== id) : [...picked, id]);
  };

  return (
    <fieldset className="ia-choices ia-choices--stacked">
      <legend className="ia-prompt">{text(step.question)}</legend>
      {step.multiple && <p className="ia-status">{t('choice.several')}</p>}
      {step.choices.map((choice) => (
        <button
          key={choice.id}
          type="button"
          role={step.multiple ? 'checkbox' : undefined}
          aria-checked={step.multiple ? picked.includes(choice.id) : undefined}
          aria-pressed={step.multiple ? undefined : picked.includes(choice.id)}
          className="ia-choice"
          onClick={() => toggle(choice.id)}
        >
          {step.multiple && <span className="ia-choice__box" aria-hidden="true" />}
          {text(choice.label)}
        </button>
      ))}
      {step.multiple && (
        <button
          type="button"
          className="button button--primary"
          disabled={picked.length === 0}
          onClick={() => onAttempt(gradeChoice(step, picked))}
        >
          {t('player.check')}
        </button>
      )}
    </fieldset>
  );
}
