import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentRow } from '../../../data/types';
import type { SectionProps } from '../../../app/sectionTypes';
import { periodRange, type JournalFilter } from '../filter';
import { localIsoDate } from '../../../lib/dates';
import { EntryDetail } from './EntryDetail';
import { JournalFilters, type FilterForm } from './JournalFilters';
import { JournalList } from './JournalList';
import { useJournalPages } from './useJournalPages';
import { useServices } from '../../../app/KioskContext';

function initialFilters(): FilterForm {
  const today = localIsoDate(new Date());
  return {
    period: 'today',
    from: today,
    to: today,
    thematique: null,
    organisme: null,
    issue: null,
    agentCode: null,
  };
}

function toFilter(form: FilterForm): JournalFilter {
  const range =
    form.period === 'custom'
      ? { from: form.from, to: form.to }
      : periodRange(form.period, new Date());
  return {
    ...range,
    thematique: form.thematique,
    organisme: form.organisme,
    issue: form.issue,
    agentCode: form.agentCode,
    includeDeleted: false,
  };
}

/** "Journal": today's entries by default, filters, a virtualised list, and one entry to edit. */
export default function JournalSection({ session }: SectionProps) {
  const { agents, catalogue } = useServices();
  const { t, i18n } = useTranslation('agent');
  const [form, setForm] = useState<FilterForm>(initialFilters);
  const [openId, setOpenId] = useState<string | null>(null);
  const [labels, setLabels] = useState<ReadonlyMap<string, string>>(new Map());
  const [agentList, setAgentList] = useState<AgentRow[]>([]);
  // Bumped after an edit so the list shows the change when coming back.
  const [version, setVersion] = useState(0);
  const filter = useMemo(() => {
    void version;
    return toFilter(form);
  }, [form, version]);
  const pages = useJournalPages(filter);

  useEffect(() => {
    void catalogue
      .ensureSeeded()
      .then(() => catalogue.all())
      .then((items) => setLabels(new Map(items.map((i) => [i.code, i.label]))));
    void agents.list().then(setAgentList);
  }, [agents, catalogue]);

  if (openId) {
    return (
      <EntryDetail
        id={openId}
        session={session}
        labels={labels}
        onBack={() => {
          setOpenId(null);
          setVersion((v) => v + 1);
        }}
      />
    );
  }

  return (
    <section className="agent-section journal" aria-labelledby="journal-title">
      <h1 id="journal-title">{t('journal.title')}</h1>
      <JournalFilters
        value={form}
        onChange={setForm}
        agents={agentList}
        onReset={() => setForm(initialFilters())}
      />
      <p className="journal__count" role="status">
        {pages.total === null
          ? ''
          : t('journal.count', {
              count: pages.total,
              n: pages.total.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'fr-FR'),
            })}
      </p>
      {pages.total !== 0 && (
        <JournalList pages={pages} labels={labels} onOpen={(entry) => setOpenId(entry.id)} />
      )}
    </section>
  );
}
