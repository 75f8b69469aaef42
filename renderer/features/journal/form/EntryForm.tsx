import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTONOMIES, CANAUX, DUREE_PRESETS, ISSUES, ORIENTATIONS } from '../../../data/taxonomies';
import type { FormErrors, FormField } from './checkForm';
import { ChoiceGroup } from './ChoiceGroup';
import { ClassificationFields } from './ClassificationFields';
import { DemarchePicker, type DemarchePreset } from './DemarchePicker';
import { DetailsFields } from './DetailsFields';
import type { FormState } from './formState';
import { withDemarche } from './formState';
import { DurationField } from './DurationField';
import { useTermOptions } from './useTermLabel';

interface EntryFormProps {
  state: FormState;
  onChange: (next: FormState) => void;
  presets: readonly DemarchePreset[];
  all: DemarchePreset['item'][];
  errors: FormErrors;
  onSubmit: () => void;
  submitLabel: string;
  busy: boolean;
  detailsOpen: boolean;
}

/** The démarche form, shared by the quick log and the journal's edit screen. */
export function EntryForm({
  state,
  onChange,
  presets,
  all,
  errors,
  onSubmit,
  submitLabel,
  busy,
  detailsOpen,
}: EntryFormProps) {
  const { t } = useTranslation('agent');
  const options = useTermOptions();
  const message = (field: FormField): string | undefined =>
    errors[field] ? t(`quickLog.errors.${field}`) : undefined;
  const patch = (p: Partial<FormState>) => onChange({ ...state, ...p });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };

  return (
    <form className="entry-form" onSubmit={submit} noValidate>
      <DemarchePicker
        presets={presets}
        all={all}
        value={state.demarche}
        onPick={(item) => onChange(withDemarche(state, item))}
        error={message('demarche')}
      />
      <ClassificationFields
        thematique={state.thematique}
        thematiqueSecondaire={state.thematiqueSecondaire}
        organismes={state.organismes}
        onChange={patch}
        errors={{
          organismes: message('organismes'),
          thematiqueSecondaire: message('thematiqueSecondaire'),
        }}
      />
      <DurationField
        presets={DUREE_PRESETS}
        preset={state.dureePreset}
        custom={state.dureeCustom}
        onChange={(dureePreset, dureeCustom) => patch({ dureePreset, dureeCustom })}
        error={message('dureeMinutes')}
      />
      <ChoiceGroup
        legend={t('quickLog.canal')}
        value={state.canal}
        onChange={(canal) => patch({ canal })}
        options={options(CANAUX)}
      />
      <ChoiceGroup
        legend={t('quickLog.issue')}
        value={state.issue}
        onChange={(issue) => patch({ issue })}
        options={options(ISSUES)}
      />
      {state.issue === 'oriente' && (
        <>
          <ChoiceGroup
            legend={t('quickLog.orientation')}
            value={state.orientation}
            onChange={(orientation) => patch({ orientation })}
            options={options(ORIENTATIONS)}
            errorId={errors.orientation ? 'orientation-error' : undefined}
          />
          {errors.orientation && (
            <p id="orientation-error" className="field-error" role="alert">
              {message('orientation')}
            </p>
          )}
        </>
      )}
      <ChoiceGroup
        legend={t('quickLog.autonomie')}
        value={state.autonomie ?? 'none'}
        onChange={(value) => patch({ autonomie: value === 'none' ? null : value })}
        options={[{ value: 'none' as const, label: t('quickLog.notSaid') }, ...options(AUTONOMIES)]}
      />
      <DetailsFields
        state={state}
        onChange={patch}
        initiallyOpen={detailsOpen}
        errors={{
          nbPersonnes: message('nbPersonnes'),
          communeResidence: message('communeResidence'),
          note: message('note'),
        }}
      />
      {errors.other && (
        <p className="field-error" role="alert">
          {t('quickLog.errors.other')}
        </p>
      )}
      <div className="entry-form__actions">
        <button type="submit" className="button button--primary button--large" disabled={busy}>
          {busy ? t('quickLog.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}
