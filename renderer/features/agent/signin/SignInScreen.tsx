import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk, useServices } from '../../../app/KioskContext';
import type { AgentRow } from '../../../data/types';
import { Icon } from '../../../ui/Icon';
import { PinPad } from '../../../ui/PinPad';
import type { AgentSession } from '../sections';
import { remainingMinutes } from './formatRemaining';
import { attemptsLeft, type LockoutPolicy } from '../../../../electron/shared/lockout';
import { useLockout } from './useLockout';

type Profile = { kind: 'agent'; agent: AgentRow } | { kind: 'admin' };

interface SignInScreenProps {
  onSignedIn: (session: AgentSession) => void;
}

/**
 * Sign-in: one tile per active agent and one for the administration, then the PIN pad.
 * Wrong PINs count towards one persisted lockout shared by every tile.
 */
export function SignInScreen({ onSignedIn }: SignInScreenProps) {
  const { agents } = useServices();
  const { t } = useTranslation('agent');
  const { platform, boot, resetToAttract } = useKiosk();
  const policy = useMemo<LockoutPolicy>(
    () => ({ ...boot.config.pinLockout }),
    [boot.config.pinLockout],
  );
  const lockout = useLockout(policy);
  const [list, setList] = useState<AgentRow[] | null>(null);
  const [profile, setProfile] = useState<Profile | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const padRef = useRef<HTMLElement>(null);
  const padDisabled = busy || lockout.locked || !lockout.loaded;

  // The pad's field is disabled while a PIN is checked, which drops the focus: give it back so a
  // keyboard user can type again at once.
  useEffect(() => {
    if (!padDisabled) padRef.current?.querySelector('input')?.focus();
  }, [padDisabled, profile]);

  useEffect(() => {
    let alive = true;
    void agents.listActive().then((rows) => alive && setList(rows));
    return () => {
      alive = false;
    };
  }, [agents]);

  const minutesLeft = remainingMinutes(lockout.remaining);
  const lockedMessage = lockout.locked
    ? minutesLeft === null
      ? t('signIn.lockedLastMinute')
      : t('signIn.locked', { count: minutesLeft })
    : null;

  const check = async (pin: string) => {
    if (!profile || lockout.locked) return;
    setBusy(true);
    setMessage(null);
    try {
      const ok =
        profile.kind === 'admin'
          ? await platform.verifyAdminPin(pin)
          : await agents.verify(profile.agent.code, pin);
      if (ok) {
        await lockout.succeed();
        void platform.log({
          level: 'info',
          event: 'agent.signed-in',
          details: { role: profile.kind },
        });
        onSignedIn(
          profile.kind === 'admin'
            ? { role: 'admin', agentCode: null, displayName: t('shell.adminName') }
            : {
                role: 'agent',
                agentCode: profile.agent.code,
                displayName: profile.agent.displayName,
              },
        );
        return;
      }
      const next = await lockout.fail();
      void platform.log({
        level: 'warn',
        event: 'agent.wrong-pin',
        details: { role: profile.kind },
      });
      if (next.lockedUntil === null)
        setMessage(t('signIn.wrongPin', { count: attemptsLeft(next, policy) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="screen agent-signin" aria-labelledby="agent-signin-title">
      <header className="agent-signin__header">
        <h1 id="agent-signin-title">{t('signIn.title')}</h1>
        <button type="button" className="button" onClick={resetToAttract}>
          <Icon name="home" />
          {t('signIn.backHome')}
        </button>
      </header>
      {lockedMessage && !profile && (
        <p className="agent-alert agent-alert--error" role="alert">
          <Icon name="lock" /> {lockedMessage}
        </p>
      )}
      {profile === null ? (
        <section aria-labelledby="agent-profiles-title" className="agent-signin__profiles">
          <h2 id="agent-profiles-title" className="visually-hidden">
            {t('signIn.profiles')}
          </h2>
          <p>{t('signIn.intro')}</p>
          {list !== null && list.length === 0 && (
            <p className="agent-signin__empty">{t('signIn.noAgents')}</p>
          )}
          <ul className="agent-tiles">
            {(list ?? []).map((agent) => (
              <li key={agent.code}>
                <button
                  type="button"
                  className="agent-tile"
                  onClick={() => setProfile({ kind: 'agent', agent })}
                >
                  <span className="agent-tile__initial" aria-hidden="true">
                    {agent.displayName.slice(0, 1).toUpperCase()}
                  </span>
                  {agent.displayName}
                </button>
              </li>
            ))}
            <li>
              <button
                type="button"
                className="agent-tile agent-tile--admin"
                onClick={() => setProfile({ kind: 'admin' })}
              >
                <span className="agent-tile__initial" aria-hidden="true">
                  <Icon name="lock" />
                </span>
                {t('signIn.admin')}
              </button>
            </li>
          </ul>
        </section>
      ) : (
        <section className="agent-signin__pin" ref={padRef}>
          <PinPad
            label={
              profile.kind === 'admin'
                ? t('signIn.adminPinLabel')
                : t('signIn.pinLabel', { name: profile.agent.displayName })
            }
            busy={padDisabled}
            message={lockedMessage ?? (busy ? t('signIn.checking') : message)}
            onSubmit={(pin) => void check(pin)}
          />
          <button
            type="button"
            className="button"
            onClick={() => {
              setProfile(null);
              setMessage(null);
            }}
          >
            <Icon name="back" />
            {t('signIn.otherProfile')}
          </button>
        </section>
      )}
    </main>
  );
}
