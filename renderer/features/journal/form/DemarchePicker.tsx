import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem } from '../../../data/types';
import { ChoiceGroup } from './ChoiceGroup';

/** A one-tap preset: a favourite of the catalogue or one of the agent's recent démarches. */
export interface DemarchePreset {
  item: Pick<CatalogueItem, 'code' | 'label' | 'thematique' | 'organismes'>;
  recent: boolean;
}

interface DemarchePickerProps {
  presets: readonly DemarchePreset[];
  /** Every démarche that can be chosen in the list (active catalogue, plus the current one). */
  all: readonly Pick<CatalogueItem, 'code' | 'label' | 'thematique' | 'organismes'>[];
  value: string | null;
  onPick: (item: Pick<CatalogueItem, 'code' | 'thematique' | 'organismes'>) => void;
  error: string | undefined;
}

/** The démarche: big preset tiles first, then the whole catalogue in a list. */
export function DemarchePicker({ presets, all, value, onPick, error }: DemarchePickerProps) {
  const { t } = useTranslation('agent');
  const selectId = useId();
  const errorId = useId();
  return (
    <div className="demarche-picker">
      <ChoiceGroup
        legend={t('quickLog.favourites')}
        className="choice-group--presets"
        errorId={error ? errorId : undefined}
        value={value}
        onChange={(code) => {
          const preset = presets.find((p) => p.item.code === code);
          if (preset) onPick(preset.item);
        }}
        options={presets.map((p, index) => ({
          value: p.item.code,
          label: (
            <>
              {index < 9 && (
                <span className="choice__key" aria-hidden="true">
                  {index + 1}
                </span>
              )}
              <span>{p.item.label}</span>
              {p.recent && <span className="choice__tag">{t('quickLog.recent')}</span>}
            </>
          ),
        }))}
      />
      <p className="form-hint">{t('quickLog.favouritesHint')}</p>
      <div className="field">
        <label htmlFor={selectId}>{t('quickLog.otherDemarche')}</label>
        <select
          id={selectId}
          value={value ?? ''}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => {
            const item = all.find((i) => i.code === e.target.value);
            if (item) onPick(item);
          }}
        >
          <option value="">{t('quickLog.chooseDemarche')}</option>
          {all.map((item) => (
            <option key={item.code} value={item.code}>
              {item.label}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
