import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/KioskContext';
import type { SectionProps } from '../agent/sections';
import { listParcours } from './content/load';
import { Illustration } from './illustrations/Illustration';
import { textIn } from './content/localize';

/**
 * Agent-area section "Lancer un parcours": the agent opens a parcours directly for the person
 * at the counter. The citizen area then runs as usual (idle reset included).
 */
export default function AgentLaunchSection(_props: SectionProps) {
  const { t } = useTranslation('citizen');
  const { go, language } = useKiosk();
  return (
    <div className="agent-launch">
      <h1>{t('agentLaunch.title')}</h1>
      <p>{t('agentLaunch.intro')}</p>
      <ul className="agent-launch__list">
        {listParcours().map((p) => (
          <li key={p.id} className="agent-launch__item">
            <Illustration name={p.pictogram} size={48} />
            <div>
              <p className="agent-launch__meta">
                {t('agentLaunch.meta', { exercises: p.exercises.length, minutes: p.minutes })}
              </p>
              <button
                type="button"
                className="button button--primary"
                onClick={() => go({ name: 'citizen', parcoursId: p.id, launchedBy: 'agent' })}
              >
                {t('agentLaunch.launch', { title: textIn(language)(p.title) })}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
