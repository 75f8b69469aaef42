/**
 * The implementation of every IPC channel, built from the main context and the feature modules.
 * Arguments are already validated by the gate; here each call is authorised: the admin-only
 * channels need the admin token main issued on a successful admin PIN check (contract.ts).
 * Files never throw across IPC except `readBackup`, whose contract returns the text and so
 * rejects with a short code.
 */
import type { BootInfo, MainDiagnostics, PathResult, RendererDiagnostics } from './contract';
import type { IpcHandlers } from './gate';
import type { MainContext } from '../context';
import type { AdminPin } from '../admin/admin-pin';
import type { AdminSession } from '../admin/admin-session';
import { publicConfig } from '../shared/config-schema';
import {
  BACKUP_FOLDER_TARGET,
  listExportTargets,
  saveExport,
  type ExportDeps,
} from '../files/exports';
import { readBackup, writeBackup } from '../files/backups';
import { sanitiseRendererEntry } from '../log/sanitise';
import { createTakeawayPrinter } from '../print/takeaway';
import { createHubService, type HubService } from '../hub/service';
import type { StoredPassword } from '../hub/storedPassword';

export interface HandlerDeps {
  ctx: MainContext;
  adminPin: AdminPin;
  adminSession: AdminSession;
  exportDeps: ExportDeps;
  platform: string;
  versions: BootInfo['versions'];
  /** Quits the app for real (after `ctx.allowQuit`). */
  quit(): void;
  diagnostics: {
    collect(ctx: MainContext): Promise<MainDiagnostics>;
    writeBundle(ctx: MainContext, renderer: RendererDiagnostics): Promise<PathResult>;
  };
  /** The métropole hub; absent means off (as when the config has no `hub` block). */
  hub?: HubService;
  /** Where the hub password typed on the Diagnostic screen is kept (safeStorage). */
  hubPassword?: StoredPassword;
}

export function createIpcHandlers(deps: HandlerDeps): IpcHandlers {
  const { ctx, adminPin, adminSession } = deps;
  /** True when `token` is the current admin token; a refusal is logged with its channel. */
  const isAdmin = (token: string | null, channel: string): boolean => {
    if (adminSession.isValid(token)) return true;
    ctx.log.warn('ipc.admin-required', { channel });
    return false;
  };
  const removableAccess = (token: string | null) => ({ removable: adminSession.isValid(token) });
  const owner = () => ({
    siteId: ctx.config.siteId,
    posteId: ctx.config.posteId,
    keep: ctx.config.backup.keep,
  });
  // Leaving the agent area (lock, sign-out, idle) ends the admin's rights at once.
  ctx.activity.subscribe((snapshot) => {
    if (snapshot.state !== 'agent') adminSession.drop();
  });
  const hub =
    deps.hub ??
    createHubService(null, { appVersion: '', dataFolder: ctx.paths.userData, place: ctx.config });
  return {
    getBootInfo: () => ({
      config: publicConfig(ctx.config),
      configSource: ctx.configSource,
      configIssues: ctx.configIssues,
      adminPin: adminPin.state(),
      adminAccess: adminPin.access(),
      configHashIgnored: false,
      lockdown: ctx.lockdown,
      versions: deps.versions,
      platform: deps.platform,
    }),
    setInitialAdminPin: (pin) => adminPin.setInitial(pin),
    async verifyAdminPin(pin) {
      if ((await adminPin.check(pin)) !== 'ok') return { ok: false };
      return { ok: true, token: adminSession.issue() };
    },
    async quitKiosk(token, pin) {
      if (!isAdmin(token, 'quit')) return { ok: false, error: 'admin-required' };
      const check = await adminPin.check(pin);
      if (check !== 'ok')
        return { ok: false, error: check === 'locked' ? 'pin-locked' : 'pin-wrong' };
      ctx.allowQuit('admin-pin');
      // Answer the renderer first, then quit.
      setTimeout(() => deps.quit(), 50);
      return { ok: true };
    },
    getIdleSeconds: () => ctx.getIdleSeconds(),
    log(entry) {
      const clean = sanitiseRendererEntry(entry);
      if (!clean) {
        ctx.log.warn('renderer.log-refused');
        return;
      }
      ctx.log[clean.level](`renderer.${clean.event}`, clean.details);
    },
    listExportTargets: (token) => listExportTargets(deps.exportDeps, removableAccess(token)),
    saveExport(token, request) {
      const access = removableAccess(token);
      if (request.targetId !== BACKUP_FOLDER_TARGET && !access.removable)
        ctx.log.warn('ipc.admin-required', { channel: 'save-export-removable' });
      return saveExport(deps.exportDeps, request, access);
    },
    writeBackup: (request) => writeBackup(ctx.paths.backups, request, owner(), ctx.log),
    listBackups: () => ctx.listBackups(),
    async readBackup(token, name) {
      if (!isAdmin(token, 'read-backup')) throw new Error('admin-required');
      return readBackup(ctx.paths.backups, name);
    },
    getDiagnostics: () => deps.diagnostics.collect(ctx),
    async writeSupportBundle(token, renderer) {
      if (!isAdmin(token, 'support-bundle')) return { ok: false, error: 'admin-required' };
      return deps.diagnostics.writeBundle(ctx, renderer);
    },
    setActivityState(state) {
      ctx.activity.set(state);
    },
    printTakeaway: createTakeawayPrinter(ctx),
    hubPush: (request) => hub.push(request),
    hubStatus: () => hub.state(),
    async hubSetPassword(token, password) {
      if (!isAdmin(token, 'hub-set-password')) return { ok: false, error: 'admin-required' };
      const { hub: config } = ctx.config;
      if (!config?.storedPassword || !deps.hubPassword) return { ok: false, error: 'not-needed' };
      const saved = await deps.hubPassword.save(password);
      if (!saved.ok) {
        ctx.log.warn('hub.password-refused', { reason: saved.error });
        return saved;
      }
      ctx.log.info('hub.password-stored');
      // The next push opens a new connection with the new password.
      await hub.close();
      return { ok: true };
    },
  };
}
