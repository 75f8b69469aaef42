import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk, useServices } from '../../../app/KioskContext';
import type { EntryContext } from '../../journal';
import { checkForm, type FormErrors } from '../../journal';
import { EntryForm } from '../../journal';
import { EMPTY_FORM, withDemarche, type FormState } from '../../journal';
import { useRevealFirstError } from '../../journal';
import type { SectionProps } from '../../../app/sectionTypes';
import { SavedToast, type SavedInfo } from './SavedToast';
import { focusKindOf, quickLogCommand } from './shortcuts';
import { usePresets } from './usePresets';

/**
 * "Nouvelle démarche": favourites and recent démarches as one-tap presets, sensible defaults,
 * so the common case is: tap a favourite, tap a duration, tap "Enregistrer".
 */
export default function QuickLogSection({ session }: SectionProps) {
  const { journal } = useServices();
  const { t } = useTranslation('agent');
  const { boot, platform } = useKiosk();
  const agentCode = session.agentCode;
  const { presets, all, reload } = usePresets(agentCode);
  const [form, setForm] = useState<FormState>(EMPTY_FORM);
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [saved, setSaved] = useState<SavedInfo | null>(null);
  const clearSaved = useCallback(() => setSaved(null), []);
  const sectionRef = useRef<HTMLElement>(null);
  useRevealFirstError(sectionRef, errors);

  const save = useCallback(async () => {
    if (!agentCode || busy) return;
    const context: EntryContext = {
      siteId: boot.config.siteId,
      posteId: boot.config.posteId,
      agentCode,
    };
    const checked = checkForm(form, context);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setBusy(true);
    setFailed(false);
    try {
      const entry = await journal.add(checked.draft, context);
      const label = all.find((i) => i.code === entry.demarche)?.label ?? entry.demarche;
      setSaved({ entry, label, undone: false });
      setErrors({});
      setForm(EMPTY_FORM);
      reload();
      void platform.log({
        level: 'info',
        event: 'journal.entry-added',
        details: { dureeMinutes: entry.dureeMinutes },
      });
    } catch {
      setFailed(true);
      void platform.log({ level: 'error', event: 'journal.entry-add-failed' });
    } finally {
      setBusy(false);
    }
  }, [
    agentCode,
    all,
    boot.config.posteId,
    boot.config.siteId,
    busy,
    form,
    journal,
    platform,
    reload,
  ]);

  const undo = useCallback(async () => {
    if (!saved || !agentCode) return;
    await journal.softDelete(saved.entry.id, agentCode);
    setSaved({ ...saved, undone: true });
    reload();
  }, [agentCode, journal, reload, saved]);

  // Before paint, not after: a favourite's digit typed as soon as the presets show must find
  // its listener there (a passive effect can run a while after that frame on a busy PC).
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = quickLogCommand(event, focusKindOf(event.target));
      if (!command) return;
      event.preventDefault();
      if (command.kind === 'save') void save();
      else {
        const preset = presets[command.index];
        if (preset) setForm((current) => withDemarche(current, preset.item));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presets, save]);

  return (
    <section ref={sectionRef} className="agent-section quick-log" aria-labelledby="quick-log-title">
      <h1 id="quick-log-title">{t('quickLog.title')}</h1>
      <p className="form-hint">{t('quickLog.shortcuts')}</p>
      {Object.keys(errors).length > 0 && (
        <p className="agent-alert agent-alert--error" role="alert">
          {t('quickLog.fixErrors')}
        </p>
      )}
      {failed && (
        <p className="agent-alert agent-alert--error" role="alert">
          {t('quickLog.errors.saveFailed')}
        </p>
      )}
      <EntryForm
        state={form}
        onChange={(next) => {
          setForm(next);
          if (Object.keys(errors).length > 0) setErrors({});
        }}
        presets={presets}
        all={all}
        errors={errors}
        onSubmit={() => void save()}
        submitLabel={t('quickLog.save')}
        busy={busy}
        detailsOpen={false}
      />
      <SavedToast saved={saved} onUndo={() => void undo()} onExpire={clearSaved} />
    </section>
  );
}
