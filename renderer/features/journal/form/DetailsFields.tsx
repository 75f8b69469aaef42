import { useId } from 'react';
import { useOpenDetails } from './useOpenDetails';
import { useTranslation } from 'react-i18next';
import { TRANCHES_AGE, type TrancheAge } from '../../../data/taxonomies';
import { ChoiceGroup } from './ChoiceGroup';
import type { FormState } from './formState';
import { NoteField } from './NoteField';
import { TermOptions } from './TermOptions';

type DetailsPatch = Partial<
  Pick<FormState, 'trancheAge' | 'premiereVenue' | 'nbPersonnes' | 'communeResidence' | 'note'>
>;

interface DetailsFieldsProps {
  state: FormState;
  onChange: (patch: DetailsPatch) => void;
  errors: {
    nbPersonnes?: string | undefined;
    communeResidence?: string | undefined;
    note?: string | undefined;
  };
  /** Open when editing an entry that has details, or when one of them is wrong. */
  initiallyOpen: boolean;
}

/** The optional details, folded away: the common case never opens them. */
export function DetailsFields({ state, onChange, errors, initiallyOpen }: DetailsFieldsProps) {
  const { t } = useTranslation('agent');
  const ids = {
    age: useId(),
    nb: useId(),
    nbError: useId(),
    commune: useId(),
    communeError: useId(),
  };
  const detailsRef = useOpenDetails(
    initiallyOpen || Boolean(errors.nbPersonnes || errors.communeResidence || errors.note),
  );
  return (
    <details ref={detailsRef} className="form-details">
      <summary>{t('quickLog.details')}</summary>
      <div className="form-row">
        <div className="field">
          <label htmlFor={ids.age}>{t('quickLog.trancheAge')}</label>
          <select
            id={ids.age}
            value={state.trancheAge ?? ''}
            onChange={(e) =>
              onChange({
                trancheAge: e.target.value === '' ? null : (e.target.value as TrancheAge),
              })
            }
          >
            <option value="">{t('quickLog.notSaid')}</option>
            <TermOptions list={TRANCHES_AGE} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.nb}>{t('quickLog.nbPersonnes')}</label>
          <input
            id={ids.nb}
            type="number"
            inputMode="numeric"
            min={1}
            max={20}
            value={state.nbPersonnes}
            aria-invalid={errors.nbPersonnes ? true : undefined}
            aria-describedby={errors.nbPersonnes ? ids.nbError : undefined}
            onChange={(e) => onChange({ nbPersonnes: e.target.value })}
          />
          {errors.nbPersonnes && (
            <p id={ids.nbError} className="field-error">
              {errors.nbPersonnes}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={ids.commune}>{t('quickLog.commune')}</label>
          <input
            id={ids.commune}
            type="text"
            inputMode="text"
            autoComplete="off"
            maxLength={5}
            value={state.communeResidence}
            aria-invalid={errors.communeResidence ? true : undefined}
            aria-describedby={errors.communeResidence ? ids.communeError : undefined}
            onChange={(e) => onChange({ communeResidence: e.target.value })}
          />
          {errors.communeResidence && (
            <p id={ids.communeError} className="field-error">
              {errors.communeResidence}
            </p>
          )}
        </div>
      </div>
      <ChoiceGroup
        legend={t('quickLog.premiereVenue')}
        value={state.premiereVenue}
        onChange={(premiereVenue) => onChange({ premiereVenue })}
        options={(['oui', 'non', 'nsp'] as const).map((v) => ({
          value: v,
          label: t(`quickLog.premiereVenueOptions.${v}`),
        }))}
      />
      <NoteField value={state.note} onChange={(note) => onChange({ note })} error={errors.note} />
    </details>
  );
}
