import { createElement, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/Icon';
import { Logo } from '../../../ui/Logo';
import { SECTIONS, type AgentSession } from '../sections';
import { SectionBoundary } from './SectionBoundary';
import { SECTION_COMPONENTS } from './sectionComponents';

interface AgentShellProps {
  session: AgentSession;
  sectionId: string;
  open: (sectionId: string) => void;
  lock: () => void;
  /** Seconds before the inactivity lock, when it is near. */
  idleSecondsLeft: number | null;
}

/** The signed-in agent area: the menu of sections allowed for the role, and the open section. */
export function AgentShell({ session, sectionId, open, lock, idleSecondsLeft }: AgentShellProps) {
  const { t } = useTranslation(['agent', 'admin', 'stats', 'deploy', 'citizen', 'common']);
  const allowed = useMemo(
    () => SECTIONS.filter((s) => s.roles.includes(session.role)),
    [session.role],
  );
  const current = allowed.find((s) => s.id === sectionId) ?? allowed[0];
  const component = current ? SECTION_COMPONENTS.get(current.id) : undefined;

  return (
    <div className="agent-shell">
      <header className="agent-shell__header">
        <Logo />
        <p className="agent-shell__idle" role="status">
          {idleSecondsLeft !== null && t('agent:shell.idleWarning', { seconds: idleSecondsLeft })}
        </p>
        <p className="agent-shell__who">
          {t('agent:shell.signedInAs', { name: session.displayName })}
        </p>
        <button type="button" className="button agent-shell__lock" onClick={lock}>
          <Icon name="lock" />
          {t('agent:shell.lock')}
        </button>
      </header>
      <nav className="agent-shell__nav" aria-label={t('agent:shell.menu')}>
        <ul>
          {allowed.map((section) => (
            <li key={section.id}>
              <button
                type="button"
                className="agent-shell__item"
                aria-current={section.id === current?.id ? 'page' : undefined}
                onClick={() => open(section.id)}
              >
                {section.title(t)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="agent-shell__main">
        {component && current && (
          <SectionBoundary
            key={current.id}
            fallback={
              <p className="agent-alert agent-alert--error" role="alert">
                {t('agent:shell.sectionFailed')}
              </p>
            }
          >
            <Suspense fallback={<p role="status">{t('agent:shell.loadingSection')}</p>}>
              {createElement(component, { session, lock, open, menu: allowed })}
            </Suspense>
          </SectionBoundary>
        )}
      </main>
    </div>
  );
}
