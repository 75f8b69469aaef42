import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk, useServices } from '../../../app/KioskContext';
import { Icon } from '../../../ui/Icon';
import type { AgentSession } from '../../../app/sectionTypes';
import { checkForm, type FormErrors } from '../form/checkForm';
import type { DemarchePreset } from '../form/DemarchePicker';
import { EntryForm } from '../form/EntryForm';
import { formFromEntry, type FormState } from '../form/formState';
import { useRevealFirstError } from '../form/useRevealFirstError';
import type { AuditRecord, JournalEntry } from '../../../data/types';
import { DEMI_JOURNEES, DUREE_PRESETS, labelOf } from '../../../data/taxonomies';
import { AuditTrail } from './AuditTrail';
import { DeleteControl } from './DeleteControl';

/** Agent code recorded in the trail when the admin edits (reserved: no agent can take it). */
export const ADMIN_AUDIT_CODE = 'admin';

interface EntryDetailProps {
  id: string;
  session: AgentSession;
  labels: ReadonlyMap<string, string>;
  onBack: () => void;
}

interface Loaded {
  entry: JournalEntry;
  trail: AuditRecord[];
  presets: DemarchePreset[];
  all: DemarchePreset['item'][];
}

/** One journal entry: the same form as the quick log, delete with confirmation, and its trail. */
export function EntryDetail({ id, session, labels, onBack }: EntryDetailProps) {
  const { journal, catalogue } = useServices();
  const { t, i18n } = useTranslation('agent');
  const { platform } = useKiosk();
  const editor = session.agentCode ?? ADMIN_AUDIT_CODE;
  const [loaded, setLoaded] = useState<Loaded | null | 'missing'>(null);
  const [form, setForm] = useState<FormState | null>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const sectionRef = useRef<HTMLElement>(null);
  useRevealFirstError(sectionRef, errors);

  const load = useCallback(async () => {
    const entry = await journal.get(id);
    if (!entry) {
      setLoaded('missing');
      return;
    }
    const [trail, active, current] = await Promise.all([
      journal.trail(id),
      catalogue.active(),
      catalogue.get(entry.demarche),
    ]);
    const all: DemarchePreset['item'][] =
      current && current.archived ? [...active, current] : active;
    setLoaded({
      entry,
      trail,
      all,
      presets: active.filter((i) => i.favourite).map((item) => ({ item, recent: false })),
    });
    setForm(formFromEntry(entry, DUREE_PRESETS));
  }, [catalogue, id, journal]);

  useEffect(() => {
    // Loading from IndexedDB is the external system this effect syncs with.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);

  const save = async (entry: JournalEntry, state: FormState) => {
    const checked = checkForm(state, {
      siteId: entry.siteId,
      posteId: entry.posteId,
      agentCode: entry.agentCode,
    });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setBusy(true);
    try {
      await journal.update(entry.id, checked.draft, editor);
      setErrors({});
      setNotice(t('quickLog.updated'));
      void platform.log({ level: 'info', event: 'journal.entry-updated' });
      await load();
    } finally {
      setBusy(false);
    }
  };

  const setDeleted = async (entry: JournalEntry, deleted: boolean) => {
    if (deleted) await journal.softDelete(entry.id, editor);
    else await journal.restore(entry.id, editor);
    setNotice(deleted ? t('entry.deletedNotice') : null);
    void platform.log({
      level: 'info',
      event: deleted ? 'journal.entry-deleted' : 'journal.entry-restored',
    });
    await load();
  };

  const back = (
    <button type="button" className="button" onClick={onBack}>
      <Icon name="back" />
      {t('entry.back')}
    </button>
  );

  if (loaded === 'missing') {
    return (
      <section className="agent-section" aria-labelledby="entry-title">
        <h1 id="entry-title">{t('entry.notFound')}</h1>
        {back}
      </section>
    );
  }
  if (!loaded || !form) return <p role="status">{t('shell.loadingSection')}</p>;

  const { entry } = loaded;
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const day = new Date(`${entry.date}T12:00:00`).toLocaleDateString(
    lang === 'en' ? 'en-GB' : 'fr-FR',
  );

  return (
    <section ref={sectionRef} className="agent-section entry-detail" aria-labelledby="entry-title">
      <div className="agent-section__top">
        {back}
        <h1 id="entry-title">{t('entry.title', { date: day })}</h1>
      </div>
      <p className="form-hint">
        {t('entry.meta', {
          site: entry.siteId,
          poste: entry.posteId,
          agent: entry.agentCode,
          demiJournee: labelOf(DEMI_JOURNEES, entry.demiJournee, lang),
        })}
      </p>
      <div role="status" className="agent-status">
        {notice && <p className="agent-alert agent-alert--success">{notice}</p>}
      </div>
      {entry.deletedAt ? (
        <div className="agent-alert agent-alert--warning">
          <p>
            {t('entry.isDeleted', {
              date: new Date(entry.deletedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'fr-FR'),
            })}
          </p>
          <button type="button" className="button" onClick={() => void setDeleted(entry, false)}>
            {t('entry.restore')}
          </button>
        </div>
      ) : (
        <>
          <EntryForm
            state={form}
            onChange={(next) => {
              setForm(next);
              setNotice(null);
            }}
            presets={loaded.presets}
            all={loaded.all}
            errors={errors}
            onSubmit={() => void save(entry, form)}
            submitLabel={t('quickLog.saveChanges')}
            busy={busy}
            detailsOpen={Boolean(
              entry.note || entry.trancheAge || entry.communeResidence || entry.nbPersonnes > 1,
            )}
          />
          <DeleteControl onConfirm={() => void setDeleted(entry, true)} />
        </>
      )}
      <AuditTrail records={loaded.trail} labels={labels} />
    </section>
  );
}
