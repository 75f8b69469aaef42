import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentRow } from '../../../data/types';
import { AddAgentForm } from './AddAgentForm';
import { ResetPinForm } from './ResetPinForm';
import { useServices } from '../../../app/KioskContext';

/** "Agents": add, deactivate or reactivate, and reset the PIN of the agents of this counter. */
export default function AgentsSection() {
  const { agents } = useServices();
  const { t } = useTranslation('admin');
  const [list, setList] = useState<AgentRow[]>([]);
  const [resetting, setResetting] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const reload = useCallback(async () => setList(await agents.list()), [agents]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reads IndexedDB, an external store
    void reload();
  }, [reload]);

  const done = (message: string) => {
    setNotice(message);
    setResetting(null);
    void reload();
  };

  const toggle = async (agent: AgentRow) => {
    await agents.setActive(agent.code, !agent.active);
    done(
      t(agent.active ? 'agents.deactivated' : 'agents.reactivated', { name: agent.displayName }),
    );
  };

  return (
    <section className="agent-section" aria-labelledby="agents-title">
      <h1 id="agents-title">{t('agents.title')}</h1>
      <p>{t('agents.intro')}</p>
      <div role="status" className="agent-status">
        {notice && <p className="agent-alert agent-alert--success">{notice}</p>}
      </div>
      <AddAgentForm onAdded={done} />
      <h2>{t('agents.listTitle')}</h2>
      {list.length === 0 ? (
        <p>{t('agents.none')}</p>
      ) : (
        <ul className="admin-list">
          {list.map((agent) => (
            <li key={agent.code} className="admin-list__item">
              <div className="admin-list__text">
                <strong>{agent.displayName}</strong> <code>{agent.code}</code>{' '}
                <span className={`badge ${agent.active ? 'badge--ok' : 'badge--off'}`}>
                  {agent.active ? t('agents.active') : t('agents.inactive')}
                </span>
              </div>
              <div className="button-row">
                <button type="button" className="button" onClick={() => void toggle(agent)}>
                  {agent.active
                    ? t('agents.deactivate', { name: agent.displayName })
                    : t('agents.reactivate', { name: agent.displayName })}
                </button>
                <button
                  type="button"
                  className="button"
                  aria-expanded={resetting === agent.code}
                  onClick={() => setResetting(resetting === agent.code ? null : agent.code)}
                >
                  {t('agents.resetPin', { name: agent.displayName })}
                </button>
              </div>
              {resetting === agent.code && (
                <ResetPinForm agent={agent} onDone={done} onCancel={() => setResetting(null)} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
