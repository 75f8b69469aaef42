/**
 * Counts what lockdown blocked (shortcuts, navigations, new windows…) and logs one summary line
 * per period instead of one line per key press: a citizen hammering F5 must not flood the disk.
 * The first block of each kind is logged at once so a test or a technician sees it immediately.
 */
import type { MainLogger } from '../context';

export interface BlockSummary {
  /** Counts one block of `kind` (`key`, `navigation`, `window-open`…) labelled `label`. */
  record(kind: string, label: string): void;
  /** Logs and clears the counts accumulated so far (also called on quit). */
  flush(): void;
  /** Totals since start, per `kind:label`. */
  totals(): ReadonlyMap<string, number>;
  dispose(): void;
}

const MAX_LABELS = 200;

export function createBlockSummary(log: MainLogger, periodMs = 60_000): BlockSummary {
  const pending = new Map<string, number>();
  const totals = new Map<string, number>();
  const seen = new Set<string>();
  const flush = () => {
    if (pending.size === 0) return;
    log.info('lockdown.blocked', Object.fromEntries(pending));
    pending.clear();
  };
  const timer = setInterval(flush, periodMs);
  timer.unref?.();
  return {
    record(kind, label) {
      const name = `${kind}:${label}`;
      if (!seen.has(name) && seen.size < MAX_LABELS) {
        seen.add(name);
        log.info('lockdown.block', { kind, label });
        totals.set(name, 1);
        return;
      }
      // Past the label cap, new labels are pooled so the maps cannot grow without bound.
      const bucket = seen.has(name) ? name : `${kind}:other`;
      pending.set(bucket, (pending.get(bucket) ?? 0) + 1);
      totals.set(bucket, (totals.get(bucket) ?? 0) + 1);
    },
    flush,
    totals: () => totals,
    dispose() {
      clearInterval(timer);
      flush();
    },
  };
}
