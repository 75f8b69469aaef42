import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkAnswer } from '../../answers/check';
import { explainAnswer } from '../../answers/explain';
import { mismatchText } from '../../answers/mismatchText';
import type { InteractionProps } from '../types';
import type { TypingStep } from './schema';

/** Which feedback a wrong typed answer deserves: a listed mistake, a near miss, or the default. */
export function typingFeedbackId(step: TypingStep, value: string): string | undefined {
  const known = step.mistakes.find((m) => checkAnswer(value, m.answer));
  if (known) return known.feedbackId;
  if (value.trim() === '') return 'empty';
  // Right letters but not the capitals, accents or spaces the exercise asks for.
  if (checkAnswer(value, { accepted: step.answer.accepted, tolerances: ['T1'] }))
    return 'accents-capitals';
  return undefined;
}

/**
 * Type a word, a sentence or an address, then "Valider" (or Enter). The text typed stays in
 * this component's state only: it is never stored or logged, and leaving the screen drops it.
 */
export default function TypingTask({ step, onAttempt, text }: InteractionProps<TypingStep>) {
  const { t } = useTranslation('citizen');
  const { t: tMistake } = useTranslation('mistakes');
  const inputId = useId();
  const [value, setValue] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (checkAnswer(value, step.answer)) onAttempt({ correct: true });
    else {
      const feedbackId = typingFeedbackId(step, value);
      // A mistake the content names itself needs no second explanation.
      const known = feedbackId !== undefined && feedbackId !== 'accents-capitals';
      const mismatch = known ? null : explainAnswer(value, step.answer);
      const detail = mismatch ? mismatchText(tMistake, mismatch) : undefined;
      onAttempt({
        correct: false,
        ...(feedbackId ? { feedbackId } : {}),
        ...(detail ? { detail } : {}),
      });
      input.current?.focus();
    }
  };

  return (
    <form className="ia-typing" onSubmit={submit} autoComplete="off" noValidate>
      <p className="ia-prompt">{text(step.prompt)}</p>
      {step.model && (
        <p className="ia-typing__model">
          <span className="visually-hidden">{t('typing.model')} </span>
          {/* What to copy is French, whatever the UI language: read and laid out as French. */}
          <span lang="fr" dir="ltr">
            {text(step.model)}
          </span>
        </p>
      )}
      <label htmlFor={inputId} className="ia-label">
        {text(step.label)}
      </label>
      <div className="ia-typing__row">
        <input
          ref={input}
          id={inputId}
          className="ia-input"
          lang="fr"
          dir="ltr" // The answer is French: it reads left to right in Arabic too.
          type="text" // Never the browser's own e-mail check: the exercise gives its feedback.
          inputMode={step.inputMode}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" className="button button--primary">
          {t('player.check')}
        </button>
      </div>
    </form>
  );
}
