/**
 * The counter's outbox seen as the drain's source (electron/shared/hub/drain.ts): the data
 * layer's `take` gives each entry with its trail, the drain wants the entries and the audit
 * lines side by side; the proof of no loss wants the place's entries of the last days.
 */
import type { DrainSource } from '../../../electron/shared/hub/drain';
import type { Outbox } from '../../data/outbox';
import type { Place } from '../../data/types';

export function outboxSource(outbox: Outbox, place: Place): DrainSource {
  return {
    async take(limit) {
      const batch = await outbox.take(limit, place);
      return {
        entries: batch.entries.map(({ entry }) => entry),
        // `seq` is the local key of a trail line: the hub keys lines by their content.
        audit: batch.entries.flatMap(({ audit }) => audit.map(({ seq: _seq, ...line }) => line)),
        marks: batch.marks,
      };
    },
    acknowledge: (marks) => outbox.acknowledge(marks),
    stats: () => outbox.stats(place),
    async dayMarks(from, to) {
      const days = await outbox.placeDays(place, { from, to });
      return days.flatMap((day) =>
        day.entries.map(({ id, date, updatedAt, deletedAt }) => ({
          id,
          date,
          updatedAt,
          deletedAt,
        })),
      );
    },
  };
}
