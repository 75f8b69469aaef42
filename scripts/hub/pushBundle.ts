/**
 * A site without a network sends an exported bundle through the same push() as the counters:
 * the entries of the machine config's place, 1,000 at a time, with their audit lines and the
 * per-day counts of the last 30 days. Pushing the same bundle twice changes nothing.
 */
import { loadEndpoint } from '../../electron/hub/connection';
import { lastDays } from '../../electron/hub/dayHash';
import { createHubPusher } from '../../electron/hub/pusher';
import { MAX_BATCH } from '../../electron/shared/hub/protocol';
import { parseConfigText } from '../../electron/shared/config-schema';
import { parseBundle } from '../../renderer/features/exports/parseBundle';

export interface BundlePushReport {
  sent: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: { id: string; reason: string }[];
  otherPlaces: number;
  differingDays: { day: string; countPoste: number; countServeur: number }[];
}

export async function pushBundle(
  configText: string,
  bundleText: string,
): Promise<BundlePushReport> {
  const { config, issues } = parseConfigText(configText);
  const hub = config.hub;
  if (!hub) {
    const detail = issues.map((i) => `${i.path} : ${i.message}`).join(' ; ');
    throw new Error(
      `La configuration n’a pas de bloc « hub » valide${detail ? ` (${detail})` : ''}`,
    );
  }
  const parsed = await parseBundle(bundleText);
  if (!parsed.ok) throw new Error(`Fichier refusé : ${JSON.stringify(parsed.problem)}`);
  const mine = parsed.bundle.entries.filter(
    (e) => e.siteId === config.siteId && e.posteId === config.posteId,
  );
  const pusher = createHubPusher(() => loadEndpoint(hub), {
    appVersion: 'hub:push',
  });
  const report: BundlePushReport = {
    sent: mine.length,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    rejected: [],
    otherPlaces: parsed.bundle.entries.length - mine.length,
    differingDays: [],
  };
  try {
    for (let i = 0; i < mine.length; i += MAX_BATCH) {
      const entries = mine.slice(i, i + MAX_BATCH);
      const ids = new Set(entries.map((e) => e.id));
      const audit = parsed.bundle.audit.filter((a) => ids.has(a.entryId));
      const answer = await pusher.push({ entries, audit });
      if (!answer.ok) throw new Error(answer.message);
      report.inserted += answer.inserted;
      report.updated += answer.updated;
      report.unchanged += answer.unchanged;
      report.rejected.push(...answer.rejected);
    }
    const days = lastDays(30);
    const from = days[0] ?? '';
    const to = days.at(-1) ?? '';
    const marks = mine
      .filter((e) => e.date >= from && e.date <= to)
      .map(({ id, date, updatedAt, deletedAt }) => ({ id, date, updatedAt, deletedAt }));
    const last = await pusher.push({ entries: [], audit: [], days: { from, to, marks } });
    if (!last.ok) throw new Error(last.message);
    report.differingDays = last.differingDays;
  } finally {
    await pusher.close();
  }
  return report;
}
