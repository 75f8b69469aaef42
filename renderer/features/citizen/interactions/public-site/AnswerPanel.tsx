import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkAnswer } from '../../answers/check';
import type { AttemptResult, LocalizedText } from '../types';
import type { SiteAnswer } from './schema';

export interface AnswerPanelProps {
  question: LocalizedText;
  answer: SiteAnswer;
  text: (value: LocalizedText) => string;
  onAttempt: (result: AttemptResult) => void;
}

/** Judges the checked options: a wrong one first, then a missing right one. */
function judgeChoice(
  answer: Extract<SiteAnswer, { kind: 'choice' }>,
  checked: ReadonlySet<string>,
): AttemptResult {
  if (checked.size === 0) return { correct: false, feedbackId: 'empty' };
  const wrong = answer.options.find((o) => !o.correct && checked.has(o.id));
  if (wrong) return { correct: false, feedbackId: wrong.id };
  if (answer.options.some((o) => o.correct && !checked.has(o.id)))
    return { correct: false, feedbackId: 'missing' };
  return { correct: true };
}

/** The question beside the simulated site, answered by choices or a short text. */
export function AnswerPanel({ question, answer, text, onAttempt }: AnswerPanelProps) {
  const { t } = useTranslation('sims');
  const id = useId();
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [typed, setTyped] = useState('');

  const toggle = (optionId: string, single: boolean) =>
    setChecked((prev) => {
      if (single) return new Set([optionId]);
      const next = new Set(prev);
      if (next.has(optionId)) next.delete(optionId);
      else next.add(optionId);
      return next;
    });

  const submit = () => {
    if (answer.kind === 'choice') return onAttempt(judgeChoice(answer, checked));
    if (typed.trim() === '') return onAttempt({ correct: false, feedbackId: 'empty' });
    onAttempt(
      checkAnswer(typed, answer.spec)
        ? { correct: true }
        : { correct: false, feedbackId: 'wrong-answer' },
    );
  };

  return (
    <form
      noValidate
      className="sim-site__answer"
      data-answers
      aria-labelledby={`${id}-q`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h2 id={`${id}-q`} className="sim-site__question">
        {text(question)}
      </h2>
      {answer.kind === 'choice' ? (
        <fieldset className="sim-options">
          <legend className="visually-hidden">{text(question)}</legend>
          {answer.multiple ? <p className="sim-options__note">{t('site.several')}</p> : null}
          {answer.options.map((o) => (
            // The input covers its whole row (a 48 px target at least); the box is its picture.
            <label key={o.id} className="sim-options__option">
              <input
                type={answer.multiple ? 'checkbox' : 'radio'}
                className="sim-options__input"
                name={`${id}-options`}
                checked={checked.has(o.id)}
                onChange={() => toggle(o.id, !answer.multiple)}
              />
              <span
                className={`sim-options__box sim-options__box--${answer.multiple ? 'check' : 'radio'}`}
                aria-hidden="true"
              />
              <span>{text(o.label)}</span>
            </label>
          ))}
        </fieldset>
      ) : (
        <>
          <label htmlFor={`${id}-a`} className="sim-field__label">
            {text(answer.label)}
          </label>
          <input
            id={`${id}-a`}
            className="sim-field__input"
            type="text"
            autoComplete="off"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
        </>
      )}
      <button type="submit" className="button button--primary">
        {t('site.submit')}
      </button>
    </form>
  );
}
