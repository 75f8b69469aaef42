import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem } from '../../../data/types';
import { AddDemarcheForm } from './AddDemarcheForm';
import { CatalogueRow } from './CatalogueRow';
import { useServices } from '../../../app/KioskContext';

/** "Catalogue des démarches": add, rename, archive, and order the favourites of the quick log. */
export default function CatalogueSection() {
  const { catalogue } = useServices();
  const { t } = useTranslation('admin');
  const [items, setItems] = useState<CatalogueItem[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  const reload = useCallback(async () => {
    await catalogue.ensureSeeded();
    setItems(await catalogue.all());
  }, [catalogue]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reads IndexedDB, an external store
    void reload();
  }, [reload]);

  const changed = (message?: string) => {
    if (message) setNotice(message);
    void reload();
  };

  const favourites = items.filter((i) => i.favourite && !i.archived);
  const others = items.filter((i) => !i.favourite && !i.archived);
  const archived = items.filter((i) => i.archived);

  const group = (title: string, list: CatalogueItem[], ordered: boolean) => (
    <>
      <h2>{title}</h2>
      {list.length === 0 ? (
        <p>{t('catalogue.none')}</p>
      ) : (
        <ul className="admin-list">
          {list.map((item, index) => (
            <CatalogueRow
              key={item.code}
              item={item}
              position={ordered ? { first: index === 0, last: index === list.length - 1 } : null}
              onChanged={changed}
            />
          ))}
        </ul>
      )}
    </>
  );

  return (
    <section className="agent-section" aria-labelledby="catalogue-title">
      <h1 id="catalogue-title">{t('catalogue.title')}</h1>
      <p>{t('catalogue.intro')}</p>
      <div role="status" className="agent-status">
        {notice && <p className="agent-alert agent-alert--success">{notice}</p>}
      </div>
      <AddDemarcheForm onAdded={changed} />
      {group(t('catalogue.favouritesTitle'), favourites, true)}
      {group(t('catalogue.othersTitle'), others, false)}
      {group(t('catalogue.archivedTitle'), archived, false)}
    </section>
  );
}
