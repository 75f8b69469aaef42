import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../../app/KioskContext';
import { describePlatformError } from '../../lib/platformError';
import { runningHubPush } from './running';

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
  const [saved, setSaved] = useState(false);
  /** Main's refusal in words (no keyring, admin code timed out…), or null. */
  const [refusal, setRefusal] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = password;
    setPassword('');
    setBusy(true);
    setSaved(false);
    setRefusal(null);
    const result = await platform.hubSetPassword(typed).catch(() => null);
    setBusy(false);
    if (result?.ok) {
      setSaved(true);
      runningHubPush()?.pushNow();
      return;
    }
    setRefusal(describePlatformError(result && !result.ok ? result.error : 'write-failed'));
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
      {saved && <p role="status">{t('password.saved')}</p>}
      {refusal && (
        <p role="alert" className="agent-alert agent-alert--error">
          {t('password.failed', { reason: refusal })}
        </p>
      )}
    </form>
  );
}
