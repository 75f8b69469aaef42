import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type AgentError } from '../../../data/agents';
import { useServices } from '../../../app/KioskContext';

/** Adds an agent: pseudonymous code, display name, initial PIN (hashed before it is stored). */
export function AddAgentForm({ onAdded }: { onAdded: (message: string) => void }) {
  const { agents } = useServices();
  const { t } = useTranslation('admin');
  const ids = { code: useId(), name: useId(), pin: useId(), error: useId() };
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<AgentError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await agents.add({ code, displayName: name, pin });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      onAdded(t('agents.added', { name: name.trim() }));
      setCode('');
      setName('');
      setPin('');
    } finally {
      setBusy(false);
    }
  };

  const describedBy = error ? ids.error : undefined;
  return (
    <form
      className="admin-form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="add-agent-title"
      noValidate
    >
      <h2 id="add-agent-title">{t('agents.addTitle')}</h2>
      <div className="form-row">
        <div className="field">
          <label htmlFor={ids.code}>{t('agents.code')}</label>
          <input
            id={ids.code}
            value={code}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            aria-invalid={error === 'code-format' || error === 'code-taken' || undefined}
            aria-describedby={describedBy}
            onChange={(e) => setCode(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.name}>{t('agents.displayName')}</label>
          <input
            id={ids.name}
            value={name}
            autoComplete="off"
            aria-invalid={error === 'name-format' || undefined}
            aria-describedby={describedBy}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.pin}>{t('agents.pin')}</label>
          <input
            id={ids.pin}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={12}
            value={pin}
            aria-invalid={error === 'pin-format' || error === 'pin-weak' || undefined}
            aria-describedby={describedBy}
            onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
          />
        </div>
      </div>
      {error && (
        <p id={ids.error} className="field-error" role="alert">
          {t(`agents.errors.${error}`)}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t('agents.saving') : t('agents.add')}
      </button>
    </form>
  );
}
