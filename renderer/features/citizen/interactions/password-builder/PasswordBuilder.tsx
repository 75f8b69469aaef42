import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionProps } from '../types';
import { SimIcon } from '../../sims/SimIcon';
import type { PasswordBuilderStep } from './schema';
import { assessPassword, type StrengthCriterion } from './strength';
import { StrengthMeter } from './StrengthMeter';

/** Feedback id sent to the player for the first rule a too-weak password misses. */
const FEEDBACK: Record<StrengthCriterion, string> = {
  length: 'too-short',
  variety: 'low-variety',
  notCommon: 'common-word',
  noSequence: 'sequence',
};

/**
 * Build a passphrase: live strength meter with its reasons, show/hide, Caps Lock warning.
 * The password lives only in this component's state: never stored, logged or sent.
 */
export default function PasswordBuilder({
  step,
  onAttempt,
  text,
}: InteractionProps<PasswordBuilderStep>) {
  const { t } = useTranslation('sims');
  const id = useId();
  const [value, setValue] = useState('');
  const [visible, setVisible] = useState(false);
  const [capsLock, setCapsLock] = useState(false);
  // The example on screen is known to everyone who reads it: copied, it is weak.
  const report = assessPassword(value, step.example ? [step.example.fr, step.example.en] : []);
  const minScore = step.minScore;

  const watchCapsLock = (e: KeyboardEvent<HTMLInputElement>) =>
    setCapsLock(e.getModifierState('CapsLock'));

  const submit = () => {
    if (value.length === 0) onAttempt({ correct: false, feedbackId: 'empty' });
    else if (report.score >= minScore) onAttempt({ correct: true });
    else onAttempt({ correct: false, feedbackId: FEEDBACK[report.firstMissing ?? 'length'] });
  };

  return (
    <div className="sim-password">
      {step.example ? (
        <p className="sim-password__example">
          {t('password.example')} <strong>{text(step.example)}</strong>
        </p>
      ) : null}
      <form
        noValidate
        className="sim-password__form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label htmlFor={`${id}-input`} className="sim-field__label">
          {text(step.label)}
        </label>
        <div className="sim-password__row">
          <input
            id={`${id}-input`}
            className="sim-field__input"
            type={visible ? 'text' : 'password'}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            onKeyDown={watchCapsLock}
            onKeyUp={watchCapsLock}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            aria-describedby={`${id}-meter ${id}-caps`}
          />
          <button
            type="button"
            className="button"
            aria-pressed={visible}
            onClick={() => setVisible((v) => !v)}
          >
            <SimIcon name={visible ? 'eyeOff' : 'eye'} />
            {visible ? t('password.hide') : t('password.show')}
          </button>
        </div>
        <p id={`${id}-caps`} className="sim-password__caps" role="status">
          {capsLock ? (
            <>
              <SimIcon name="warning" /> {t('password.capsLock')}
            </>
          ) : null}
        </p>
        <StrengthMeter id={`${id}-meter`} report={report} empty={value.length === 0} />
        <button type="submit" className="button button--primary">
          {t('password.submit')}
        </button>
      </form>
    </div>
  );
}
