import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentRow } from '../../../data/types';
import type { PeriodKind } from '../filter';
import { ChoiceGroup } from '../form/ChoiceGroup';
import {
  ISSUES,
  ORGANISMES,
  THEMATIQUES,
  type Issue,
  type Organisme,
  type Term,
  type Thematique,
} from '../../../data/taxonomies';
import { TermOptions } from '../form/TermOptions';

/** What the filter form holds; the section turns it into a JournalFilter. */
export interface FilterForm {
  period: PeriodKind;
  from: string;
  to: string;
  thematique: Thematique | null;
  organisme: Organisme | null;
  issue: Issue | null;
  agentCode: string | null;
}

interface JournalFiltersProps {
  value: FilterForm;
  onChange: (next: FilterForm) => void;
  agents: readonly AgentRow[];
  onReset: () => void;
}

const PERIODS: readonly PeriodKind[] = ['today', 'week', 'month', 'custom'];

/** Period, thématique, organisme, outcome and agent filters of the journal. */
export function JournalFilters({ value, onChange, agents, onReset }: JournalFiltersProps) {
  const { t } = useTranslation('agent');
  const ids = {
    from: useId(),
    to: useId(),
    them: useId(),
    org: useId(),
    issue: useId(),
    agent: useId(),
  };
  const patch = (p: Partial<FilterForm>) => onChange({ ...value, ...p });

  const select = <T extends string>(
    id: string,
    text: string,
    list: readonly Term[],
    current: T | null,
    all: string,
    set: (v: T | null) => void,
  ) => (
    <div className="field">
      <label htmlFor={id}>{text}</label>
      <select
        id={id}
        value={current ?? ''}
        onChange={(e) => set(e.target.value === '' ? null : (e.target.value as T))}
      >
        <option value="">{all}</option>
        <TermOptions list={list} />
      </select>
    </div>
  );

  return (
    <section className="journal-filters" aria-labelledby="journal-filters-title">
      <h2 id="journal-filters-title" className="visually-hidden">
        {t('journal.filters')}
      </h2>
      <ChoiceGroup
        legend={t('journal.period')}
        value={value.period}
        onChange={(period) => patch({ period })}
        options={PERIODS.map((p) => ({ value: p, label: t(`journal.periods.${p}`) }))}
      />
      <div className="form-row">
        {value.period === 'custom' && (
          <>
            <div className="field">
              <label htmlFor={ids.from}>{t('journal.from')}</label>
              <input
                id={ids.from}
                type="date"
                value={value.from}
                max={value.to}
                onChange={(e) => e.target.value && patch({ from: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={ids.to}>{t('journal.to')}</label>
              <input
                id={ids.to}
                type="date"
                value={value.to}
                min={value.from}
                onChange={(e) => e.target.value && patch({ to: e.target.value })}
              />
            </div>
          </>
        )}
        {select(
          ids.them,
          t('journal.thematique'),
          THEMATIQUES,
          value.thematique,
          t('journal.allFeminine'),
          (thematique) => patch({ thematique }),
        )}
        {select(
          ids.org,
          t('journal.organisme'),
          ORGANISMES,
          value.organisme,
          t('journal.all'),
          (organisme) => patch({ organisme }),
        )}
        {select(ids.issue, t('journal.issue'), ISSUES, value.issue, t('journal.all'), (issue) =>
          patch({ issue }),
        )}
        <div className="field">
          <label htmlFor={ids.agent}>{t('journal.agent')}</label>
          <select
            id={ids.agent}
            value={value.agentCode ?? ''}
            onChange={(e) => patch({ agentCode: e.target.value === '' ? null : e.target.value })}
          >
            <option value="">{t('journal.all')}</option>
            {agents.map((a) => (
              <option key={a.code} value={a.code}>
                {a.displayName} ({a.code})
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button journal-filters__reset" onClick={onReset}>
          {t('journal.resetFilters')}
        </button>
      </div>
    </section>
  );
}
