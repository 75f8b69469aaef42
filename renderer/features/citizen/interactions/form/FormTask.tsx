import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkAnswer } from '../../answers/check';
import type { InteractionProps } from '../types';
import type { FormStep } from './schema';
import { fixedValue, validateField } from './validate';

/** Placeholder-free format hints shown under each field (kept visible, not as placeholders). */
const HINT_KEY = {
  name: null,
  date: 'form.hints.date',
  postcode: 'form.hints.postcode',
  email: 'form.hints.email',
  phone: 'form.hints.phone',
  text: null,
} as const;

/**
 * A form with live validation: a field's message appears once the person has left it (or
 * tried to send), and updates as they type. Values live only in this component's state.
 */
export default function FormTask({ step, onAttempt, text }: InteractionProps<FormStep>) {
  const { t } = useTranslation('citizen');
  const baseId = useId();
  const [values, setValues] = useState<Record<string, string>>({});
  const [touched, setTouched] = useState<Record<string, boolean>>({});

  const problems = Object.fromEntries(
    step.fields.map((f) => [f.id, validateField(f.kind, values[f.id] ?? '')]),
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(Object.fromEntries(step.fields.map((f) => [f.id, true])));
    const firstInvalid = step.fields.find((f) => problems[f.id]);
    if (firstInvalid) {
      event.currentTarget.ownerDocument.getElementById(`${baseId}-${firstInvalid.id}`)?.focus();
      onAttempt({ correct: false, feedbackId: 'invalid-fields' });
      return;
    }
    const wrong = step.fields.find((f) => !checkAnswer(values[f.id] ?? '', f.answer));
    onAttempt(wrong ? { correct: false, feedbackId: `wrong-${wrong.id}` } : { correct: true });
  };

  return (
    <div className="ia-form">
      <p className="ia-prompt">{text(step.prompt)}</p>
      <form
        className="ia-form__sheet"
        onSubmit={submit}
        noValidate
        autoComplete="off"
        aria-labelledby={`${baseId}-title`}
      >
        <h2 id={`${baseId}-title`} className="ia-form__title">
          {text(step.formTitle)}
        </h2>
        {step.fields.some((f) => f.required) && (
          <p className="ia-form__hint">{t('form.requiredNote')}</p>
        )}
        {step.fields.map((field) => {
          const id = `${baseId}-${field.id}`;
          const problem = touched[field.id] ? problems[field.id] : null;
          const hintKey = HINT_KEY[field.kind];
          return (
            <div key={field.id} className="ia-form__field">
              {/* A required field's label ends with a visible * (drawn by the stylesheet). */}
              <label htmlFor={id} className="ia-label" data-required={field.required || undefined}>
                {text(field.label)}
              </label>
              {hintKey && (
                <p id={`${id}-hint`} className="ia-form__hint">
                  {t(hintKey)}
                </p>
              )}
              <input
                id={id}
                className="ia-input"
                inputMode={
                  field.kind === 'postcode' || field.kind === 'phone'
                    ? 'numeric'
                    : field.kind === 'email'
                      ? 'email'
                      : 'text'
                }
                spellCheck={false}
                aria-required={field.required || undefined}
                aria-invalid={problem ? true : undefined}
                aria-describedby={hintKey ? `${id}-hint ${id}-msg` : `${id}-msg`}
                value={values[field.id] ?? ''}
                onChange={(e) => setValues({ ...values, [field.id]: e.target.value })}
                onBlur={() => setTouched({ ...touched, [field.id]: true })}
              />
              {/* Always present, so a message appearing never moves the button being clicked. */}
              <p id={`${id}-msg`} className={problem ? 'ia-form__error' : 'ia-form__ok'}>
                {problem
                  ? t(`form.problems.${problem}`, {
                      fixed: fixedValue(problem, values[field.id] ?? ''),
                    })
                  : touched[field.id]
                    ? t('form.fieldOk')
                    : ''}
              </p>
            </div>
          );
        })}
        <button type="submit" className="button button--primary">
          {text(step.submitLabel)}
        </button>
      </form>
    </div>
  );
}
