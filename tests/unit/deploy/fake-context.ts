/**
 * A hand-made MainContext for the deployment unit tests: real activity tracker, a logger that
 * records every line (so tests can assert what was logged), folders chosen by the test.
 */
import {
  createActivityTracker,
  type LogDetails,
  type MainContext,
  type MainLogger,
} from '../../../electron/context';
import {
  DEFAULT_CONFIG,
  type KioskConfigWithSecrets,
} from '../../../electron/shared/config-schema';
import type { BackupFile } from '../../../electron/ipc/contract';

export interface LoggedLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  event: string;
  details?: LogDetails;
}

export interface FakeContext extends MainContext {
  lines: LoggedLine[];
  quitReasons: string[];
}

export interface FakeContextOptions {
  config?: Partial<KioskConfigWithSecrets>;
  now?: () => number;
  logFolder?: string | null;
  logTail?: string[];
  userData?: string;
  backups?: string;
  backupFiles?: BackupFile[];
}

export function fakeContext(options: FakeContextOptions = {}): FakeContext {
  const lines: LoggedLine[] = [];
  const quitReasons: string[] = [];
  const record =
    (level: LoggedLine['level']) =>
    (event: string, details?: LogDetails): void => {
      lines.push({ level, event, details });
    };
  const log: MainLogger = {
    debug: record('debug'),
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
    folder: options.logFolder ?? null,
    tail: async (n) => (options.logTail ?? []).slice(-n),
  };
  return {
    config: { ...DEFAULT_CONFIG, ...options.config },
    configSource: '/etc/kiosque-numerique/config.json',
    configIssues: [],
    lockdown: true,
    appVersion: '1.2.3',
    paths: {
      userData: options.userData ?? '/tmp/userdata',
      logs: options.logFolder ?? null,
      backups: options.backups ?? '/tmp/backups',
    },
    log,
    getWindow: () => null,
    activity: createActivityTracker(options.now),
    getIdleSeconds: () => 0,
    listBackups: async () => options.backupFiles ?? [],
    allowQuit: (reason) => {
      quitReasons.push(reason);
    },
    lines,
    quitReasons,
  };
}
