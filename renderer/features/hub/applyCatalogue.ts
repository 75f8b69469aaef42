/** Applies the catalogue published in the hub to the counter's catalogue (rules: publishedCatalogue.ts). */
import type { PublishedCatalogueItem } from '../../../electron/shared/hub/protocol';
import type { Services } from '../../app/services';
import { mergePublished, type AppliedVersions } from './publishedCatalogue';

/** Settings key: the fingerprint of each published item as last applied. */
export const APPLIED_KEY = 'hubCatalogueApplied';

export async function applyPublishedCatalogue(
  services: Pick<Services, 'catalogue' | 'settings'>,
  published: readonly PublishedCatalogueItem[],
): Promise<{ added: number; updated: number; skipped: number }> {
  const before = (await services.settings.get<AppliedVersions>(APPLIED_KEY)) ?? {};
  // The seed first: a new counter's first pull must not stand in for its built-in catalogue.
  await services.catalogue.ensureSeeded();
  const merge = mergePublished(await services.catalogue.all(), published, before);
  if (merge.put.length > 0) await services.catalogue.putMany(merge.put);
  await services.settings.set(APPLIED_KEY, merge.applied);
  return { added: merge.added, updated: merge.updated, skipped: merge.skipped };
}
