/**
 * A site without a network sends an exported bundle through the same push() as the counters:
 * the entries of the machine config's place, 1,000 at a time, with their audit lines and the
 * per-day counts of the last 30 days. Pushing the same bundle twice changes nothing. Entries
 * and history lines that the app's import would refuse are not sent, and the report says which
 * (position in the file, field, reason in French, as the import screen does; never the value).
 */
import i18next from 'i18next';
import { loadEndpoint } from '../../electron/hub/connection';
import { lastDays } from '../../electron/hub/dayHash';
import { createHubPusher } from '../../electron/hub/pusher';
import { MAX_BATCH } from '../../electron/shared/hub/protocol';
import { parseConfigText } from '../../electron/shared/config-schema';
import { parseBundle } from '../../renderer/features/exports/parseBundle';
import { problemText } from '../../renderer/features/exports/problemText';
import { refusalText } from '../../renderer/features/exports/refusalText';
import { fr } from '../../renderer/i18n/resources';

export interface BundlePushReport {
  sent: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: { id: string; reason: string }[];
  otherPlaces: number;
  /** Left out by the app's import rules before anything is sent: counts and one line each. */
  refusedInFile: { entries: number; audit: number; lines: string[] };
  differingDays: { day: string; countPoste: number; countServeur: number }[];
}

/** The import screen's French sentences, outside the app. */
async function frenchCatalogue() {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'fr',
    resources: { fr: { stats: fr.stats, agent: fr.agent } },
    ns: ['stats', 'agent'],
    defaultNS: 'stats',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return { t: i18n.getFixedT('fr', 'stats'), ta: i18n.getFixedT('fr', 'agent') };
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
  const { t, ta } = await frenchCatalogue();
  const parsed = await parseBundle(bundleText, { maxListed: Number.POSITIVE_INFINITY });
  if (!parsed.ok) throw new Error(problemText(t, parsed.problem));
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
    refusedInFile: {
      entries: parsed.refused.entries,
      audit: parsed.refused.audit,
      lines: parsed.refused.listed.map((r) => refusalText(t, ta, r)),
    },
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
