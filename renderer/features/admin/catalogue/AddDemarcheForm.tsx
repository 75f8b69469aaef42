import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type CatalogueError } from '../../journal';
import { ORGANISMES, THEMATIQUES, type Organisme, type Thematique } from '../../../data/taxonomies';
import { TermOptions } from '../../journal';
import { useServices } from '../../../app/KioskContext';

/** Adds a démarche to the local catalogue (its code is derived from the title once). */
export function AddDemarcheForm({ onAdded }: { onAdded: (message: string) => void }) {
  const { catalogue } = useServices();
  const { t } = useTranslation('admin');
  const ids = { label: useId(), them: useId(), org: useId(), fav: useId(), error: useId() };
  const [title, setTitle] = useState('');
  const [thematique, setThematique] = useState<Thematique>('social-sante');
  const [organisme, setOrganisme] = useState<Organisme>('caf');
  const [favourite, setFavourite] = useState(false);
  const [error, setError] = useState<CatalogueError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await catalogue.add({
      label: title,
      thematique,
      organismes: [organisme],
      favourite,
    });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    onAdded(t('catalogue.added', { label: title.trim() }));
    setTitle('');
    setFavourite(false);
  };

  return (
    <form
      className="admin-form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="add-demarche-title"
      noValidate
    >
      <h2 id="add-demarche-title">{t('catalogue.addTitle')}</h2>
      <div className="form-row">
        <div className="field field--wide">
          <label htmlFor={ids.label}>{t('catalogue.label')}</label>
          <input
            id={ids.label}
            value={title}
            maxLength={80}
            autoComplete="off"
            aria-invalid={error === 'label-format' || error === 'code-taken' || undefined}
            aria-describedby={error ? ids.error : undefined}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.them}>{t('catalogue.thematique')}</label>
          <select
            id={ids.them}
            value={thematique}
            onChange={(e) => setThematique(e.target.value as Thematique)}
          >
            <TermOptions list={THEMATIQUES} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.org}>{t('catalogue.organisme')}</label>
          <select
            id={ids.org}
            value={organisme}
            onChange={(e) => setOrganisme(e.target.value as Organisme)}
          >
            <TermOptions list={ORGANISMES} />
          </select>
        </div>
        <label className="checkbox" htmlFor={ids.fav}>
          <input
            id={ids.fav}
            type="checkbox"
            checked={favourite}
            onChange={(e) => setFavourite(e.target.checked)}
          />
          {t('catalogue.favourite')}
        </label>
      </div>
      {error && (
        <p id={ids.error} className="field-error" role="alert">
          {t(`catalogue.errors.${error}`)}
        </p>
      )}
      <button type="submit" className="button button--primary">
        {t('catalogue.add')}
      </button>
    </form>
  );
}
