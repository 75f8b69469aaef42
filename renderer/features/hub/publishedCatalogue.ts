/**
 * The catalogue the métropole publishes in the hub, applied to the counter's own. Rules
 * (docs/hub.md, « Publier le catalogue »):
 * - an item the counter does not have is added as published;
 * - an item whose published version changed since it was last applied takes the published
 *   label, thématique, organismes, order, favourite and archive flag;
 * - an item published unchanged is left as the counter's admin set it (a local rename or a
 *   favourite removed here stays until the métropole publishes that item again, changed);
 * - items added locally by the agents are never touched, nor removed.
 * Items whose thématique, organismes or code the app does not know are left out.
 */
import type { PublishedCatalogueItem } from '../../../electron/shared/hub/protocol';
import { DEMARCHE_CODE_PATTERN } from '../../data/codes';
import { codes, ORGANISMES, THEMATIQUES } from '../../data/taxonomies';
import type { Organisme, Thematique } from '../../data/taxonomies';
import type { CatalogueItem } from '../../data/types';

/** What was last applied, per code: a fingerprint of the published item. */
export type AppliedVersions = Record<string, string>;

const THEMATIQUE_CODES = new Set<string>(codes(THEMATIQUES));
const ORGANISME_CODES = new Set<string>(codes(ORGANISMES));
const LABEL_MAX = 80;

export const fingerprint = (p: PublishedCatalogueItem): string =>
  JSON.stringify([p.label, p.thematique, [...p.organismes].sort(), p.ordre, p.favori, p.archive]);

/** The published item as a local one, or null when the app cannot use it. */
export function toLocal(p: PublishedCatalogueItem): CatalogueItem | null {
  const label = p.label.trim();
  if (!DEMARCHE_CODE_PATTERN.test(p.code) || label.length < 1 || label.length > LABEL_MAX)
    return null;
  if (!THEMATIQUE_CODES.has(p.thematique)) return null;
  if (p.organismes.length === 0 || !p.organismes.every((o) => ORGANISME_CODES.has(o))) return null;
  return {
    code: p.code,
    label,
    thematique: p.thematique as Thematique,
    organismes: p.organismes as Organisme[],
    order: p.ordre,
    favourite: p.favori && !p.archive,
    archived: p.archive,
  };
}

export interface CatalogueMerge {
  /** Items to write (added or updated). */
  put: CatalogueItem[];
  applied: AppliedVersions;
  added: number;
  updated: number;
  skipped: number;
}

export function mergePublished(
  local: readonly CatalogueItem[],
  published: readonly PublishedCatalogueItem[],
  before: AppliedVersions,
): CatalogueMerge {
  const have = new Set(local.map((i) => i.code));
  const result: CatalogueMerge = {
    put: [],
    applied: { ...before },
    added: 0,
    updated: 0,
    skipped: 0,
  };
  for (const p of published) {
    const item = toLocal(p);
    if (!item) {
      result.skipped += 1;
      continue;
    }
    const version = fingerprint(p);
    const known = have.has(item.code);
    if (known && before[item.code] === version) continue;
    result.put.push(item);
    result.applied[item.code] = version;
    if (known) result.updated += 1;
    else result.added += 1;
  }
  return result;
}
