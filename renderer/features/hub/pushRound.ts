/**
 * One push round of the counter, as the scheduler runs it: drain the outbox through the
 * platform (main, or the browser kiosk's launcher, holds the credentials), apply the published
 * catalogue, and keep what the Diagnostic and Données screens show in the settings (so a
 * restarted counter still says when it last reached the hub). Never throws: a failure is a
 * result, kept with its plain-French reason.
 */
import { drainOutbox } from '../../../electron/shared/hub/drain';
import type { HubErrorCode, PushResponse } from '../../../electron/shared/hub/protocol';
import type { Services } from '../../app/services';
import { DB_VERSION } from '../../data/schema';
import type { Place } from '../../data/types';
import { addDays, localIsoDate } from '../../lib/dates';
import type { Platform } from '../../platform/types';
import { applyPublishedCatalogue } from './applyCatalogue';
import { outboxSource } from './outboxSource';

/** How many days the proof of no loss covers (the hub keeps the same window). */
export const PROOF_DAYS = 30;

export interface HubRecord {
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  /** null before the first attempt. */
  reachable: boolean | null;
  error: { code: HubErrorCode; message: string } | null;
  /** Days of the last 30 where the hub counts otherwise, from the last successful round. */
  differingDays: { day: string; countPoste: number; countServeur: number }[] | null;
  /** Entries the hub refused in the last successful round (they stay in the journal). */
  rejected: { id: string; reason: string }[];
}

export const RECORD_KEY = 'hubLastRound';
export const EMPTY_RECORD: HubRecord = {
  lastAttemptAt: null,
  lastSuccessAt: null,
  reachable: null,
  error: null,
  differingDays: null,
  rejected: [],
};

export type RoundServices = Pick<Services, 'outbox' | 'catalogue' | 'settings'>;

export async function readRecord(services: Pick<Services, 'settings'>): Promise<HubRecord> {
  return { ...EMPTY_RECORD, ...(await services.settings.get<HubRecord>(RECORD_KEY)) };
}

async function storageBytes(): Promise<number | null> {
  const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => null);
  return typeof estimate?.usage === 'number' ? Math.round(estimate.usage) : null;
}

/** Reachable means the hub answered, even to refuse (credential, schema): the network is fine. */
const reachableAfter = (code: HubErrorCode): boolean | null =>
  code === 'off' ? null : code !== 'unreachable' && code !== 'certificate' && code !== 'timeout';

export async function pushRound(
  services: RoundServices,
  place: Place,
  send: Platform['hubPush'],
  now: () => Date = () => new Date(),
): Promise<{ ok: boolean; record: HubRecord }> {
  const before = await readRecord(services);
  const record: HubRecord = { ...before, lastAttemptAt: now().toISOString() };
  const to = localIsoDate(now());
  let answer: Awaited<ReturnType<typeof drainOutbox>>;
  try {
    answer = await drainOutbox(outboxSource(services.outbox, place), send, {
      from: addDays(to, -(PROOF_DAYS - 1)),
      to,
      lastError: before.error?.message ?? null,
      storageBytes: await storageBytes(),
      schemaVersion: DB_VERSION,
    });
  } catch (error) {
    const failure: PushResponse = {
      ok: false,
      code: 'server',
      message: `Envoi interrompu sur le poste : ${(error as Error).message}`,
    };
    answer = failure;
  }
  if (answer.ok) {
    // A catalogue that cannot be applied must not undo a push the hub committed.
    if (answer.last.catalogue)
      await applyPublishedCatalogue(services, answer.last.catalogue).catch(() => undefined);
    Object.assign(record, {
      lastSuccessAt: now().toISOString(),
      reachable: true,
      error: null,
      differingDays: answer.last.differingDays,
      rejected: answer.rejected.slice(0, 50),
    });
  } else {
    record.reachable = reachableAfter(answer.code);
    record.error = { code: answer.code, message: answer.message };
  }
  await services.settings.set(RECORD_KEY, record);
  return { ok: answer.ok, record };
}
