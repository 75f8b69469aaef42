import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The "enter the code received by SMS" form: six digits, no time limit. */
export function FcCode({ onSubmit }: { onSubmit: (code: string) => void }) {
  const { t } = useTranslation('sims');
  const id = useId();
  const [code, setCode] = useState('');
  return (
    <form
      noValidate
      className="sim-fc__form"
      aria-label={t('fc.codeForm')}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(code);
      }}
    >
      <label htmlFor={`${id}-code`} className="sim-field__label">
        {t('fc.codeLabel')}
      </label>
      <p id={`${id}-help`} className="sim-field__help">
        {t('fc.codeHelp')}
      </p>
      <input
        id={`${id}-code`}
        className="sim-field__input sim-fc__code"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={7}
        aria-describedby={`${id}-help`}
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
      <button type="submit" className="button button--primary">
        {t('fc.confirm')}
      </button>
    </form>
  );
}
