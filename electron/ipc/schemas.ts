/**
 * The argument schemas of every IPC channel. Main receives arguments as `unknown` and the gate
 * parses them with these before any handler runs; `satisfies` ties each schema to the
 * parameters declared in `KioskApi`, so the contract and the checks cannot drift apart.
 */
import { z } from 'zod';
import type { KioskIpc } from './contract';
import { pushRequestSchema } from '../shared/hub/protocol';
import { MAX_JOURNAL_FILE_BYTES } from '../shared/limits';

/** A PIN as typed: the handler checks its form; this only bounds the size. */
const pinText = z.string().max(64);
/**
 * Exports and backups: bounded to protect memory. A string has no more characters than bytes,
 * so this never refuses a file the handlers (which count bytes) would accept.
 */
const fileContent = z.string().max(MAX_JOURNAL_FILE_BYTES);
/** An export as UTF-8 bytes (SaveExportRequest), bounded the same way. */
const fileBytes = z
  .custom<Uint8Array<ArrayBuffer>>((value) => value instanceof Uint8Array, 'not bytes')
  .refine((bytes) => bytes.byteLength <= MAX_JOURNAL_FILE_BYTES, 'too large');
const fileName = z.string().min(1).max(120);
/** The admin token the preload adds (null when none): main checks its value. */
const token = z.string().max(100).nullable();

export const IPC_SCHEMAS = {
  getBootInfo: z.tuple([]),
  setInitialAdminPin: z.tuple([pinText]),
  verifyAdminPin: z.tuple([pinText]),
  quitKiosk: z.tuple([token, pinText]),
  getIdleSeconds: z.tuple([]),
  log: z.tuple([
    z.strictObject({
      level: z.enum(['info', 'warn', 'error']),
      event: z.string().min(1).max(64),
      details: z
        .record(z.string().max(32), z.union([z.string().max(200), z.number(), z.boolean()]))
        .optional(),
    }),
  ]),
  listExportTargets: z.tuple([token]),
  saveExport: z.tuple([
    token,
    z.strictObject({
      targetId: z.string().min(1).max(300),
      fileName,
      content: z.union([fileContent, fileBytes]),
    }),
  ]),
  writeBackup: z.tuple([z.strictObject({ fileName, content: fileContent })]),
  listBackups: z.tuple([]),
  readBackup: z.tuple([token, fileName]),
  getDiagnostics: z.tuple([]),
  writeSupportBundle: z.tuple([
    token,
    z
      .record(z.string().max(64), z.union([z.string().max(500), z.number(), z.boolean(), z.null()]))
      .refine((r) => Object.keys(r).length <= 100, 'too many entries'),
  ]),
  setActivityState: z.tuple([z.enum(['attract', 'citizen', 'agent'])]),
  printTakeaway: z.tuple([]),
  hubPush: z.tuple([pushRequestSchema]),
  hubStatus: z.tuple([]),
  hubSetPassword: z.tuple([token, z.string().max(200)]),
} satisfies { [K in keyof KioskIpc]: z.ZodType<Parameters<KioskIpc[K]>> };
