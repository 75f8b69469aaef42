import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../electron/shared/config-schema';
import type { Outcome } from '../flow/ExerciseRunner';
import { exerciseTitle } from './titles';

/**
 * Agent-launched mode: what the médiateur goes through with the person before "Terminer"
 * wipes it (tries and hints per exercise; nothing typed, nothing stored).
 */
export function AgentSummary({ outcomes, lang }: { outcomes: readonly Outcome[]; lang: Language }) {
  const { t } = useTranslation('ending');
  return (
    <section aria-labelledby="end-agent-summary" className="end__agent">
      <h2 id="end-agent-summary">{t('agentSummary.title')}</h2>
      <p>{t('agentSummary.intro')}</p>
      <table className="end__agent-table">
        <thead>
          <tr>
            <th scope="col">{t('agentSummary.exercise')}</th>
            <th scope="col">{t('agentSummary.result')}</th>
            <th scope="col">{t('agentSummary.attempts')}</th>
            <th scope="col">{t('agentSummary.hints')}</th>
          </tr>
        </thead>
        <tbody>
          {outcomes.map((o) => (
            <tr key={o.exerciseId}>
              <th scope="row">{exerciseTitle(o.exerciseId, lang)}</th>
              <td>
                {o.result === 'success' ? t('agentSummary.success') : t('agentSummary.skipped')}
              </td>
              <td>{o.attempts}</td>
              <td>{o.hintsUsed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
