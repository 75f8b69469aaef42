import { z } from 'zod';

/** Kinds of simulated file, each with its icon and a spoken/written kind name. */
export const SIM_FILE_KINDS = ['pdf', 'image', 'document', 'spreadsheet'] as const;

/** A file of the simulated computer (name as it would appear on disk; fictitious content). */
export const simFile = z.strictObject({
  name: z.string().trim().min(1),
  kind: z.enum(SIM_FILE_KINDS),
});

export type SimFile = z.infer<typeof simFile>;
export type SimFileKind = (typeof SIM_FILE_KINDS)[number];
