import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type AgentError } from '../../../data/agents';
import type { AgentRow } from '../../../data/types';
import { useServices } from '../../../app/KioskContext';

interface ResetPinFormProps {
  agent: AgentRow;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Sets a new PIN for an agent who forgot theirs. */
export function ResetPinForm({ agent, onDone, onCancel }: ResetPinFormProps) {
  const { agents } = useServices();
  const { t } = useTranslation('admin');
  const id = useId();
  const errorId = useId();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<AgentError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await agents.resetPin(agent.code, pin);
      if (result.ok) onDone(t('agents.pinReset', { name: agent.displayName }));
      else setError(result.error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="admin-inline-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={id}>{t('agents.newPin', { name: agent.displayName })}</label>
        <input
          id={id}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          value={pin}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
        />
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {t(`agents.errors.${error}`)}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('agents.saving') : t('agents.savePin')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('catalogue.cancel')}
        </button>
      </div>
    </form>
  );
}
