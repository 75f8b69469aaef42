import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../../app/KioskContext';
import { runningHubPush } from './running';

type Outcome = 'saved' | 'no-keyring' | 'encryption-unavailable' | 'password-format' | 'failed';
const KNOWN: readonly Outcome[] = ['no-keyring', 'encryption-unavailable', 'password-format'];

/**
 * Where the machine config says `storedPassword: true` (Electron): IT types the poste's hub
 * password once; main keeps it encrypted by the OS and never shows it back. The field is
 * emptied as soon as it is sent.
 */
export function HubPasswordForm() {
  const { t } = useTranslation('hub');
  const platform = usePlatform();
  const id = useId();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = password;
    setPassword('');
    setBusy(true);
    const result = await platform.hubSetPassword(typed).catch(() => null);
    setBusy(false);
    if (result?.ok) {
      setOutcome('saved');
      runningHubPush()?.pushNow();
      return;
    }
    const error = result && !result.ok ? (result.error as Outcome) : 'failed';
    setOutcome(KNOWN.includes(error) ? error : 'failed');
  };

  return (
    <form className="admin-inline-form" onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor={id}>{t('password.label')}</label>
        <input
          id={id}
          type="password"
          autoComplete="off"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={busy || password.length === 0}>
        {t('password.save')}
      </button>
      {outcome && (
        <p
          role={outcome === 'saved' ? 'status' : 'alert'}
          className={outcome === 'saved' ? '' : 'agent-alert agent-alert--error'}
        >
          {t(`password.${outcome}`)}
        </p>
      )}
    </form>
  );
}
