import { useCallback, useState } from 'react';
import { useKiosk } from '../../app/KioskContext';
import { requestPersistentStorage } from '../backup';
import { HOME_SECTION, type AgentSession } from './sections';
import { AgentShell } from './shell/AgentShell';
import { useIdleLock } from './shell/useIdleLock';
import { SignInScreen } from './signin/SignInScreen';
import '../../styles/agent-area.css';

/**
 * Entry of the agents' area: sign-in, then the shell with the sections of the role. Locking
 * (the button, or inactivity) forgets the session and returns to the attract screen.
 */
export default function AgentArea() {
  const { platform, boot, resetToAttract } = useKiosk();
  const [session, setSession] = useState<AgentSession | null>(null);
  const [sectionId, setSectionId] = useState<string>(HOME_SECTION.agent);

  const lock = useCallback(() => {
    setSession(null);
    void platform.log({ level: 'info', event: 'agent.locked' });
    resetToAttract();
  }, [platform, resetToAttract]);

  const secondsLeft = useIdleLock(platform, boot.config.agentLockSeconds, lock);

  if (!session) {
    return (
      <SignInScreen
        onSignedIn={(next) => {
          setSectionId(HOME_SECTION[next.role]);
          setSession(next);
          // The journal must not be evicted when the disk fills up: ask as soon as an agent works.
          void requestPersistentStorage();
        }}
      />
    );
  }
  return (
    <AgentShell
      session={session}
      sectionId={sectionId}
      open={setSectionId}
      lock={lock}
      idleSecondsLeft={secondsLeft}
    />
  );
}
