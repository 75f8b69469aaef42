/**
 * Repository of the editable local catalogue of démarches. Items are never deleted (entries
 * keep their codes): they are archived, and hidden from the quick log.
 */
import type { KiosqueDb } from '../../data/db';
import { seedCatalogue } from './catalogueSeed';
import type { CatalogueItem } from '../../data/types';
import type { Organisme, Thematique } from '../../data/taxonomies';
import { DEMARCHE_CODE_PATTERN } from '../../data/codes';

const SEEDED_KEY = 'catalogueSeeded';
const LABEL_MAX = 80;

export type CatalogueError = 'label-format' | 'code-taken' | 'not-found' | 'organismes';
export type CatalogueResult = { ok: true; code: string } | { ok: false; error: CatalogueError };

const byOrder = (a: CatalogueItem, b: CatalogueItem): number =>
  a.order - b.order || a.label.localeCompare(b.label, 'fr');

/** A stable code from a label: "CAF – prime" → "caf-prime". */
export function codeFromLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
}

export function createCatalogueRepository(db: KiosqueDb) {
  return {
    /** Loads the seed once; an admin who archives everything does not get it back. */
    async ensureSeeded(): Promise<void> {
      await db.transaction('rw', db.catalogue, db.settings, async () => {
        if (await db.settings.get(SEEDED_KEY)) return;
        if ((await db.catalogue.count()) === 0) await db.catalogue.bulkAdd(seedCatalogue());
        await db.settings.put({ key: SEEDED_KEY, value: true });
      });
    },

    /** Every item, by order (archived included, for the admin screen). */
    async all(): Promise<CatalogueItem[]> {
      return (await db.catalogue.toArray()).sort(byOrder);
    },

    /** What the quick log offers: active items, favourites first in their order. */
    async active(): Promise<CatalogueItem[]> {
      const items = (await db.catalogue.toArray()).filter((i) => !i.archived);
      return items.sort((a, b) => Number(b.favourite) - Number(a.favourite) || byOrder(a, b));
    },

    async get(code: string): Promise<CatalogueItem | undefined> {
      return db.catalogue.get(code);
    },

    async add(input: {
      label: string;
      thematique: Thematique;
      organismes: Organisme[];
      favourite: boolean;
    }): Promise<CatalogueResult> {
      const label = input.label.trim();
      if (label.length < 3 || label.length > LABEL_MAX) return { ok: false, error: 'label-format' };
      if (input.organismes.length === 0) return { ok: false, error: 'organismes' };
      const code = codeFromLabel(label);
      if (!DEMARCHE_CODE_PATTERN.test(code)) return { ok: false, error: 'label-format' };
      return db.transaction('rw', db.catalogue, async () => {
        if (await db.catalogue.get(code)) return { ok: false, error: 'code-taken' } as const;
        const last = await db.catalogue.orderBy('order').last();
        await db.catalogue.add({
          ...input,
          label,
          code,
          order: (last?.order ?? -1) + 1,
          archived: false,
        });
        return { ok: true, code } as const;
      });
    },

    /** Renames an item; its code (stored in entries) stays. */
    async rename(code: string, label: string): Promise<CatalogueResult> {
      const trimmed = label.trim();
      if (trimmed.length < 3 || trimmed.length > LABEL_MAX)
        return { ok: false, error: 'label-format' };
      const changed = await db.catalogue.update(code, { label: trimmed });
      return changed ? { ok: true, code } : { ok: false, error: 'not-found' };
    },

    async setArchived(code: string, archived: boolean): Promise<CatalogueResult> {
      const changed = await db.catalogue.update(
        code,
        archived ? { archived, favourite: false } : { archived },
      );
      return changed ? { ok: true, code } : { ok: false, error: 'not-found' };
    },

    async setFavourite(code: string, favourite: boolean): Promise<CatalogueResult> {
      const changed = await db.catalogue.update(code, { favourite });
      return changed ? { ok: true, code } : { ok: false, error: 'not-found' };
    },

    /** Writes whole items at once (the catalogue published by the métropole hub). */
    async putMany(items: readonly CatalogueItem[]): Promise<void> {
      await db.transaction('rw', db.catalogue, () => db.catalogue.bulkPut([...items]));
    },

    /**
     * Moves a favourite one place up (-1) or down (+1) among favourites, swapping `order`
     * with its neighbour in one transaction.
     */
    async moveFavourite(code: string, direction: -1 | 1): Promise<void> {
      await db.transaction('rw', db.catalogue, async () => {
        const favourites = (await db.catalogue.toArray())
          .filter((i) => i.favourite && !i.archived)
          .sort(byOrder);
        const index = favourites.findIndex((i) => i.code === code);
        const current = favourites[index];
        const neighbour = favourites[index + direction];
        if (index < 0 || !current || !neighbour) return;
        // Distinct orders even if two items shared one (imported or hand-edited data).
        const [a, b] =
          current.order === neighbour.order
            ? [neighbour.order + direction, neighbour.order]
            : [neighbour.order, current.order];
        await db.catalogue.update(current.code, { order: a });
        await db.catalogue.update(neighbour.code, { order: b });
      });
    },
  };
}

export type CatalogueRepository = ReturnType<typeof createCatalogueRepository>;
