import { useId } from 'react';
import { useOpenDetails } from './useOpenDetails';
import { useTranslation } from 'react-i18next';
import { ORGANISMES, THEMATIQUES, type Organisme, type Thematique } from '../../../data/taxonomies';
import { useTermLabel } from './useTermLabel';
import { TermOptions } from './TermOptions';

interface ClassificationFieldsProps {
  thematique: Thematique | null;
  thematiqueSecondaire: Thematique | null;
  organismes: Organisme[];
  onChange: (patch: {
    thematique?: Thematique;
    thematiqueSecondaire?: Thematique | null;
    organismes?: Organisme[];
  }) => void;
  errors: { organismes?: string | undefined; thematiqueSecondaire?: string | undefined };
}

/** Thématique(s) and organismes: filled by the démarche, changed here when the case differs. */
export function ClassificationFields({
  thematique,
  thematiqueSecondaire,
  organismes,
  onChange,
  errors,
}: ClassificationFieldsProps) {
  const { t } = useTranslation('agent');
  const label = useTermLabel();
  const ids = { main: useId(), second: useId(), orgError: useId(), secondError: useId() };
  const summary = [
    thematique && label(THEMATIQUES, thematique),
    organismes.map((o) => label(ORGANISMES, o)).join(', '),
  ]
    .filter(Boolean)
    .join(' · ');
  const hasError = Boolean(errors.organismes || errors.thematiqueSecondaire);
  const detailsRef = useOpenDetails(hasError);

  return (
    <details ref={detailsRef} className="form-details">
      <summary>
        {t('quickLog.editClassification')}
        {summary && <span className="form-details__summary"> ({summary})</span>}
      </summary>
      <div className="form-row">
        <div className="field">
          <label htmlFor={ids.main}>{t('quickLog.thematique')}</label>
          <select
            id={ids.main}
            value={thematique ?? ''}
            onChange={(e) => onChange({ thematique: e.target.value as Thematique })}
          >
            {thematique === null && <option value="">{t('quickLog.chooseDemarche')}</option>}
            <TermOptions list={THEMATIQUES} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.second}>{t('quickLog.thematiqueSecondaire')}</label>
          <select
            id={ids.second}
            value={thematiqueSecondaire ?? ''}
            aria-describedby={errors.thematiqueSecondaire ? ids.secondError : undefined}
            onChange={(e) =>
              onChange({
                thematiqueSecondaire: e.target.value === '' ? null : (e.target.value as Thematique),
              })
            }
          >
            <option value="">{t('quickLog.none')}</option>
            <TermOptions list={THEMATIQUES} />
          </select>
          {errors.thematiqueSecondaire && (
            <p id={ids.secondError} className="field-error">
              {errors.thematiqueSecondaire}
            </p>
          )}
        </div>
      </div>
      <fieldset
        className="checkbox-grid"
        aria-describedby={errors.organismes ? ids.orgError : undefined}
      >
        <legend>{t('quickLog.organismes')}</legend>
        {ORGANISMES.map((term) => (
          <label key={term.code} className="checkbox">
            <input
              type="checkbox"
              checked={organismes.includes(term.code)}
              onChange={(e) =>
                onChange({
                  organismes: e.target.checked
                    ? [...organismes, term.code]
                    : organismes.filter((o) => o !== term.code),
                })
              }
            />
            {label(ORGANISMES, term.code)}
          </label>
        ))}
      </fieldset>
      {errors.organismes && (
        <p id={ids.orgError} className="field-error">
          {errors.organismes}
        </p>
      )}
    </details>
  );
}
