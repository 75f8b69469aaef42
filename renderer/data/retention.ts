/**
 * The retention rule, one place for it: the backup lifecycle purges by it and an import skips
 * what it would purge at once.
 */
import { addMonths } from '../lib/dates';

/**
 * First day that is kept: the same calendar day `months` months ago (clamped to the end of a
 * shorter month). Entries dated strictly before it are purged.
 */
export function retentionCutoff(today: string, months: number): string {
  return addMonths(today, -months);
}
