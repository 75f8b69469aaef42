import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem } from '../../../data/types';
import { useServices } from '../../../app/KioskContext';

interface CatalogueRowProps {
  item: CatalogueItem;
  /** Position among favourites (for the up/down buttons), or null when not a favourite. */
  position: { first: boolean; last: boolean } | null;
  onChanged: (message?: string) => void;
}

/** One démarche of the catalogue with its actions; every action is a plain button (touch and keyboard). */
export function CatalogueRow({ item, position, onChanged }: CatalogueRowProps) {
  const { catalogue } = useServices();
  const { t } = useTranslation('admin');
  const [renaming, setRenaming] = useState(false);
  const [label, setLabel] = useState(item.label);
  const [error, setError] = useState(false);
  const inputId = useId();
  const errorId = useId();
  const name = { label: item.label };
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const moved = useRef<-1 | 1 | null>(null);

  // Re-sorting the list moves this row in the DOM, which drops the focus: put it back on the
  // arrow just used (or the other one when the row reached an end) so keyboard users can go on.
  useEffect(() => {
    if (moved.current === null) return;
    const wanted = moved.current === -1 ? upRef.current : downRef.current;
    const other = moved.current === -1 ? downRef.current : upRef.current;
    (wanted && !wanted.disabled ? wanted : other)?.focus();
    moved.current = null;
  }, [item.order]);

  const move = (direction: -1 | 1) => {
    moved.current = direction;
    void catalogue.moveFavourite(item.code, direction).then(() => onChanged());
  };

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    const result = await catalogue.rename(item.code, label);
    if (!result.ok) {
      setError(true);
      return;
    }
    setRenaming(false);
    setError(false);
    onChanged(t('catalogue.renamed'));
  };

  const act = (action: () => Promise<unknown>) => () => void action().then(() => onChanged());
  // A short visible verb; the démarche's name completes the accessible name for screen readers.
  const named = (verb: string) => (
    <>
      {verb}
      <span className="visually-hidden"> {item.label}</span>
    </>
  );

  return (
    <li className="admin-list__item">
      {renaming ? (
        <form className="admin-inline-form" onSubmit={(e) => void rename(e)} noValidate>
          <div className="field field--wide">
            <label htmlFor={inputId}>{t('catalogue.newLabel', name)}</label>
            <input
              id={inputId}
              value={label}
              maxLength={80}
              aria-invalid={error || undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(e) => setLabel(e.target.value)}
            />
          </div>
          {error && (
            <p id={errorId} className="field-error" role="alert">
              {t('catalogue.errors.label-format')}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="button button--primary">
              {t('catalogue.saveLabel')}
            </button>
            <button type="button" className="button" onClick={() => setRenaming(false)}>
              {t('catalogue.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <span className="admin-list__text">{item.label}</span>
          <div className="button-row">
            {position && (
              <>
                <button
                  ref={upRef}
                  type="button"
                  className="button button--icon"
                  disabled={position.first}
                  aria-label={t('catalogue.moveUp', name)}
                  onClick={() => move(-1)}
                >
                  <span aria-hidden="true">▲</span>
                </button>
                <button
                  ref={downRef}
                  type="button"
                  className="button button--icon"
                  disabled={position.last}
                  aria-label={t('catalogue.moveDown', name)}
                  onClick={() => move(1)}
                >
                  <span aria-hidden="true">▼</span>
                </button>
              </>
            )}
            {!item.archived && (
              <button
                type="button"
                className="button"
                onClick={act(() => catalogue.setFavourite(item.code, !item.favourite))}
              >
                {named(item.favourite ? t('catalogue.unfavourite') : t('catalogue.makeFavourite'))}
              </button>
            )}
            <button type="button" className="button" onClick={() => setRenaming(true)}>
              {named(t('catalogue.rename'))}
            </button>
            <button
              type="button"
              className="button"
              onClick={act(() => catalogue.setArchived(item.code, !item.archived))}
            >
              {named(item.archived ? t('catalogue.unarchive') : t('catalogue.archive'))}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
